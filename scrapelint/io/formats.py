"""File formats: how a file's bytes become documents, and how cleaned documents become bytes again.

The engine sees only `Document`s. A plain text or Markdown file is one document; a JSONL file is
one document per record (its text field), every other field and every record's place kept. Bytes
that are not UTF-8 are carried through untouched (surrogate escapes) and reported, never replaced.
A changed JSONL record is written back as its original line with only the edited members spliced
(`json_members`), so numbers, escapes, spacing and duplicate keys stay as they were.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import orjson

from scrapelint.io.compression import inner_name
from scrapelint.io.encodings import line_positions, nul_positions, wide_encoding
from scrapelint.io.file_kind import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    MARKDOWN,
    PARQUET_SUFFIXES,
    TEXT_SUFFIXES,
    FileKind,
    kind_of,
)
from scrapelint.io.front_matter import front_matter_of, line_starts
from scrapelint.io.html_input import extract
from scrapelint.io.json_members import Member, MemberEdit, edit, scan_object
from scrapelint.io.json_spelling import respelled
from scrapelint.text.document import Document
from scrapelint.text.lazy_pattern import lazy

BOM = "\ufeff"
# Bytes decoded with surrogateescape come back as lone surrogates in this range.
ESCAPED_BYTE_RE = lazy("[\udc80-\udcff]")
RECORD_RE = lazy(r"[^\n]*\n|[^\n]+$")

# What a file that gave no document said, so a run can tell why it checked nothing.
EMPTY_FILE = "empty file"
NO_TEXT_FIELD = "no string field"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the input itself; `line` is 1-based, or None for the whole file."""

    path: str
    line: int | None
    message: str
    fatal: bool = False  # the file (or record) could not be read at all


@dataclass
class Parsed:
    """A file read into documents, plus what is needed to write it back."""

    path: str
    documents: list[Document]
    problems: list[Problem] = field(default_factory=list)
    # For JSONL: each input line as found, the record parsed from it (None when it did not parse)
    # and where its members stand, and for each document the position of its line.
    raw_lines: list[str] = field(default_factory=list)
    records: list[dict | None] = field(default_factory=list)
    members: list[tuple[Member, ...]] = field(default_factory=list)
    record_of_document: list[int] = field(default_factory=list)
    first_line: int = 1  # line number of raw_lines[0] (a streamed batch starts further down)
    text_field: str = "text"
    prefix: str = ""  # a byte-order mark and Markdown front matter, written back untouched
    front_matter: str = ""
    metadata: dict[str, str] = field(default_factory=dict)  # what an HTML page said of itself
    encoding: str = "utf-8"  # or UTF-16/UTF-32 named by a byte-order mark, written back the same
    page: tuple[str, ...] = ()  # an HTML page's visible text, a block a line, for its dateline
    jsonl: bool = False  # read as JSONL: documents are records, written back line by line

    @property
    def is_jsonl(self) -> bool:
        return self.jsonl


def supported(name: str) -> bool:
    lowered = inner_name(name).lower()
    if lowered.endswith(PARQUET_SUFFIXES):
        return parquet_readable()
    return lowered.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES)


@functools.cache
def parquet_readable() -> bool:
    """Whether pyarrow is installed (the `parquet` extra). Without it, a folder's Parquet files are
    passed over, as before scrapelint read Parquet; one named on the command line is reported."""
    return importlib.util.find_spec("pyarrow") is not None


def is_html(name: str) -> bool:
    return kind_of(name).is_html


def output_name(name: str) -> str:
    """The name of the cleaned file: the same, except a page's cleaned text goes beside it."""
    return kind_of(name).target


def decode(path: str, raw: bytes, *, lone_cr: bool = False) -> tuple[str, list[Problem]]:
    """UTF-8 text with undecodable bytes kept as escapes, and one problem per line that has them
    (`lone_cr`: see `line_positions`)."""
    try:
        return raw.decode("utf-8"), []  # valid UTF-8, the common case: no escapes to look for
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="surrogateescape")
    problems: list[Problem] = []
    matches = list(ESCAPED_BYTE_RE.finditer(text))
    starts = (match.start() for match in matches)
    places = line_positions(text, starts, lone_cr=lone_cr)
    for match, (line, _) in zip(matches, places, strict=True):
        if not problems or problems[-1].line != line:
            byte = ord(match.group(0)) - 0xDC00
            problems.append(
                Problem(path, line, f"byte 0x{byte:02x} is not valid UTF-8; kept as is")
            )
    return text, problems


def encode(text: str, encoding: str = "utf-8") -> bytes:
    if encoding != "utf-8":
        return text.encode(encoding)  # decoded strictly, so it encodes back to the same bytes
    return text.encode("utf-8", errors="surrogateescape")


def decode_any(path: str, raw: bytes, *, lone_cr: bool = False) -> tuple[str, list[Problem], str]:
    """`decode`, or UTF-16/UTF-32 when a byte-order mark names it; and the encoding used.
    Every NUL character is reported by line and column: it is kept, never dropped."""
    encoding = wide_encoding(raw)
    if encoding is None:
        text, problems = decode(path, raw, lone_cr=lone_cr)
        encoding = "utf-8"
    else:
        try:
            text, problems = raw.decode(encoding), []
        except UnicodeDecodeError as error:
            problem = Problem(path, None, f"not valid {encoding.upper()}: {error.reason}", True)
            return "", [problem], encoding
    if "\0" in text:
        problems += [
            Problem(path, line, f"NUL byte at column {column}; read as text")
            for line, column in nul_positions(text, lone_cr=lone_cr)
        ]
    return text, problems, encoding


def line_breaks(text: str) -> int:
    """The line breaks in `text`: LF, CRLF and a lone CR each one, as a document counts them."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def with_front_matter(parsed: Parsed, lines: int) -> Parsed:
    """A text file's `parsed` reading, its first `lines` lines taken as the front matter (as the
    fix that wrote it took them, whatever they read as now: a fix that removed the junk line
    above a `---` block leaves a text that opens like front matter)."""
    if line_breaks(parsed.front_matter) == lines:
        return parsed  # read as the fix read it (front matter may close at the end of the file)
    whole = parsed.front_matter + parsed.documents[0].text
    cut = line_starts(whole, lines)
    front = whole[:cut]
    bom = parsed.prefix[: len(parsed.prefix) - len(parsed.front_matter)]
    document = Document.from_text(whole[cut:], parsed.path)
    return replace(parsed, documents=[document], prefix=bom + front, front_matter=front)


def parse(path: str, raw: bytes, text_field: str = "text", kind: FileKind | None = None) -> Parsed:
    """The file's documents; `kind` is the file's, when known (else read from `path`)."""
    kind = kind_of(path) if kind is None else kind
    if kind.is_html:
        return _parse_html(path, raw)
    text, problems, encoding = decode_any(path, raw, lone_cr=not kind.is_jsonl)
    if any(problem.fatal for problem in problems):
        return Parsed(path, [], problems, jsonl=kind.is_jsonl)
    prefix = BOM if text.startswith(BOM) else ""
    text = text[len(prefix) :]
    if kind.is_jsonl:
        parsed = _parse_jsonl(path, text, text_field)
        parsed.problems[:0] = problems
        parsed.prefix = prefix
        parsed.encoding = encoding
        return parsed
    front_matter = ""
    if kind.format == MARKDOWN:
        front_matter = front_matter_of(text)
        text = text[len(front_matter) :]
    document = Document.from_text(text, path)
    return Parsed(
        path,
        [document],
        problems,
        prefix=prefix + front_matter,
        front_matter=front_matter,
        encoding=encoding,
    )


def _parse_html(path: str, raw: bytes) -> Parsed:
    extracted = extract(raw)
    if extracted is None:
        return Parsed(path, [], [Problem(path, None, "no article text found in the page")])
    document = Document.from_text(extracted.text, path)
    return Parsed(path, [document], metadata=extracted.metadata, page=extracted.page)


def _parse_jsonl(path: str, text: str, text_field: str) -> Parsed:
    # Only "\n" ends a record: JSON strings may hold U+2028 and other characters that
    # str.splitlines would split on.
    return parse_jsonl_lines(path, RECORD_RE.findall(text), 1, text_field)


def parse_jsonl_lines(path: str, lines: list[str], first_line: int, text_field: str) -> Parsed:
    """Records from JSONL lines (endings kept) that start at line `first_line` of the file."""
    parsed = Parsed(path, [], text_field=text_field, first_line=first_line, jsonl=True)
    for number, line in enumerate(lines, start=first_line):
        record, members = _record(path, number, line, text_field, parsed.problems)
        parsed.raw_lines.append(line)
        parsed.records.append(record)
        parsed.members.append(members)
        if record is not None:
            doc_path = f"{path}:{number}"
            parsed.documents.append(Document.from_text(record[text_field], doc_path))
            parsed.record_of_document.append(len(parsed.records) - 1)
    return parsed


def _record(
    path: str, number: int, line: str, text_field: str, problems: list[Problem]
) -> tuple[dict | None, tuple[Member, ...]]:
    if not line.strip():
        return None, ()
    try:
        # orjson decides what is a record, strictly (no NaN, infinite numbers, lone surrogates or
        # undecodable bytes); the scan then reads exact values (big integers stay integers).
        value = orjson.loads(line)
        if not isinstance(value, dict) or not isinstance(value.get(text_field), str):
            problems.append(Problem(path, number, f"{NO_TEXT_FIELD} {text_field!r}; kept as is"))
            return None, ()
        return scan_object(line)
    except (ValueError, RecursionError) as error:  # orjson.JSONDecodeError is a ValueError
        problems.append(
            Problem(path, number, f"not a JSON record ({_reason(error)}); kept as is", True)
        )
        return None, ()


def _reason(error: Exception) -> str:
    """The parser's reason, placed by column: its "line 1" is the record's, not the file's."""
    if isinstance(error, orjson.JSONDecodeError):
        return f"{error.msg} at column {error.colno}"
    return str(error)


def render(
    parsed: Parsed,
    cleaned: Sequence[Document],
    extra: Sequence[MemberEdit | None] | None = None,
    dropped: frozenset[int] = frozenset(),
) -> bytes:
    """The file's bytes with each document replaced by its cleaned version.

    A JSONL record is its original line with only the text's value replaced, and only when the
    text changed; `extra` holds one more member edit per document (the metadata field); the
    records at the line positions in `dropped` are left out.
    Raises ValueError when an edit removes a field a record does not have.
    """
    if not parsed.is_jsonl:
        return encode(parsed.prefix + cleaned[0].text, parsed.encoding)
    lines = list(parsed.raw_lines)
    extras = extra if extra is not None else [None] * len(cleaned)
    for before, after, position, more in zip(
        parsed.documents, cleaned, parsed.record_of_document, extras, strict=True
    ):
        line, members = lines[position], parsed.members[position]
        edits = [more] if more is not None else []
        if after.text != before.text:
            spelled = respelled(after.text, before.text, line, members, parsed.text_field)
            edits.append(MemberEdit(parsed.text_field, spelled))
        if edits:
            lines[position] = edit(line, members, edits)
    kept = [line for position, line in enumerate(lines) if position not in dropped]
    return encode(parsed.prefix + "".join(kept), parsed.encoding)
