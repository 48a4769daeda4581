"""Editing one member of a JSON record in place, so every other byte of the line stays as written.

Re-serializing a parsed record loses what the parsed values do not hold: integers past 64 bits,
`1.0e2`, duplicate keys, `\\u00e9` and `\\/` escapes, spacing. So a record's line is scanned once
for where each top-level member stands, and an edit replaces, appends or removes one member's
text only. The standard library's decoder reads the keys and values (its C scanner does the work,
and its integers have no size limit).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from json import decoder

from scrapelint.text.lazy_pattern import lazy

# The standard library's own string scanner (C, exact JSON escapes); typeshed does not list it.
SCANSTRING: Callable[[str, int], tuple[str, int]] = decoder.scanstring  # type: ignore[attr-defined]
# JSON's four whitespace characters; str.isspace would also take U+00A0 and friends.
WHITESPACE_RE = lazy(r"[ \t\n\r]*")


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


# NaN and Infinity are Python's extension, not JSON: a line holding them is no record.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


@dataclass(frozen=True, slots=True)
class Member:
    """Where one `"key": value` member of an object stands in its line (string offsets)."""

    key: str
    key_start: int  # the key's opening quote
    key_end: int  # just past the key's closing quote
    value_start: int
    value_end: int


@dataclass(frozen=True, slots=True)
class MemberEdit:
    """Set member `key` to the JSON text `value` (appended when absent), or remove it (None)."""

    key: str
    value: str | None


def scan_object(line: str) -> tuple[dict, tuple[Member, ...]]:
    """The object a line holds, and its members in order.

    A duplicated key keeps its last value, as JSON parsers do, and `find` gives that occurrence.
    Raises ValueError when the line is not one JSON object.
    """
    position = _skip(line, _expect(line, _skip(line, 0), "{"))
    record: dict = {}
    members: list[Member] = []
    if not line.startswith("}", position):
        while True:
            member, value = _member(line, position)
            record[member.key] = value
            members.append(member)
            position = _skip(line, member.value_end)
            if not line.startswith(",", position):
                break
            position = _skip(line, position + 1)
    position = _skip(line, _expect(line, position, "}"))
    if position != len(line):
        raise ValueError(f"extra data at column {position + 1}")
    return record, tuple(members)


def find(members: Sequence[Member], key: str) -> Member | None:
    """The member a parser reads for `key`: the last one of that name."""
    return next((m for m in reversed(members) if m.key == key), None)


def value_text(line: str, member: Member) -> str:
    return line[member.value_start : member.value_end]


def dumps(value: object, line: str, members: Sequence[Member]) -> str:
    """`value` as JSON in the record's own style: its separators, and ASCII-only if it is."""
    item, colon = _separators(line, members)
    return json.dumps(value, ensure_ascii=line.isascii(), separators=(item, colon))


def spellings(value: str, line: str, members: Sequence[Member]) -> list[str]:
    """The JSON texts a writer may have given the string `value`: in the line's own style first,
    then ASCII-escaped or not, each with and without PHP's escaped slashes ("\\/")."""
    found = [dumps(value, line, members)]
    for ascii_only in (True, False):
        plain = json.dumps(value, ensure_ascii=ascii_only)
        found += [plain, plain.replace("/", "\\/")]
    return list(dict.fromkeys(found))


def line_digest(line: str) -> str:
    """A digest of a record's line as written (its ending included), to know it again."""
    return hashlib.sha256(line.encode("utf-8", "surrogateescape")).hexdigest()


def edit(line: str, members: Sequence[Member], edits: Sequence[MemberEdit]) -> str:
    """The line with each edit made and every other character as it was.

    Raises ValueError when an edit removes a member the line does not have.
    """
    spans = [_span(line, members, change) for change in edits]
    # Right to left, so each span's offsets still hold when it is made.
    for start, end, text in sorted(spans, key=lambda span: span[0], reverse=True):
        line = line[:start] + text + line[end:]
    return line


def _span(line: str, members: Sequence[Member], change: MemberEdit) -> tuple[int, int, str]:
    member = find(members, change.key)
    if change.value is None:
        if member is None:
            raise ValueError(f"no field {change.key!r} to remove")
        return _removal(members, member)
    if member is not None:
        return member.value_start, member.value_end, change.value
    if not members:
        raise ValueError("cannot add a field to an empty object")
    item, colon = _separators(line, members)
    end = members[-1].value_end
    return end, end, f"{item}{json.dumps(change.key)}{colon}{change.value}"


def _removal(members: Sequence[Member], member: Member) -> tuple[int, int, str]:
    # From the end of the member before, so removing an appended member undoes the append exactly.
    index = members.index(member)
    if index > 0:
        return members[index - 1].value_end, member.value_end, ""
    if len(members) > 1:
        return member.key_start, members[1].key_start, ""
    return member.key_start, member.value_end, ""


def _separators(line: str, members: Sequence[Member]) -> tuple[str, str]:
    last = members[-1]
    colon = line[last.key_end : last.value_start]
    if len(members) > 1:
        return line[members[-2].value_end : last.key_start], colon
    # One member shows no item separator: space it as the colon is (json.dumps gives ", ", ": ").
    return "," + colon.partition(":")[2], colon


def _member(line: str, start: int) -> tuple[Member, object]:
    if not line.startswith('"', start):
        raise ValueError(f"expected a key at column {start + 1}")
    key, key_end = SCANSTRING(line, start + 1)
    value_start = _skip(line, _expect(line, _skip(line, key_end), ":"))
    value, value_end = _DECODER.raw_decode(line, value_start)
    return Member(key, start, key_end, value_start, value_end), value


def _expect(line: str, position: int, char: str) -> int:
    if not line.startswith(char, position):
        raise ValueError(f"expected {char!r} at column {position + 1}")
    return position + 1


def _skip(line: str, position: int) -> int:
    match = WHITESPACE_RE.match(line, position)
    return match.end() if match else position
