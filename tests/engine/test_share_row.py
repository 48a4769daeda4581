"""A row of share buttons on one line (SH003, `kind: pattern`): two or more button labels and
nothing else go wherever they stand (an extracted article has its share bar inside the body); a
sentence or a list that names the networks stays."""

from __future__ import annotations

from scrapelint.engine.packs import load_rules
from scrapelint.text.document import Document
from tests.engine.closing_article import ARTICLE, CLOSING, fixed

ROWS = [
    "LinkedIn Facebook Pinterest WhatsApp",
    "Print Email Copy Link",
    "Share on X (Twitter) Share on Facebook Share on LinkedIn",
    "Share: Facebook | Twitter | Email",
]
NAMING = [
    "Facebook, Twitter and Reddit",
    "Facebook Twitter ban",
    "Share prices on Facebook",
]


def _sh003_lines(lines: list[str]) -> list[int]:
    """The lines SH003 finds in `lines` written as paragraphs, by their index in the text."""
    from scrapelint.engine.lint import lint

    rule = next(r for r in load_rules() if r.meta.code == "SH003")
    doc = Document.from_text("\n\n".join(lines) + "\n")
    return [f.line for f in lint(doc, [rule])]


def test_a_row_over_the_article_goes() -> None:
    for row in ROWS:
        assert fixed([row, *ARTICLE]) == ARTICLE, row


def test_a_row_under_the_article_goes() -> None:
    for row in ROWS:
        assert fixed([*ARTICLE, row]) == ARTICLE, row


def test_lines_that_name_the_networks_are_no_row() -> None:
    for line in NAMING:
        assert _sh003_lines([line, *ARTICLE]) == [], line


def test_a_row_deep_inside_the_body_goes_too() -> None:
    for row in ROWS:
        middle = [*ARTICLE, row, *ARTICLE, CLOSING]
        assert _sh003_lines(middle) == [2 * len(ARTICLE)], row
        assert row not in fixed(middle), row
