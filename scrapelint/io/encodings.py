"""Which bytes are text: UTF-16 and UTF-32 named by their byte-order mark, and stray NUL bytes.

scrapelint reads UTF-8 (bytes that are not are kept as escapes and reported). A file that starts
with a UTF-16 or UTF-32 byte-order mark is decoded as such and written back in the same encoding,
so a fix changes only the lines it removes. A NUL byte is not text, but one stray NUL in a scraped
article (a broken converter) does not make the file binary: many NULs, or NULs among bytes that
are not UTF-8, do.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from itertools import islice

from scrapelint.text.lazy_pattern import lazy

# UTF-32 little-endian's mark starts like UTF-16's: the longer marks are tried first.
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
NUL_RE = lazy("\0")
# A text block holds at most this share of NUL bytes; binary formats hold far more (a PNG header
# alone has 4 in 16 bytes), as does UTF-16 without a mark, which is not read.
MAX_NUL_SHARE = 0.01
# At most this many NUL positions are reported per file: the first ones say enough.
MAX_NUL_REPORTS = 10
# UTF-16 of Latin-script text holds a NUL in nearly every byte of one parity.
UTF16_NUL_SHARE = 0.9
UTF8_MAX_CUT = 3  # a block cut in the middle of a character ends with at most 3 of its bytes


def wide_encoding(raw: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte-order mark at the start of `raw` names."""
    for bom, encoding in WIDE_BOMS:
        if raw.startswith(bom):
            return encoding
    return None


def is_blank(raw: bytes) -> bool:
    """True when `raw` holds no text: nothing, or white space, after any byte-order mark."""
    encoding = wide_encoding(raw)
    if encoding is not None:
        return not raw.decode(encoding, errors="replace").lstrip("\ufeff").strip()
    return not raw.removeprefix(codecs.BOM_UTF8).strip()


def looks_binary(block: bytes) -> bool:
    """True when `block` (the start of a file) is not text: NUL bytes, and more than a stray one
    or among bytes that are not UTF-8."""
    if b"\0" not in block or wide_encoding(block):
        return False
    if block.count(b"\0") > max(1, int(len(block) * MAX_NUL_SHARE)):
        return True
    try:
        block.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start < len(block) - UTF8_MAX_CUT
    return False


def unmarked_utf16(block: bytes) -> bool:
    """Whether a block taken for binary reads as UTF-16 without its byte-order mark: ASCII-range
    text leaves a NUL in every other byte (the odd ones in little-endian, the even in big)."""
    even, odd = block[0::2], block[1::2]
    if len(odd) < 8:
        return False
    shares = (even.count(0) / len(even), odd.count(0) / len(odd))
    return max(shares) >= UTF16_NUL_SHARE and min(shares) < 1 - UTF16_NUL_SHARE


def nul_positions(text: str, *, lone_cr: bool = False) -> list[tuple[int, int]]:
    """The 1-based line and column of each NUL character in `text` (the first few)."""
    starts = (match.start() for match in NUL_RE.finditer(text))
    return list(islice(line_positions(text, starts, lone_cr=lone_cr), MAX_NUL_REPORTS))


def line_positions(
    text: str, indices: Iterable[int], *, lone_cr: bool = False
) -> Iterator[tuple[int, int]]:
    """The 1-based line and column of `text[index]` for each of `indices`, in increasing order.
    Each index must be of a character that is no line break. With `lone_cr`, a CR alone ends a
    line too, as in a text document (the lines findings count); a JSONL file's lines end at LF
    only.

    Lines are counted from the last index on, not from the start: a Latin-1 file has an escaped
    byte on most lines, and counting from the start for each made decoding it quadratic."""
    line, counted, start = 1, 0, 0
    for index in indices:
        line += text.count("\n", counted, index)
        last = text.rfind("\n", counted, index)
        if lone_cr:
            line += text.count("\r", counted, index) - text.count("\r\n", counted, index)
            last = max(last, text.rfind("\r", counted, index))
        if last >= 0:
            start = last + 1
        counted = index  # text[index] is no line break, so no CR LF pair is cut here
        yield line, index - start + 1
