"""Undoing a fix from its report: every removed line is in the report, with where it stood.

`scrapelint fix --report R` records, per finding, the exact removed text and its line spans;
`scrapelint restore R` puts the lines back into the cleaned files named in the report (in place,
or into another folder), record by record for JSONL, and refuses a file whose cleaned text no
longer matches what the report says was left (it was edited since), rather than guess. A record
`fix --add-metadata` wrote into loses the field again, or gets back what the field held before.
"""

from __future__ import annotations

import base64
import os
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from scrapelint.io.compression import compress
from scrapelint.io.formats import RECORD_RE, Parsed, encode, parse, render, with_front_matter
from scrapelint.io.json_members import Member, MemberEdit, edit, find, line_digest, spellings
from scrapelint.io.json_spelling import likely_spellings
from scrapelint.io.parquet import is_parquet
from scrapelint.io.sources import read_bytes
from scrapelint.report.json_form import WORKING_DIRECTORY
from scrapelint.report.restore_text import MalformedEntry, restore
from scrapelint.report.restoring_parquet import restore_parquet
from scrapelint.text.document import Document


@dataclass(frozen=True, slots=True)
class Restored:
    path: Path  # the cleaned file read
    relative: Path  # where it stands under `fix --out` (and where `restore --out` writes it)
    data: bytes | None  # the original bytes, or None when the file could not be restored
    problem: str | None = None
    changed: bool = True  # whether `data` differs from the cleaned file read
    notes: tuple[str, ...] = ()  # what was restored, but not to the exact bytes


def restore_files(
    report: dict, cleaned_root: Path | None = None, *, by_value: bool = False
) -> Iterator[Restored]:
    """The original bytes of each file the report describes, from its cleaned version.

    A JSONL record whose line no spelling of its text gives back exactly (the digest the fix
    recorded says so) makes its file refused, unless `by_value` accepts its values alone."""
    by_path: dict[str, list[dict]] = defaultdict(list)
    for entry in report["documents"]:
        by_path[_name(entry, "path") or entry["path"]].append(entry)
    ran_in = _name(report, WORKING_DIRECTORY)
    for name, entries in by_path.items():
        name = _from(name, ran_in if isinstance(ran_in, str) else None)
        if "cleaned_path" in entries[0] and entries[0]["cleaned_path"] is None:
            continue  # the fix wrote no cleaned text for it: nothing was taken from it
        # Reports written before `cleaned_path` was recorded name only the input.
        relative = Path(_name(entries[0], "cleaned_path") or Path(name).name)
        if cleaned_root is None:
            path = Path(name).with_name(relative.name)  # fixed in place: beside the input
        else:
            path = cleaned_root / relative
        yield _restore_file(path, relative, entries, by_value)


def unread_files(report: dict, cleaned_root: Path) -> Iterator[Restored]:
    """The files `fix --out` copied into its folder as they were, having read nothing from them
    (empty, binary, unreadable as text: the report names them among its errors, by their input
    path, with no document): each is its own original, at the place under `cleaned_root` whose
    path ends the input's."""
    documents = {_name(entry, "path") or entry["path"] for entry in report["documents"]}
    seen: set[str] = set()
    for error in report.get("errors") or ():
        name = error.get("path") if isinstance(error, dict) else None
        if not isinstance(name, str) or name in documents or name in seen:
            continue
        seen.add(name)
        relative = _mirrored(Path(name), cleaned_root)
        if relative is None:
            continue  # not copied: a folder or a path it could not open
        path = cleaned_root / relative
        try:
            data = path.read_bytes()
        except OSError as error_reading:
            yield Restored(path, relative, None, f"cannot read: {error_reading}")
            continue
        yield Restored(path, relative, data, changed=False)


def _mirrored(path: Path, root: Path) -> Path | None:
    """The longest tail of `path` that names a file under `root`: where `fix --out` put the copy
    of an input file (its path under the folder the fix was given)."""
    parts = path.parts[1:] if path.is_absolute() else path.parts
    for start in range(len(parts)):
        tail = Path(*parts[start:])
        if (root / tail).is_file():
            return tail
    return None


def _from(name: str, ran_in: str | None) -> str:
    """A relative path of the report as restore finds it: from the folder the fix ran in when
    it is there (a file of the same name here is another file), else from here."""
    path = Path(name)
    if path.is_absolute() or ran_in is None:
        return name
    there = Path(ran_in) / path
    return str(there) if os.path.lexists(there) else name


def _name(entry: dict, key: str) -> str | None:
    """A file name of the report: its exact bytes when some are not UTF-8, which JSON shows
    only as escapes."""
    exact = entry.get(f"{key}_b64")
    return os.fsdecode(base64.b64decode(exact)) if exact else entry.get(key)


def _restore_file(path: Path, relative: Path, entries: list[dict], by_value: bool) -> Restored:
    if is_parquet(path.name):
        data, problem = restore_parquet(path, entries)
        return Restored(path, relative, data, problem)
    raw = read_bytes(path, sys.maxsize)  # a JSONL file the fix streamed may be of any size
    if not isinstance(raw, bytes):
        return Restored(path, relative, None, raw.message)
    field = entries[0].get("text_field") or "text"
    parsed = parse(str(path), _with_dropped(raw, entries), field)
    if parsed.is_jsonl:
        return _restore_records(path, relative, raw, parsed, entries, by_value)
    if not parsed.documents:
        return Restored(path, relative, None, "no text to restore into")
    parsed = with_front_matter(parsed, entries[0].get("first_line", 1) - 1)
    try:
        original = restore(parsed.documents[0].text, entries[0])
    except MalformedEntry as error:
        return Restored(path, relative, None, str(error))
    except ValueError as error:
        problem = f"the cleaned file no longer matches the report: {error}"
        return Restored(path, relative, None, problem)
    return _restored(path, relative, raw, render(parsed, [Document.from_text(original)]))


def _restore_records(
    path: Path, relative: Path, raw: bytes, parsed: Parsed, entries: list[dict], by_value: bool
) -> Restored:
    by_record = {entry["record"]: entry for entry in entries}
    found = {position + 1 for position in parsed.record_of_document}
    missing = sorted(set(by_record) - found)
    if missing:
        field = entries[0].get("text_field") or "text"
        problem = f"no record with a {field!r} text at line {missing[0]}, which the report names"
        return Restored(path, relative, None, problem)
    lines, inexact = list(parsed.raw_lines), []
    for doc, position in zip(parsed.documents, parsed.record_of_document, strict=True):
        entry = by_record.get(position + 1)
        if entry is None or "dropped_record" in entry:
            continue  # a dropped record is back as it was read
        try:
            text = restore(doc.text, entry)
            undone = _metadata_undone(entry, parsed.members[position])
        except MalformedEntry as error:
            return Restored(path, relative, None, f"record {position + 1}: {error}")
        except ValueError as error:
            problem = f"record {position + 1} no longer matches: {error}"
            return Restored(path, relative, None, problem)
        edits = [undone] if undone is not None else []
        line = _restored_line(lines[position], parsed, position, doc.text, text, edits, entry)
        if line is None and not by_value:
            problem = (
                f"record {position + 1} would not come back byte for byte (the file changed "
                "since, or its writer escaped the text in a way scrapelint does not know); "
                "--by-value restores the values alone"
            )
            return Restored(path, relative, None, problem)
        if line is None:
            inexact.append(position + 1)
            line = _restored_line(lines[position], parsed, position, doc.text, text, edits, {})
        lines[position] = line or lines[position]
    notes = tuple(f"record {n} has its values back, not its exact bytes" for n in inexact)
    return _restored(
        path, relative, raw, encode(parsed.prefix + "".join(lines), parsed.encoding), notes
    )


def _restored_line(
    line: str,
    parsed: Parsed,
    position: int,
    cleaned: str,
    text: str,
    edits: list[MemberEdit],
    entry: dict,
) -> str | None:
    """The record's line with `text` put back: the spelling of the text whose line has the digest
    the fix recorded (a writer's escapes, such as PHP's "\\/", are not in the values), or None
    when none has it."""
    members = parsed.members[position]
    spelled = _spellings(text, line, members, parsed.text_field) if text != cleaned else [None]
    digest = entry.get("record_sha256")
    for spelling in spelled:
        change = [MemberEdit(parsed.text_field, spelling)] if spelling is not None else []
        restored = edit(line, members, [*edits, *change])
        if digest is None or line_digest(restored) == digest:
            return restored
    return None


def _spellings(text: str, line: str, members: tuple[Member, ...], field: str) -> list[str | None]:
    """The spellings to try for the text put back: Python's, then the writer's as the cleaned
    string shows them (the fix spelled it as the writer had), with the HTML-safe escapes."""
    found: list[str | None] = list(spellings(text, line, members))
    member = find(members, field)
    if member is not None:
        token = line[member.value_start : member.value_end]
        found += [habit.spell(text) for habit in likely_spellings(token)]
    return list(dict.fromkeys(found))


def _with_dropped(raw: bytes, entries: list[dict]) -> bytes:
    """`raw` with the records `fix --drop-duplicates` left out back at their lines, as read."""
    dropped = sorted((e["record"], _dropped_line(e)) for e in entries if "dropped_record" in e)
    if not dropped:
        return raw
    lines = RECORD_RE.findall(raw.decode("utf-8", errors="surrogateescape"))
    for record, line in dropped:  # in order: each is back before the next is counted
        lines.insert(record - 1, line)
    return encode("".join(lines))


def _dropped_line(entry: dict) -> str:
    if entry.get("dropped_b64"):
        exact = base64.b64decode(entry["dropped_b64"], validate=True)
        return exact.decode("utf-8", errors="surrogateescape")
    return entry["dropped_record"]


def _restored(
    path: Path, relative: Path, cleaned: bytes, original: bytes, notes: tuple[str, ...] = ()
) -> Restored:
    """`original`, compressed as the file is; `changed` compares what the file holds."""
    data = compress(path.name, original)
    return Restored(path, relative, data, changed=original != cleaned, notes=notes)


def _metadata_undone(entry: dict | None, members: tuple[Member, ...]) -> MemberEdit | None:
    """The edit that takes a record's metadata field back to before the fix: gone, or as it was."""
    if not entry or not entry.get("metadata_field"):
        return None
    name = entry["metadata_field"]
    if find(members, name) is None:
        raise ValueError(f"the fix wrote a field {name!r}, which the record no longer has")
    return MemberEdit(name, entry.get("metadata_before"))
