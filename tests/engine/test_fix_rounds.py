"""A fix's rounds (`engine.rounds`): when the text the removal passes leave would be read otherwise
(no longer hard-wrapped, or wrapped only now), the passes run again on it, so that a second fix
finds nothing more; what the later round finds is told in the first text's lines."""

from __future__ import annotations

import datetime
import textwrap

from scrapelint.api import Linter
from scrapelint.engine import apply as engine
from scrapelint.engine.folding import Reading
from scrapelint.engine.guard import LedgerThrough
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rounds import RoundResult, removal_rounds
from scrapelint.engine.selection import select_rules
from scrapelint.engine.suppression import Suppressions
from scrapelint.text.document import Document
from tests.engine.test_guard import GUARD, Removes, ShapeRemoves

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

    def passes(
        text: Document, marks: Suppressions, read: Reading, prose: LedgerThrough | None
    ) -> RoundResult:
        calls.append(read)
        gone = frozenset({0}) if len(text.lines) == 2 else frozenset()
        return RoundResult(
            (), (), None, text.without(set(gone)), gone, frozenset(), frozenset(), None
        )

    removal = removal_rounds(doc, Suppressions(), passes)
    assert len(calls) == 1  # the text left reads as the text did: line by line
    assert removal.cleaned.text == "The council voted on Tuesday.\n"


# A page whose wrapped paragraphs read as wrapped only while two long lines of chrome stand
# around them: once those go, a later round reads the paragraphs line by line.
SENTENCE = "the council met on tuesday evening to discuss the budget for the year and residents"
WORDS = [*SENTENCE.split(" "), "spoke", "about", "roads", "parks", "and", "schools"] * 3
JUNK = "JUNK " + "lorem ipsum dolor sit amet consectetur " * 4  # wider than any wrap


def paragraph(tag: str, lines: int) -> str:
    """A paragraph wrapped at 50 columns, `tag` on every line of it."""
    return "\n".join(textwrap.wrap(" ".join(f"{w} {tag}" for w in WORDS), 50)[:lines])


def wrapped_page(*paragraphs: str) -> Document:
    return Document.from_text("\n\n".join([JUNK, JUNK, *paragraphs, JUNK, JUNK]))


class Reports(Removes):
    """Reports, never removes, every line holding one of its needles."""

    def check(self, doc, ctx):
        for line in doc.lines:
            if any(needle in line.text for needle in self.needles):
                yield self.meta.finding(line.index, line.index + 1, "seen", remove=False)


def test_rounds_that_take_most_of_the_prose_between_them_refuse_the_whole_fix() -> None:
    # The first round reads the page wrapped and may not take the shape rule's paragraphs with
    # the chrome (most of its prose): the chrome goes. What is left reads line by line, and the
    # later round, weighed against the prose it reads, would take the paragraphs: with the
    # first round's chrome, most of the page's prose. Nothing goes, and a second fix is refused
    # the same way (letting the first round stand would leave a text a second fix cuts).
    doc = wrapped_page(
        paragraph("zap", 4), paragraph("zap", 4), paragraph("zap", 4), paragraph("ok", 8)
    )
    rules = [Removes("XX001", ("JUNK",)), ShapeRemoves("XX002", ("zap",)), GUARD]
    result = engine.fix(doc, rules)
    assert result.cleaned.text == doc.text
    assert engine.fix(result.cleaned, rules).cleaned.text == result.cleaned.text
    guard = [o.finding.message for o in result.outcomes if o.finding.code == GUARD.meta.code]
    assert guard == ["fix refused: it would remove most of the document's prose"]


def test_a_later_round_may_not_take_most_of_the_prose_left() -> None:
    doc = wrapped_page(
        paragraph("zap", 4), paragraph("zap", 4), paragraph("zap", 4), paragraph("ok", 2)
    )
    rules = [Removes("XX001", ("JUNK",)), ShapeRemoves("XX002", ("zap",)), GUARD]
    result = engine.fix(doc, rules)
    assert "JUNK" not in result.cleaned.text and "zap" in result.cleaned.text
    assert engine.fix(result.cleaned, rules).cleaned.text == result.cleaned.text


def test_one_guard_finding_for_the_whole_fix() -> None:
    # The thread rule takes eight of ten lines; read again, the two left would go too (the first
    # a byline over the body: with its colon it would be a label, and stay), and the guard stops
    # that: one finding, over the whole text, saying the removals before stand.
    lines = [
        "Hans Meier am 3. Mai 2019 um 16:47 schrieb", "Wann wird die Leitung repariert?",
        "Eva Roth am 4. Mai 2019 um 09:12 schrieb:", "The Impeachment Clock",
        "Officers arrested Christopher D. Battin, 33,",
        "who resides at 2134 Caldwell Place, Harris",
        "Gannett and GateHouse Media, which became",
        "when the Burbank entertainment giant launched",
        "Disney+.", "* Ann Lee on September 13, 2018 at 5:23 pm said:",
    ]  # fmt: skip
    result = engine.fix(Document.from_text("\n".join(lines) + "\n"), select_rules(load_rules()))
    assert result.cleaned.texts[:2] == tuple(lines[:2])
    guard = [o.finding for o in result.outcomes if o.finding.code == "SL001"]
    assert [(f.line, f.end_line) for f in guard] == [(0, len(lines) - 1)]
    assert guard[0].message.startswith("fix stopped")


def test_a_later_round_does_not_report_again_what_the_first_reported() -> None:
    doc = wrapped_page(paragraph("ok", 8))
    result = engine.fix(doc, [Removes("XX001", ("JUNK",)), Reports("XX003", ("ok",))])
    seen = [
        (o.finding.line, o.finding.end_line) for o in result.outcomes if o.finding.code == "XX003"
    ]
    assert seen == [(i, i) for i in range(4, 12)]  # the first round's, a line each
