"""`restore` splits a finding's removed text back into its spans' lines, whatever their endings.

A finding's spans are joined into one `removed` string. When one span ends in a blank line with
a lone CR (an old Mac ending) and the next one starts with an LF line, the two read back as one
CRLF: the report's lines fell one short and `restore` refused a report it had written. The entry
now says where each span's text ends (`removed_ends`) whenever the join hides it.
"""

from __future__ import annotations

import pytest

from scrapelint.engine import apply as engine
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.report.json_form import finding_json
from scrapelint.report.restore_text import restore
from scrapelint.run.entries import finding_entry
from scrapelint.text.document import Document

RULES = select_rules(load_rules())


def finding(removed: str, spans: list[list[int]], ends: list[int] | None = None) -> dict:
    data = {"code": "CM006", "removed": removed, "removed_spans": spans}
    return data if ends is None else {**data, "removed_ends": ends}


def test_a_lone_cr_ending_a_span_stays_apart_from_the_next_span() -> None:
    original = "Article.\nSaid:\n\rKept line.\n\nReply.\n"
    cleaned = "Article.\nKept line.\n"
    entry = {"findings": [finding("Said:\n\r" + "\nReply.\n", [[2, 3], [5, 6]], [7])], "lines": 6}
    assert restore(cleaned, entry) == original


def test_a_crlf_line_inside_a_span_is_one_line() -> None:
    original = "Article.\nSaid:\r\nReply.\nKept line.\n\nMore.\n"
    cleaned = "Article.\nKept line.\n"
    entry = {"findings": [finding("Said:\r\nReply.\n" + "\nMore.\n", [[2, 3], [5, 6]])]}
    assert restore(cleaned, entry) == original


def test_removed_text_that_does_not_fit_its_spans_is_refused() -> None:
    entry = {"findings": [finding("Said:\nReply.\nExtra.\n", [[2, 3]])]}
    with pytest.raises(ValueError, match="CM006"):
        restore("Article.\n", entry)


def test_a_comment_thread_around_a_marked_line_and_a_lone_cr_is_restored_exactly() -> None:
    # Found by the suppression property: the thread's removal is cut in two by a marked line,
    # and its first part ends in a blank line with a lone CR.
    text = (
        "Council expands bus network\n\n"
        "The council approved four new bus routes on Tuesday, the first to open in April.\n\n"
        "* Jane Roe on September 12, 2018 at 4:47 pm said:\n\r"
        "Any update on the repairs? <!-- scrapelint: ignore -->\n\n"
        "* Ann Lee on September 13, 2018 at 5:23 pm said:\n\nHi Jane, not yet.\n"
    )
    result = engine.fix(Document.from_text(text), RULES)
    entries = [finding_json(finding_entry(o, applied=True)) for o in result.outcomes]
    assert any(entry.get("removed_ends") for entry in entries)
    assert restore(result.cleaned.text, {"findings": entries}) == text
