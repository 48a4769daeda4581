"""A box linking one other story between an article's paragraphs (SB009, `extend: link`): a
label that only ever points to another story, and the one headline right under it, go; the
article around the box stays."""

from __future__ import annotations

import pytest

from scrapelint.engine.kinds.items import linked_headline
from scrapelint.text.document import Document
from tests.engine.closing_article import ARTICLE, CLOSING, fixed

BOXES = {
    "de": ("Lesen Sie auch", "Rückstau im Keller: Was Hausbesitzer jetzt tun können"),
    "nl": ("Lees ook", "Oppositie wil vast tarief voor grote gezinnen"),
    "pt": ("Leia também", "Comerciantes pedem apoio à Câmara pelas perdas"),
    "cs": ("Čtěte také", "Rekonstrukce náměstí skončila. Podívejte se, jak vypadá"),
    "ja": ("あわせて読みたい", "【2025年】一人暮らし向け炊飯器おすすめ10選"),
    "hi": ("यह भी पढ़ें", "बारिश से पहले जलभराव से निपटने के लिए खरीदे जाएँगे 12 नए पंप"),
}


@pytest.mark.parametrize("language", sorted(BOXES))
def test_a_read_also_box_between_paragraphs_goes(language: str) -> None:
    label, headline = BOXES[language]
    text = "\n\n".join([*ARTICLE[:2], f"{label}\n{headline}", ARTICLE[2], CLOSING]) + "\n"
    kept = fixed([text.rstrip("\n")])
    assert label not in kept and headline not in kept
    assert kept == [*ARTICLE[:2], ARTICLE[2], CLOSING]


def test_only_the_headline_right_under_the_label_in_its_block_is_linked() -> None:
    def linked(*lines: str) -> bool:
        return linked_headline(Document.from_text("\n".join(lines) + "\n"), 0, 16)

    assert linked("Lees ook", "Oppositie wil vast tarief", "", CLOSING)
    assert linked("Lees ook", "Oppositie wil vast tarief")  # the text's last lines
    assert not linked("Lees ook", "", "Oppositie wil vast tarief")  # a blank line: no box
    assert not linked("Lees ook", "* Eerste verhaal", "* Tweede verhaal")  # a list: SB001's
    assert not linked("Lees ook", CLOSING)  # a sentence is no headline
    assert not linked("Lees ook", "Veelgestelde vragen", "Waar haal ik de zakken?")


def test_a_sentence_that_tells_the_reader_to_read_something_stays() -> None:
    lines = [
        *ARTICLE,
        "Read also the county's flood plan, which the council published last spring.",
    ]
    assert fixed(lines) == lines


@pytest.mark.parametrize(
    "link",
    [
        "اقرأ أيضًا: مراجعة هاتف زنترا: بطارية لا تنتهي",
        "Bunu da beğenebilirsiniz: Tavuk Göğsü Tatlısı (Evde Kolayca)",
        "Potrebbe interessarti anche: Gelato a Roma, le migliori gelaterie artigianali",
    ],
)
def test_a_label_and_its_headline_on_one_line_go(link: str) -> None:
    assert fixed([*ARTICLE[:2], link, ARTICLE[2]]) == ARTICLE
