"""The head's date counts as the publication date only on a dateline: a date in a sentence or a
menu of the head is some other day."""

from __future__ import annotations

from scrapelint.facts.metadata import describe
from scrapelint.text.document import Document


def date_of(text: str) -> str | None:
    doc = Document.from_text(text)
    found = describe(doc, doc, language=False).date
    return found.isoformat() if found is not None else None


def test_a_date_in_a_sentence_of_the_head_is_no_publication_date() -> None:
    text = (
        "Council expands bus network\n\n"
        "The plan agreed on January 29, 2025 adds four new routes to the north of the city.\n\n"
    )
    assert date_of(text) is None


def test_a_dateline_in_the_head_is_the_publication_date() -> None:
    text = "Council expands bus network\n\nJanuary 29, 2025\n\nThe plan adds four new routes.\n"
    assert date_of(text) == "2025-01-29"
