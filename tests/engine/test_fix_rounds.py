"""A fix's rounds (`engine.rounds`): when the text the removal passes leave would be read otherwise
(no longer hard-wrapped, or wrapped only now), the passes run again on it, so that a second fix
finds nothing more; what the later round finds is told in the first text's lines."""

from __future__ import annotations

import datetime

from scrapelint.api import Linter
from scrapelint.engine.folding import Reading
from scrapelint.engine.rounds import Removal, removal_rounds
from scrapelint.engine.suppression import Suppressions
from scrapelint.text.document import Document

LINTER = Linter(reference_date=datetime.date(2025, 6, 1))
MENU = ["* Home", "* News", "* Sport", "* Weather", "* Login"]
# Paragraphs wrapped at about 40 columns between two menus: the head's four breaks at the width
# make the page read as wrapped; once the head is gone, what is left does not.
PAGE = [
    "Uma palinha das brincadeiras musicais do", "grupo Serelepe", "",
    "Nesta página você terá sempre a", "classificação atualizada da NASCAR até a",
    "última corrida!", "", *MENU, "",
    "Coloque nos seus favoritos e venha", "sempre conferir a classificação da", "NASCAR!", "",
    "O prof. Carlos Nadalim apresenta, neste", "vídeo, uma loja incrível nos EUA,",
    "repleta de materiais didáticos, livros e", "uma quantidade enorme de recursos",
    "educativos para crianças.", "", *MENU, "",
    "Pois bem, aqui nos Estados Unidos isso é", "muito comum, e acontece de forma lúdica.", "",
    "Eu fico até emocionado, porque o Miguelfoi um grande parceiro durante 25 anos.",
]  # fmt: skip


def test_a_marker_keeps_its_line_in_a_later_round() -> None:
    marked = "sempre conferir a classificação da  <!-- scrapelint: ignore -->"
    text = "\n".join(marked if line.startswith("sempre conferir") else line for line in PAGE)
    result = LINTER.fix(text)
    assert marked in result.text.split("\n")
    assert LINTER.fix(result.text).text == result.text
    assert result.restore() == text


def test_a_later_round_only_when_the_reading_changes() -> None:
    doc = Document.from_text("Share on Facebook\nThe council voted on Tuesday.\n")
    calls: list[Reading] = []

    def passes(text: Document, marks: Suppressions, read: Reading) -> Removal:
        calls.append(read)
        gone = frozenset({0}) if len(text.lines) == 2 else frozenset()
        return Removal((), (), None, text.without(set(gone)), gone, frozenset())

    removal = removal_rounds(doc, Suppressions(), passes)
    assert len(calls) == 1  # the text left reads as the text did: line by line
    assert removal.cleaned.text == "The council voted on Tuesday.\n"


def test_the_later_round_is_told_in_the_page_lines() -> None:
    text = "\n".join(PAGE)
    result = LINTER.fix(text)
    assert LINTER.fix(result.text).text == result.text
    for removal in result.removals:
        span = "\n".join(PAGE[removal.line - 1 : removal.end_line])
        assert removal.text.rstrip("\n") == span.rstrip("\n")
    page = iter(PAGE)
    assert all(line in page for line in result.text.split("\n"))  # in order, nothing invented
