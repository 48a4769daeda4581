"""The report's digests and readable texts (`annotate`): a long text, hashed a slice at a time
and never copied to be read, gives what the whole text gave."""

from __future__ import annotations

import hashlib
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from scrapelint.report import annotate
from scrapelint.text.document import Document

texts = st.text(st.characters(codec="utf-8") | st.sampled_from("\udc80\udcff\n"), max_size=40)


def _whole(text: str) -> str:
    data = text.encode("utf-8", "surrogateescape")
    return hashlib.sha256(data).hexdigest()[: annotate.DIGEST_CHARS]


@given(st.lists(texts, max_size=5))
def test_a_text_hashed_a_slice_at_a_time_has_the_digest_of_the_whole(lines: list[str]) -> None:
    text = "\n".join(lines)
    doc = Document.from_text(text)
    expected = _whole(text), _whole("\n".join(doc.texts))
    with mock.patch.object(annotate, "ENCODE_CHARS", 3):
        assert (annotate.digest(text), annotate.document_hash(doc)) == expected


@given(texts)
def test_a_text_reads_the_same_unless_it_holds_undecodable_bytes(text: str) -> None:
    escaped = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    assert annotate.readable(text) == escaped
    if escaped == text:
        assert annotate.readable(text) is text
