"""How a JSONL writer spells a string: which characters it escapes, and how.

JSON lets a writer spell the same string many ways: Python escapes every non-ASCII character or
none, PHP escapes "/", Go escapes "<", ">", "&", U+2028 and U+2029 and writes other controls as
"\\u00XX", .NET and Java write hexadecimal digits in upper case. `restore` puts a record's text
back in the spelling its line had, known by the digest the fix recorded; this reads the writer's
habits off a string as written (the cleaned record's text, which the fix spelled the way the
original was) and spells another string with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from scrapelint.io.json_members import Member, dumps, find
from scrapelint.text.lazy_pattern import lazy

# A JSON string's escapes: short ones ("\n", "\/"), and "\uXXXX".
_ESCAPE_RE = lazy(r'\\(?:u([0-9A-Fa-f]{4})|(["\\/bfnrt]))')
_SHORT = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_SHORT_OF = {char: "\\" + letter for letter, char in _SHORT.items() if letter != "/"}


@dataclass(frozen=True)
class Spelling:
    """A writer's habits: characters it writes as "\\uXXXX" (`escaped`, beside every non-ASCII
    one when `ascii_only`), in upper-case hexadecimal or not, and short escapes it does not use
    (`long`: written "\\uXXXX" instead, as Go writes "\\b"); "/" as "\\/" when `slash`."""

    ascii_only: bool = False
    upper: bool = False
    escaped: frozenset[str] = frozenset()
    long: frozenset[str] = frozenset()
    slash: bool = False

    def spell(self, value: str) -> str:
        return '"' + "".join(self._char(char) for char in value) + '"'

    def _char(self, char: str) -> str:
        if char == "/":
            return "\\/" if self.slash else "/"
        if char in _SHORT_OF and char not in self.long:
            return _SHORT_OF[char]
        code = ord(char)
        if code < 0x20 or char in self.long or char in self.escaped:
            return "".join(self._hex(unit) for unit in _units(code))
        if self.ascii_only and code > 0x7F:
            return "".join(self._hex(unit) for unit in _units(code))
        return char

    def _hex(self, unit: int) -> str:
        return f"\\u{unit:04X}" if self.upper else f"\\u{unit:04x}"


# Go's encoding/json: HTML-safe, line and paragraph separators escaped, other text as it is.
GO = Spelling(escaped=frozenset("<>&\u2028\u2029"), long=frozenset("\b\f"))


def read_spelling(token: str) -> list[Spelling]:
    """The spellings a JSON string token (quotes included) may have been written in: its own
    escapes read off it, a habit it gives no sign of (a character it does not hold) either way."""
    inner = token[1:-1]
    escaped: set[str] = set()
    long: set[str] = set()
    upper: set[bool] = set()
    slash = False
    for match in _ESCAPE_RE.finditer(inner):
        if match.group(1) is None:
            slash = slash or match.group(2) == "/"
            continue
        digits = match.group(1)
        if any(d.isalpha() for d in digits):
            upper.add(digits.isupper())
        char = chr(int(digits, 16))
        (long if char in _SHORT_OF else escaped).add(char)
    raw = _ESCAPE_RE.sub("", inner)
    ascii_only = {False} if any(ord(c) > 0x7F for c in raw) else {True, False}
    return [
        Spelling(a, u, frozenset(escaped), frozenset(long), slash)
        for a in sorted(ascii_only, reverse=True)
        for u in sorted(upper or {False, True})
    ]


def _units(code: int) -> tuple[int, ...]:
    """UTF-16 code units of a code point: a surrogate pair beyond the BMP, as JSON writes it."""
    if code < 0x10000:
        return (code,)
    code -= 0x10000
    return (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


# Characters writers escape to keep a string safe in HTML: Go's set, and .NET's wider one.
HTML_SAFE = (frozenset("<>&\u2028\u2029"), frozenset("<>&'+`\u2028\u2029"))


def likely_spellings(token: str) -> list[Spelling]:
    """`read_spelling`, and each with the HTML-safe escapes writers add (`HTML_SAFE`): a
    string that lost its "<" and "&" to the fix shows nothing of how its writer spelled them."""
    read = read_spelling(token)
    wider = [replace(h, escaped=h.escaped | more) for h in read for more in HTML_SAFE]
    # .NET's writer, HTML-safe, also spells '"' as "\u0022": gone with the removed lines.
    quoted = [replace(h, long=h.long | {'"'}) for h in wider if h.upper and "'" in h.escaped]
    return list(dict.fromkeys([*read, *wider, *quoted, GO]))


def writer_spelling(token: str, value: str) -> Spelling | None:
    """The habits that spell `value` as `token` exactly, read off the token; None when none do
    (the writer's habits are not among those `Spelling` knows)."""
    return next((habit for habit in read_spelling(token) if habit.spell(value) == token), None)


def respelled(text: str, was: str, line: str, members: Sequence[Member], field: str) -> str:
    """`text` as JSON, spelled as the record's writer spelled the text it replaces (`was`, the
    `field` of `line`): Python's way when that is its way, else by the habits its string shows
    (Go's HTML-safe escapes, upper-case hexadecimal), so that `restore` finds them again."""
    python = dumps(was, line, members)
    member = find(members, field)
    token = line[member.value_start : member.value_end] if member is not None else python
    habit = writer_spelling(token, was) if token != python else None
    return habit.spell(text) if habit is not None else dumps(text, line, members)
