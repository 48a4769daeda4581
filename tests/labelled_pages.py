"""The labelled pages written for the project, read for the tests and for
`benchmarks/labelled_pages.py`: `fixtures/languages` (news and blog pages in fifteen languages),
`fixtures/markdown` (pages as web-to-Markdown readers save them, in English and seven other
languages), `fixtures/shapes` (English articles whose shape looks like junk: interviews, live
blogs, listicles, recipes, tables, poems, code, reviews), `fixtures/extracted` (pages as
trafilatura extracts them, English and thirty-two other languages) and `fixtures/pages` (whole
pages' text as an HTML-to-text converter writes it, chrome around the article, in English and
twenty-seven other languages)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from scrapelint.text.document import drop_link_targets

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SETS = {
    "languages": FIXTURES / "languages",
    "markdown": FIXTURES / "markdown",
    "shapes": FIXTURES / "shapes",
    "extracted": FIXTURES / "extracted",
    "pages": FIXTURES / "pages",
}
ARTICLE = frozenset({"T", "B"})


@dataclass(frozen=True)
class Page:
    name: str
    group: str  # the file name's first part: a language, or an article's shape
    lines: tuple[str, ...]
    tags: tuple[str | None, ...]  # None for a blank line

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def read_pages(folder: Path) -> list[Page]:
    """The labelled pages of a folder: each line of a `.src` file is `TAG|text`, or blank."""
    pages = []
    for source in sorted(folder.glob("*.src")):
        lines, tags = [], []
        for raw in source.read_text(encoding="utf-8").splitlines():
            tag, _, text = raw.partition("|") if raw.strip() else (None, "", "")
            lines.append(text)
            tags.append(tag)
        pages.append(Page(source.stem, source.stem.split("_")[0], tuple(lines), tuple(tags)))
    return pages


def without_link_targets(page: Page) -> Page:
    """The page as scrapers that hide link targets write it: each Markdown link `[words](target)`
    as its words, the same labels on the same lines."""
    lines = tuple(drop_link_targets(line) for line in page.lines)
    return Page(page.name, page.group, lines, page.tags)


def as_plain_text(page: Page) -> Page:
    """The page as a scraper that keeps no markup writes it: links as their words (one wrapped
    over two lines too), no images, no heading hashes, no bold marks. A line left blank loses
    its label."""
    lines = tuple(_plain(line) for line in page.lines)
    tags = tuple(tag if line.strip() else None for line, tag in zip(lines, page.tags, strict=True))
    return Page(page.name, page.group, lines, tags)


def _plain(line: str) -> str:
    line = drop_link_targets(_IMAGE_RE.sub("", line))
    line = _LINK_REST_RE.sub("", line).replace("[", "")
    return _HASHES_RE.sub("", line).replace("**", "")


_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_REST_RE = re.compile(r"\]\([^)\s]*\)?")  # the end of a link wrapped over two lines
_HASHES_RE = re.compile(r"^\s{0,3}#{1,6}\s+")


def kept_lines(page: Page, cleaned: str) -> list[bool]:
    """Whether each labelled line of the page is in the cleaned text. The cleaned lines are
    aligned to the page's in order, by the longest common subsequence; where a line could be
    matched at two places ("Subscribe" above and below the article) the alignment that keeps
    more article lines wins, so a kept junk line never hides an article line kept after it."""
    rest = [line for line in cleaned.split("\n") if line.strip()]
    labelled = [i for i, tag in enumerate(page.tags) if tag is not None]
    weight = [3 if page.tags[i] in ARTICLE else 2 for i in labelled]
    # best[a][b]: the best weight aligning labelled[a:] with rest[b:].
    best = [[0] * (len(rest) + 1) for _ in range(len(labelled) + 1)]
    for a in range(len(labelled) - 1, -1, -1):
        line = page.lines[labelled[a]]
        for b in range(len(rest) - 1, -1, -1):
            matched = best[a + 1][b + 1] + weight[a] if rest[b] == line else 0
            best[a][b] = max(best[a + 1][b], best[a][b + 1], matched)
    kept = [False] * len(page.lines)
    a = b = 0
    while a < len(labelled) and b < len(rest):
        line = page.lines[labelled[a]]
        if rest[b] == line and best[a][b] == best[a + 1][b + 1] + weight[a]:
            kept[labelled[a]] = True
            a, b = a + 1, b + 1
        elif best[a][b] == best[a + 1][b]:
            a += 1
        else:
            b += 1
    return kept
