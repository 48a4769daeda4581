"""The labelled pages in fifteen languages (`fixtures/languages`), read for the tests and for
`benchmarks/languages.py`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "languages"
ARTICLE = frozenset({"T", "B"})


@dataclass(frozen=True)
class Page:
    name: str
    language: str
    lines: tuple[str, ...]
    tags: tuple[str | None, ...]  # None for a blank line

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def read_pages(folder: Path = PAGES) -> list[Page]:
    """The labelled pages: each line of a `.src` file is `TAG|text`, or blank."""
    pages = []
    for source in sorted(folder.glob("*.src")):
        lines, tags = [], []
        for raw in source.read_text(encoding="utf-8").splitlines():
            tag, _, text = raw.partition("|") if raw.strip() else (None, "", "")
            lines.append(text)
            tags.append(tag)
        pages.append(Page(source.stem, source.stem.split("_")[0], tuple(lines), tuple(tags)))
    return pages


def kept_lines(page: Page, cleaned: str) -> list[bool]:
    """Whether each line of the page is in the cleaned text, matched in order."""
    rest = cleaned.split("\n")
    kept, cursor = [], 0
    for line in page.lines:
        at = next((i for i in range(cursor, len(rest)) if rest[i] == line), None)
        kept.append(at is not None)
        cursor = at + 1 if at is not None else cursor
    return kept
