"""Where a document comes from: its file and record, and the source its lines are counted under.

A source is the site of a JSONL record's `url` (or of another configured field; a field that is
not a URL is taken as it is), else the folder the file is in: a scraped corpus is kept one folder
or one `url` host per site. Paths are stored resolved, so that `learn` and `check` run from
different folders agree on them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from scrapelint.io.compression import inner_name
from scrapelint.io.formats import JSONL_SUFFIXES

URL_FIELD = "url"


@lru_cache(maxsize=4096)  # asked on every fix pass; resolving a path costs a system call a part
def document_address(doc_path: str) -> tuple[str, int]:
    """The resolved file and the record line (0 for a file that is one document) of a document
    whose `Document.path` is `doc_path` ("file" or, for a JSONL record, "file:line")."""
    head, _, tail = doc_path.rpartition(":")
    if head and tail.isdigit() and inner_name(head).lower().endswith(JSONL_SUFFIXES):
        return resolved(head), int(tail)
    return resolved(doc_path), 0


def resolved(path: str) -> str:
    try:
        return storable(str(Path(path).resolve()))
    except (OSError, RuntimeError):  # a link loop: the path as written is still a name
        return storable(str(Path(path).absolute()))


def source_of(file: str, record: dict | None, key: str | None = None) -> str:
    """The source a document's lines are counted under."""
    value = (record or {}).get(key or URL_FIELD)
    if isinstance(value, str) and value.strip():
        return storable(site_of(value.strip()))
    return storable("folder:" + str(Path(file).parent))


def storable(text: str) -> str:
    """`text` as SQLite can store it: a file name's byte that is not UTF-8 as its backslash
    escape, as the JSON report writes it (`annotate.readable`), and any other lone surrogate (a
    JSON `\\ud800`) as the escapes of its UTF-8 form; the same each time. Other text is
    unchanged."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace")


def site_of(value: str) -> str:
    """The host of a URL without "www.", or the value itself when it is not a URL."""
    host = urlsplit(value if "//" in value else "//" + value).hostname or value
    host = host.lower()
    return host[4:] if host.startswith("www.") else host
