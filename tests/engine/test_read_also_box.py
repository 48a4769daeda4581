"""A box linking one other story between an article's paragraphs (SB009, `extend: link`): a
label that only ever points to another story, and the one headline right under it, go; the
article around the box stays."""

from __future__ import annotations

import pytest

from scrapelint.engine.kinds.cards import card_run
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


INTERVIEW = [
    "How did you start?",
    "By chance. A friend took me to a workshop and I stayed all afternoon.",
    "And then?",
    "I swept the floor for six months before I was given a chisel.",
    "Do you still choose your own wood?",
    "Always. I go to the forest every November to pick the trunks.",
]
GOES_ON = [
    "Has the trade changed?",
    "A great deal. Half of the students at the school are women now.",
    "Which instrument do you keep closest?",
    "A viola from 1998 that came back to me for a repair twenty years later.",
]


def test_an_interview_goes_on_under_a_box_of_one_story() -> None:
    # The box's one card is the story it links; the questions under it, each over its answer
    # as the questions over the box are, are the interview going on.
    box = "Read also\nThe sound of wood: a journey into the violin forest"
    text = "\n".join([*INTERVIEW[:4], "", box, "", *GOES_ON]) + "\n"
    doc = Document.from_text(text)
    heading = 5
    assert doc.lines[heading].text == "Read also"
    assert card_run(doc, heading + 1, 16) == (heading + 2, 1)


def test_questions_under_a_box_after_a_story_that_asks_none_are_cards() -> None:
    # Without an interview over the box, teasers whose headlines ask are one run of cards.
    story = [ARTICLE[0], ARTICLE[1]]
    box = "Read also\nThe sound of wood: a journey into the violin forest"
    text = "\n".join([*story, "", box, "", *GOES_ON]) + "\n"
    doc = Document.from_text(text)
    assert card_run(doc, 4, 16)[1] == 3


def test_an_interview_around_a_box_is_kept_whole() -> None:
    # The questions under the box run to the page's end, as a box's cards would: they stay.
    box = "More on this\nThe sound of wood: a journey into the violin forest"
    kept = fixed(["\n".join(INTERVIEW), box, "\n".join(GOES_ON), "Topics: violins, craft"])
    article = [line for line in kept if line in INTERVIEW or line in GOES_ON]
    assert article == [*INTERVIEW, *GOES_ON]


def test_one_question_or_questions_unanswered_over_a_box_make_no_interview() -> None:
    box = "Read also\nThe sound of wood: a journey into the violin forest"
    one = [ARTICLE[0], INTERVIEW[0], INTERVIEW[1], ARTICLE[1]]  # one question answered
    rhetorical = ["So what does it mean for you?", "Who will pay?", "When?", "Nobody knows."]
    for story in (one, rhetorical):
        doc = Document.from_text("\n".join([*story, "", box, "", *GOES_ON]) + "\n")
        assert card_run(doc, 6, 16)[1] == 3, story
