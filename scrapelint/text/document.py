"""The document model: a text as lines, with the structure rules look at.

A `Document` is built once from the decoded text and never changes; a fix builds a new one. Each
line keeps its own ending (LF, CRLF or CR, as found) so a cleaned file is byte-identical to the
input minus the removed lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import NamedTuple

from scrapelint.text.lazy_pattern import lazy

# A line ending is kept with its line; splitting on this keeps mixed endings intact.
LINE_RE = lazy(r"[^\r\n]*(?:\r\n|\n|\r|$)")
# Characters `str.splitlines` also breaks at, but scrapelint keeps inside a line (form feeds,
# Unicode line and paragraph separators ...).
OTHER_BREAKS_RE = lazy("[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# List markers in scraped text: Markdown/plain bullets, inscriptis' `* ` and `o `, numbered items.
LIST_MARKER_RE = lazy(r"^\s*(?:[-*+•●▪◦·o]|\d{1,3}[.)])\s+")
# Markdown ATX heading; the level is the number of hashes.
HEADING_RE = lazy(r"^\s{0,3}(#{1,6})\s+")
# Makes a `Line` from all five fields, as `without` does from a line whose `is_blank` is known.
_new_tuple = tuple.__new__
# Markdown inline link `[text](target)`; scraped Markdown keeps navigation as links. Neither the
# text nor the target holds a "[", and each is bounded: a line of "[a](" with no ")" would
# otherwise be searched from each of its brackets to its end (seconds for a line of 4 KB).
LINK_RE = lazy(r"\[([^\[\]]{0,2000})\]\(([^)\s\[]{0,2048})(?:\s[^)\[]{0,400})?\)")
# Every match of LINK_RE holds this; a line without it is skipped before the regex runs.
LINK_MARK = "]("


class _LineFields(NamedTuple):
    index: int  # type: ignore[assignment]  # the line's number; shadows tuple.index, unused
    text: str
    ending: str
    offset: int
    is_blank: bool  # read from the text when the line is made: the rules ask it of every line


class Line(_LineFields):
    """One line of a document; `index` is 0-based, `offset` the character offset of its start.

    A named tuple rather than a frozen dataclass: a document is split into lines again on every
    fix pass, and a tuple is made in one C call where a frozen dataclass sets each field through
    `object.__setattr__`. It is made from the first four fields; `is_blank` follows from the text.
    """

    __slots__ = ()

    def __new__(cls, index: int, text: str, ending: str, offset: int) -> Line:
        return _new_tuple(cls, (index, text, ending, offset, not text.strip()))

    def __getnewargs__(self) -> tuple[int, str, str, int]:
        """What `__new__` takes, so that a line pickles (to a worker process) and copies."""
        return self[:4]

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def raw(self) -> str:
        return self.text + self.ending

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    @property
    def list_marker(self) -> str | None:
        match = LIST_MARKER_RE.match(self.text)
        return match.group(0).strip() if match else None

    @property
    def heading_level(self) -> int:
        match = HEADING_RE.match(self.text)
        return len(match.group(1)) if match else 0

    @property
    def content(self) -> str:
        """The line's words: without indentation, list marker, heading hashes or link targets."""
        return line_content(self.text)


def line_content(text: str) -> str:
    """`Line.content` of a line holding `text`: it depends on the text alone."""
    text = drop_link_targets(text)
    heading = HEADING_RE.match(text)
    if heading:
        text = text[heading.end() :]
    marker = LIST_MARKER_RE.match(text)
    if marker:
        text = text[marker.end() :]
    return text.strip()


def drop_link_targets(text: str) -> str:
    """`[text](target)` links reduced to their text; most lines hold no "](" and are returned.
    A linked image, `[![alt](src)](target)`, is reduced from the inside out: to `!alt`."""
    if LINK_MARK not in text:
        return text
    text = LINK_RE.sub(r"\1", text)
    return LINK_RE.sub(r"\1", text) if LINK_MARK in text else text


@dataclass(frozen=True, slots=True)
class Block:
    """A run of non-blank lines between blank lines: `start` .. `end - 1`."""

    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A text split into lines; `path` names it in reports (a file, or `file:line` for JSONL)."""

    path: str
    lines: tuple[Line, ...]

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> Document:
        return cls(path=path, lines=tuple(_split_lines(text)))

    @property
    def text(self) -> str:
        return "".join([line.text + line.ending for line in self.lines])

    @cached_property
    def texts(self) -> tuple[str, ...]:
        """The line texts without endings, the form the detectors take."""
        return tuple(line.text for line in self.lines)

    @cached_property
    def marked_lines(self) -> tuple[int, ...]:
        """Indices of the lines with a `list_marker`, for rules that look at list items alone."""
        match = LIST_MARKER_RE.match
        return tuple(index for index, text in enumerate(self.texts) if match(text))

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(_blocks(self.lines))

    def next_non_blank(self, start: int) -> Line | None:
        """The first line from `start` on with any text, or None."""
        lines = self.lines
        for index in range(start, len(lines)):  # not `lines[start:]`: no copy of the rest
            if not lines[index].is_blank:
                return lines[index]
        return None

    def last_non_blank(self) -> int:
        """The index of the last line with any text (the last line's, when there is none)."""
        return next(
            (line.index for line in reversed(self.lines) if not line.is_blank), len(self.lines) - 1
        )

    def without(self, removed: set[int]) -> Document:
        """A new document without the given line indices; each kept line keeps its ending.

        It is the text of the kept lines split again, built from the kept lines themselves
        unless a lone CR would meet an LF line and the two read back as one CRLF line.
        """
        kept = [line for line in self.lines if line.index not in removed]
        if any(line.ending == "\r" for line in kept):
            return Document.from_text("".join(line.raw for line in kept), self.path)
        lines, offset = [], 0
        for index, line in enumerate(kept):
            lines.append(_new_tuple(Line, (index, line.text, line.ending, offset, line.is_blank)))
            offset += len(line.text) + len(line.ending)
        return Document(self.path, tuple(lines))


def _split_lines(text: str) -> list[Line]:
    if "\r" not in text and OTHER_BREAKS_RE.search(text) is None:
        return _split_lf_lines(text)
    lines, offset = [], 0
    for index, raw in enumerate(_raw_lines(text)):
        body = raw.rstrip("\r\n")
        lines.append(_new_tuple(Line, (index, body, raw[len(body) :], offset, not body.strip())))
        offset += len(raw)
    return lines


def _split_lf_lines(text: str) -> list[Line]:
    """`_split_lines` of a text whose only line break is LF, the common case: split in C, and
    every line but perhaps the last ends in "\n"."""
    bodies = text.split("\n")
    last = bodies.pop()  # after the final "\n" (empty), or a last line without one
    endings = ["\n"] * len(bodies)
    if last:
        bodies.append(last)
        endings.append("")
    offsets = accumulate([len(body) + 1 for body in bodies], initial=0)  # one more: the end
    return [
        _new_tuple(Line, (index, body, ending, offset, not body.strip()))
        for index, (body, ending, offset) in enumerate(zip(bodies, endings, offsets, strict=False))
    ]


def _raw_lines(text: str) -> list[str]:
    """The lines with their endings; `str.splitlines` does it in C when it would cut the same."""
    if OTHER_BREAKS_RE.search(text) is None:
        return text.splitlines(keepends=True)
    return [raw for raw in LINE_RE.findall(text) if raw]  # the only empty match is at the end


def _blocks(lines: tuple[Line, ...]) -> Iterator[Block]:
    start: int | None = None
    for line in lines:
        if line.is_blank:
            if start is not None:
                yield Block(start, line.index)
                start = None
        elif start is None:
            start = line.index
    if start is not None:
        yield Block(start, len(lines))
