"""What a removal takes with it (`engine.claims`): blank lines follow the lines they belong to,
and two lines that stay never run together where a blank line parted them, unless the first
ends in a lone CR (a blank line after it would read back as part of a CRLF, and goes)."""

from __future__ import annotations

from scrapelint.engine.claims import claim_lines
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding, LineRemoval, Severity


def _removing(*indices: int) -> list[Finding]:
    return [
        Finding(
            "NV003", "nav", "navigation", Severity.WARNING, i, i + 1, "m", LineRemoval(i, i + 1)
        )
        for i in indices
    ]


def _cleaned(text: str, *indices: int) -> str:
    doc = Document.from_text(text)
    gone = {i for lines in claim_lines(doc, _removing(*indices)).values() for i in lines}
    return "".join(line.raw for line in doc.lines if line.index not in gone)


def test_a_kept_item_and_the_headline_under_a_removed_crumb_stay_apart() -> None:
    """The menu's last item goes, the breadcrumb goes: the item kept over them and the headline
    under them keep one blank line between them, as they had."""
    text = "* About\n* Search\n\nHome › Recipes\n\nPear Loaf\n\nThe loaf I make.\n"
    assert _cleaned(text, 1, 3) == "* About\n\nPear Loaf\n\nThe loaf I make.\n"


def test_a_removed_block_between_paragraphs_leaves_one_blank_run() -> None:
    text = "First paragraph.\n\nAdvertisement\n\nSecond paragraph.\n"
    assert _cleaned(text, 2) == "First paragraph.\n\nSecond paragraph.\n"


def test_lines_of_one_block_stay_together() -> None:
    text = "First line.\nShare this\nSecond line.\n\nNext paragraph.\n"
    assert _cleaned(text, 1) == "First line.\nSecond line.\n\nNext paragraph.\n"
