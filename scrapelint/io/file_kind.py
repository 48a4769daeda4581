"""What kind of file a name says it is, decided once, when the file is found.

A file's format (text, Markdown, JSONL, HTML, Parquet), its compression and the name of its cleaned
output all follow from its name. They are read from it here, once, into a `FileKind` that travels
with the file (`sources.Source`) down to the worker that parses, cleans and writes it, rather than
asked of the name again at each step. Plain data, so it crosses to worker processes as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapelint.io.compression import codec_of

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
# Read row group by row group in `parquet`, never as bytes; named without a compression suffix.
PARQUET_SUFFIXES = (".parquet", ".pq")

TEXT, MARKDOWN, JSONL, HTML, PARQUET, OTHER = "text", "markdown", "jsonl", "html", "parquet", ""


@dataclass(frozen=True, slots=True)
class FileKind:
    format: str  # one of TEXT, MARKDOWN, JSONL, HTML, PARQUET, or OTHER for a name not read
    codec: str | None  # ".gz", ".zst" or None: how the file is compressed
    target: str  # the cleaned file's name: the same, except a page's text goes in a `.txt`
    target_codec: str | None  # how the cleaned file is compressed (a page's text is not)

    @property
    def is_jsonl(self) -> bool:
        return self.format == JSONL

    @property
    def is_html(self) -> bool:
        return self.format == HTML

    @property
    def is_parquet(self) -> bool:
        return self.format == PARQUET

    @property
    def streams(self) -> bool:
        """Whether a big one is read a piece at a time (JSONL records, Parquet row groups)."""
        return self.format in (JSONL, PARQUET)


def kind_of(name: str) -> FileKind:
    """The kind of the file called `name` (a file name, or a path: only its end counts)."""
    lowered = name.lower()
    if lowered.endswith(PARQUET_SUFFIXES):
        return FileKind(PARQUET, None, name, None)
    codec = codec_of(name)
    inner = name[: -len(codec)] if codec else name
    format = _format(inner.lower())
    if format == HTML:
        return FileKind(HTML, codec, inner[: inner.rfind(".")] + ".txt", None)
    return FileKind(format, codec, name, codec)


def _format(inner: str) -> str:
    if inner.endswith(MARKDOWN_SUFFIXES):
        return MARKDOWN
    if inner.endswith(TEXT_SUFFIXES):
        return TEXT
    if inner.endswith(JSONL_SUFFIXES):
        return JSONL
    if inner.endswith(HTML_SUFFIXES):
        return HTML
    return OTHER
