"""A page of readers' letters: the letters under the body, each signed with a name and a place,
are the article's; a lone name under a teaser is not a run of letters."""

from __future__ import annotations

from scrapelint.locate.article import locate_article
from scrapelint.locate.blocks import GOOD, SHORT
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.letters_page import signature, signed_letters_ranks
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.line_features import line_reading
from tests.locate.test_article import MENU, RELATED

LETTERS = [
    "Ferry fare hike hits islanders hardest",
    "Those of us who live on the island do not ride the ferry for pleasure; it is how we get to "
    "work, to school and to the hospital, and a rise of this size hurts every family.",
    "Gail Thornbury, Pelham Island",
    "Library hours a welcome change",
    "I want to thank the library board for extending Sunday hours at the Main Street branch, "
    "which lets shift workers like me borrow books at last.",
    "Arjun Mehta, Lakeshore",
    "The waterfront belongs to everyone",
    "Your editorial rightly praises the new boardwalk, but it skips over the sale of the last "
    "public lot to a developer, and public land should stay public.",
    "Frances Doyle, Harbour Heights",
]
MORE_LETTERS = [
    "... and a different view",
    "As a small business owner near the harbour, I welcome the plan: empty lots pay no taxes and "
    "bring no customers, and the boardwalk will.",
    "Tom Reyes, Lakeshore",
    "Crossing guard deserves recognition",
    "For eleven years, Mrs. Lanham has stood at the corner of Birch and Fifth every school "
    "morning, in rain and snow, and every child on my street knows her name.",
    "Dana Kowalczyk, Lakeshore",
]
TAIL = ["Share this article", "Facebook", "Email", *RELATED]


def _block(text: str, cls: str) -> ScoredLine:
    return ScoredLine(0, line_reading(text).features, 0.0, cls)


def test_a_name_and_a_place_sign_a_letter() -> None:
    assert signature(_block("Tom Reyes, Lakeshore", SHORT), "Tom Reyes, Lakeshore")
    for text in ["— Ana Ruiz, Vigo", "Pedro de la Fuente, Madrid", "Ann Lee, St. Paul, Minn."]:
        assert signature(_block(text, SHORT), text), text
    no = ["Posted by Tom, 2 hours ago", "Tom Reyes", "Reply, share or report this"]
    for text in [*no, "Tags: Politics, Economy", "We came, we saw, we left."]:
        assert not signature(_block(text, SHORT), text), text


def test_letters_signed_under_the_body_are_the_articles() -> None:
    lines: list[str] = []
    for line in [*MENU, "Letters: ferry fares, library hours", *LETTERS, *MORE_LETTERS, *TAIL]:
        lines.extend([line, ""])
    amap = locate_article(lines)
    for line in LETTERS[2:] + MORE_LETTERS:  # the body ends at the first letter's paragraph
        assert amap.verdicts[lines.index(line)].confidence < REMOVE_AT, line
    assert all(amap.verdicts[lines.index(line)].confidence >= REMOVE_AT for line in TAIL)


def test_a_lone_signature_under_a_teaser_opens_no_run() -> None:
    texts = ["Storm Damage Closes Two Schools", LETTERS[1], "Gail Thornbury, Pelham Island"]
    classes = [SHORT, GOOD, SHORT]
    blocks = [
        ScoredLine(i, line_reading(t).features, 0.0, c)
        for i, (t, c) in enumerate(zip(texts, classes, strict=True))
    ]
    assert signed_letters_ranks(blocks, texts) == set()
    two = blocks + [ScoredLine(3 + i, b.feats, 0.0, b.cls) for i, b in enumerate(blocks)]
    assert signed_letters_ranks(two, texts + texts) == set(range(6))
