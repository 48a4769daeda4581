"""`restore` splits a finding's removed text back into its spans' lines, whatever their endings.

A finding's spans are joined into one `removed` string. When one span ends in a blank line with
a lone CR (an old Mac ending) and the next one starts with an LF line, the two read back as one
CRLF: the report's lines then fell one short and `restore` refused a report it had written.
"""

from __future__ import annotations

import pytest

from scrapelint.report.restore_text import restore


def finding(removed: str, spans: list[list[int]]) -> dict:
    return {"code": "CM006", "removed": removed, "removed_spans": spans}


def test_a_lone_cr_ending_a_span_stays_apart_from_the_next_span() -> None:
    original = "Article.\nSaid:\n\rKept line.\n\nReply.\n"
    cleaned = "Article.\nKept line.\n"
    entry = {"findings": [finding("Said:\n\r" + "\nReply.\n", [[2, 3], [5, 6]])], "lines": 6}
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
