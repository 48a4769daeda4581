"""Undoing a fix from its report: every removed line is in the report, with where it stood.

`scrapelint fix --report R` records, per finding, the exact removed text and its line spans;
`scrapelint restore R` puts the lines back into the cleaned files named in the report (in place,
or into another folder), record by record for JSONL, and refuses a file whose cleaned text no
longer matches what the report says was left (it was edited since), rather than guess. A record
`fix --add-metadata` wrote into loses the field again, or gets back what the field held before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from scrapelint.compression import compress
from scrapelint.document import Document
from scrapelint.formats import Parsed, parse, render
from scrapelint.json_members import Member, MemberEdit, find
from scrapelint.report import restore
from scrapelint.sources import read_bytes


@dataclass(frozen=True, slots=True)
class Restored:
    path: Path  # the cleaned file read
    relative: Path  # where it stands under `fix --out` (and where `restore --out` writes it)
    data: bytes | None  # the original bytes, or None when the file could not be restored
    problem: str | None = None
    changed: bool = True  # whether `data` differs from the cleaned file read


def restore_files(report: dict, cleaned_root: Path | None = None) -> Iterator[Restored]:
    """The original bytes of each file the report describes, from its cleaned version."""
    by_path: dict[str, list[dict]] = defaultdict(list)
    for entry in report["documents"]:
        by_path[entry["path"]].append(entry)
    for name, entries in by_path.items():
        if "cleaned_path" in entries[0] and entries[0]["cleaned_path"] is None:
            continue  # the fix wrote no cleaned text for it: nothing was taken from it
        # Reports written before `cleaned_path` was recorded name only the input.
        relative = Path(entries[0].get("cleaned_path") or Path(name).name)
        if cleaned_root is None:
            path = Path(name).with_name(relative.name)  # fixed in place: beside the input
        else:
            path = cleaned_root / relative
        yield _restore_file(path, relative, entries)


def _restore_file(path: Path, relative: Path, entries: list[dict]) -> Restored:
    raw = read_bytes(path)
    if not isinstance(raw, bytes):
        return Restored(path, relative, None, raw.message)
    parsed = parse(str(path), raw, entries[0].get("text_field") or "text")
    if parsed.is_jsonl:
        return _restore_records(path, relative, raw, parsed, entries)
    if not parsed.documents:
        return Restored(path, relative, None, "no text to restore into")
    try:
        original = restore(parsed.documents[0].text, entries[0])
    except ValueError as error:
        problem = f"the cleaned file no longer matches the report: {error}"
        return Restored(path, relative, None, problem)
    return _restored(path, relative, raw, render(parsed, [Document.from_text(original)]))


def _restore_records(
    path: Path, relative: Path, raw: bytes, parsed: Parsed, entries: list[dict]
) -> Restored:
    by_record = {entry["record"]: entry for entry in entries}
    found = {position + 1 for position in parsed.record_of_document}
    missing = sorted(set(by_record) - found)
    if missing:
        field = entries[0].get("text_field") or "text"
        problem = f"no record with a {field!r} text at line {missing[0]}, which the report names"
        return Restored(path, relative, None, problem)
    documents, fields = [], []
    for doc, position in zip(parsed.documents, parsed.record_of_document, strict=True):
        entry = by_record.get(position + 1)
        try:
            text = restore(doc.text, entry) if entry else doc.text
            fields.append(_metadata_undone(entry, parsed.members[position]))
        except ValueError as error:
            problem = f"record {position + 1} no longer matches: {error}"
            return Restored(path, relative, None, problem)
        documents.append(Document.from_text(text, doc.path))
    return _restored(path, relative, raw, render(parsed, documents, fields))


def _restored(path: Path, relative: Path, cleaned: bytes, original: bytes) -> Restored:
    """`original`, compressed as the file is; `changed` compares what the file holds."""
    return Restored(path, relative, compress(path.name, original), changed=original != cleaned)


def _metadata_undone(entry: dict | None, members: tuple[Member, ...]) -> MemberEdit | None:
    """The edit that takes a record's metadata field back to before the fix: gone, or as it was."""
    if not entry or not entry.get("metadata_field"):
        return None
    name = entry["metadata_field"]
    if find(members, name) is None:
        raise ValueError(f"the fix wrote a field {name!r}, which the record no longer has")
    return MemberEdit(name, entry.get("metadata_before"))
