"""The report's JSON (`json_form`): the keys the shape promises, in its order, only where they
apply; the exact bytes of text that is not UTF-8 beside it; and every entry read back as it was."""

from __future__ import annotations

import base64
import json

from hypothesis import given

from scrapelint.report.json_form import document_json, finding_json
from scrapelint.report.json_read import document_from_json
from scrapelint.report.model import DocumentEntry, MetadataWritten, Record, Related, Repaired
from tests.report.entries import document, documents, finding

DOCUMENT_KEYS = [
    "path",
    "title",
    "date",
    "language",
    "authors",
    "sources",
    "translators",
    "findings",
    "lines",
    "removed_lines",
    "updated",
    "title_line",
    "date_line",
    "updated_line",
    "author_line",
]
FINDING_KEYS = [
    "code",
    "rule",
    "category",
    "severity",
    "line",
    "end_line",
    "message",
    "fixable",
    "confidence",
    "removed",
    "removed_spans",
    "fixed",
    "refused",
]


def test_a_plain_entry_has_the_keys_of_the_shape_in_order() -> None:
    data = document_json(document("a.txt", (finding("NL001"),), cleaned_path="a.txt"))
    assert list(data) == [*DOCUMENT_KEYS, "cleaned_path"]
    assert list(data["findings"][0]) == FINDING_KEYS
    assert data["findings"][0]["severity"] == "warning"


def test_every_optional_part_comes_after_the_keys_it_always_had() -> None:
    found = finding(
        "HY001",
        removed="caf\udce9\n",
        removed_spans=((3, 3),),
        replaced=(Repaired(2, 0, 1, "Ã©", "é", 0),),
        related=(Related("NL003", "small-print", 4, 4, "m"),),
        text="Share",
        fingerprint="f",
    )
    entry = document(
        "a.jsonl",
        (found,),
        record=Record(3, "x", "text", "digest", "{\udcff}"),
        metadata=MetadataWritten("scrapelint", None),
        extracted=True,
        cleaned_path="a.jsonl",
        hash="h",
        text="the text",
        metadata_columns="added",
    )
    data = document_json(entry)
    assert list(data)[len(DOCUMENT_KEYS) :] == [
        "record",
        "id",
        "text_field",
        "record_sha256",
        "dropped_record",
        "dropped_b64",
        "metadata_field",
        "extracted",
        "cleaned_path",
        "hash",
        "text",
        "metadata_columns",
    ]
    finding_data = data["findings"][0]
    extra = ["removed_b64", "replaced", "related", "text", "fingerprint"]
    assert list(finding_data)[len(FINDING_KEYS) :] == extra
    assert finding_data["removed_spans"] == [[3, 3]]
    assert base64.b64decode(finding_data["removed_b64"]) == b"caf\xe9\n"
    assert base64.b64decode(data["dropped_b64"]) == b"{\xff}"


def test_parts_that_do_not_apply_are_left_out() -> None:
    data = finding_json(finding("NL001", removed="Sign up\n", removed_spans=((2, 2),)))
    assert list(data) == FINDING_KEYS  # UTF-8 text needs no base64, nothing was repaired
    unwritten = document_json(document("a.txt"))
    assert unwritten["cleaned_path"] is None  # a file's entry says where nothing was written
    of_no_file = document_json(document(None))
    assert "path" not in of_no_file and "cleaned_path" not in of_no_file


@given(documents)
def test_an_entry_comes_back_from_its_json_as_it_was(entry: DocumentEntry) -> None:
    # The standard library's escapes carry the lone surrogates orjson refuses.
    data = json.loads(json.dumps(document_json(entry)))
    assert document_from_json(data) == entry
