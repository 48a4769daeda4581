"""Undoing a fix from its report: every removed line is in the report, with where it stood.

`scrapelint fix --report R` records, per finding, the exact removed text and its line spans;
`scrapelint restore R` puts the lines back into the cleaned files named in the report (in place,
or into another folder), record by record for JSONL, and refuses a file whose cleaned text no
longer matches what the report says was left (it was edited since), rather than guess.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from scrapelint.compression import compress
from scrapelint.document import Document
from scrapelint.formats import Parsed, parse, render
from scrapelint.report import restore
from scrapelint.sources import read_bytes


@dataclass(frozen=True, slots=True)
class Restored:
    path: Path
    data: bytes | None  # the original bytes, or None when the file could not be restored
    problem: str | None = None


def restore_files(report: dict, cleaned_root: Path | None = None) -> Iterator[Restored]:
    """The original bytes of each file the report describes, from its cleaned version."""
    by_path: dict[str, list[dict]] = defaultdict(list)
    for entry in report["documents"]:
        by_path[entry["path"]].append(entry)
    for name, entries in by_path.items():
        path = Path(name) if cleaned_root is None else cleaned_root / Path(name).name
        yield _restore_file(path, entries)


def _restore_file(path: Path, entries: list[dict]) -> Restored:
    raw = read_bytes(path)
    if not isinstance(raw, bytes):
        return Restored(path, None, raw.message)
    parsed = parse(str(path), raw)
    if parsed.is_jsonl:
        return _restore_records(path, parsed, entries)
    try:
        original = restore(parsed.documents[0].text, entries[0])
    except ValueError as error:
        return Restored(path, None, f"the cleaned file no longer matches the report: {error}")
    return Restored(path, compress(path.name, render(parsed, [Document.from_text(original)])))


def _restore_records(path: Path, parsed: Parsed, entries: list[dict]) -> Restored:
    by_record = {entry["record"]: entry for entry in entries}
    documents = []
    for doc, position in zip(parsed.documents, parsed.record_of_document, strict=True):
        entry = by_record.get(position + 1)
        try:
            text = restore(doc.text, entry) if entry else doc.text
        except ValueError as error:
            return Restored(path, None, f"record {position + 1} no longer matches: {error}")
        documents.append(Document.from_text(text, doc.path))
    return Restored(path, compress(path.name, render(parsed, documents)))
