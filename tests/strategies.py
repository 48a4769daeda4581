"""Shared hypothesis strategies: news articles built from real prose.

The sentences and headlines are real article text (see the header of each file in `tests/data/`),
so a property that says "prose comes through untouched" is tested on prose a corpus really holds,
not on lorem ipsum. An article is generated as a list of blocks (title, paragraphs, a bullet list),
and rendered with one line ending and an optional final newline; tests that inject junk work on the
blocks and render the result themselves.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, replace
from pathlib import Path

from hypothesis import strategies as st

DATA = Path(__file__).resolve().parent / "data"
ENDINGS = ("\n", "\r\n")
# Markers a scraped bullet list of article content is written with; "1." numbers the items.
BULLETS = ("- ", "* ", "• ", "1.")


def _read_tagged(name: str) -> dict[str, tuple[str, ...]]:
    """`language<TAB>text` lines grouped by language; `#` lines are comments."""
    groups: dict[str, list[str]] = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, text = line.split("\t", 1)
        groups.setdefault(language, []).append(text)
    return {language: tuple(texts) for language, texts in groups.items()}


SENTENCES = _read_tagged("prose_sentences.txt")
HEADLINES = _read_tagged("headlines.txt")
LANGUAGES = tuple(sorted(SENTENCES))


@dataclass(frozen=True)
class Article:
    """An article as blocks of lines (no endings); blocks are separated by one blank line."""

    blocks: tuple[tuple[str, ...], ...]
    ending: str = "\n"
    final_newline: bool = True
    language: str = "en"
    titled: bool = False  # the first block is a headline

    @property
    def text(self) -> str:
        return render(self.blocks, self.ending, self.final_newline)

    def with_blocks(self, blocks: tuple[tuple[str, ...], ...]) -> Article:
        return replace(self, blocks=blocks)


def render(blocks: tuple[tuple[str, ...], ...], ending: str = "\n", final: bool = True) -> str:
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block)
    text = ending.join(lines)
    return text + ending if final and text else text


def languages() -> st.SearchStrategy[str]:
    """Mostly English, as the corpus is; sometimes one of the others."""
    others = [language for language in LANGUAGES if language != "en"]
    return st.one_of(st.just("en"), st.just("en"), st.sampled_from(others))


@st.composite
def paragraph_sizes(draw, pool: int, min_paragraphs: int, max_paragraphs: int) -> list[int]:
    """How many sentences each paragraph takes (1-4), never more in all than the pool holds."""
    sizes: list[int] = []
    target = draw(st.integers(min_paragraphs, max_paragraphs))
    while len(sizes) < target and sum(sizes) < pool:
        sizes.append(min(draw(st.integers(1, 4)), pool - sum(sizes)))
    return sizes


@st.composite
def paragraphs(draw, language: str = "en", min_size: int = 1, max_size: int = 4) -> str:
    """One paragraph: 1-4 different sentences of one language, joined by spaces."""
    pool = SENTENCES[language]
    count = draw(st.integers(min_size, min(max_size, len(pool))))
    return " ".join(
        draw(st.lists(st.sampled_from(pool), min_size=count, max_size=count, unique=True))
    )


@st.composite
def articles(
    draw,
    language: str | None = None,
    min_paragraphs: int = 3,
    max_paragraphs: int = 12,
    title: bool | None = None,
    bullets: bool | None = None,
    endings: tuple[str, ...] = ENDINGS,
) -> Article:
    """A junk-free article: optional headline, 3-12 paragraphs, maybe a bullet list of content.

    No sentence appears twice (a repeated sentence is a duplicate a rule may rightly remove), and
    the list items are sentences too, as in a "key points" list.
    """
    language = language or draw(languages())
    pool = SENTENCES[language]
    sizes = draw(paragraph_sizes(len(pool), min_paragraphs, max_paragraphs))
    has_list = draw(st.booleans()) if bullets is None else bullets
    items = draw(st.integers(2, 4)) if has_list else 0
    order = draw(st.permutations(pool))
    sentences = iter(order[: sum(sizes) + items])
    blocks = [(" ".join(next(sentences) for _ in range(size)),) for size in sizes]
    if items and len(order) >= sum(sizes) + items:
        marker = draw(st.sampled_from(BULLETS))
        listed = tuple(
            (f"{n}. " if marker == "1." else marker) + next(sentences) for n in range(1, items + 1)
        )
        # A list stands inside the body: after the lead paragraph, before the last one.
        position = draw(st.integers(1, max(1, len(blocks) - 1)))
        blocks.insert(position, listed)
    titled = (draw(st.booleans()) if title is None else title) and language in HEADLINES
    if titled:
        blocks.insert(0, (draw(st.sampled_from(HEADLINES[language])),))
    return Article(
        blocks=tuple(blocks),
        ending=draw(st.sampled_from(endings)),
        final_newline=draw(st.booleans()),
        language=language,
        titled=titled,
    )


# --- junk, from the rules' own documented examples ---------------------------------------------


def junk_groups(text: str, fixed: str) -> tuple[tuple[str, ...], ...]:
    """The lines of a fail example that its fixed text drops, as runs of consecutive lines.

    A run keeps the blank lines inside it (a heading, a blank, its list) but not at its ends. Lines
    are matched by their text, in order, so a line kept twice in `fixed` is kept twice here too.
    """
    kept = [line for line in fixed.splitlines() if line.strip()]
    groups: list[list[str]] = []
    run: list[str] = []
    pending_blanks: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            if run:
                pending_blanks.append(line)
            continue
        if kept and line == kept[0]:
            kept.pop(0)
            if run:
                groups.append(run)
            run, pending_blanks = [], []
            continue
        run.extend(pending_blanks)
        pending_blanks = []
        run.append(line)
    if run:
        groups.append(run)
    return tuple(tuple(group) for group in groups)


@st.composite
def hard_wrapped(draw, documents: st.SearchStrategy[str]) -> str:
    """A document of `documents` with every line longer than a width of 40-100 columns wrapped
    there, as a plain-text archive or a Markdown file is; each piece keeps its line's ending."""
    width = draw(st.integers(40, 100))
    pieces = []
    for line in draw(documents).splitlines(keepends=True):
        text = line.rstrip("\r\n")
        ending = line[len(text) :]
        wrapped = textwrap.wrap(text, width) if len(text) > width else [text]
        pieces.extend(piece + ending for piece in wrapped)
    return "".join(pieces)


@st.composite
def scraped_documents(draw, junk: tuple[tuple[str, ...], ...]) -> str:
    """An article with junk blocks mixed in anywhere, and untidy blank lines: engine fodder."""
    article = draw(articles())
    blocks = list(article.blocks)
    for _ in range(draw(st.integers(0, 4))):
        block = draw(
            st.one_of(
                st.sampled_from(junk),
                st.tuples(st.text(st.characters(codec="utf-8", exclude_characters="\r\n"))),
            )
        )
        blocks.insert(draw(st.integers(0, len(blocks))), block)
    separator = draw(st.sampled_from(["", " ", "\t", "  "]))
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.extend([separator] * draw(st.integers(1, 2)))
        lines.extend(block)
    if not draw(st.integers(0, 4)):
        # Now and then a file of mixed endings, old Mac CRs included: each line keeps its own.
        endings = draw(
            st.lists(
                st.sampled_from(("\n", "\r\n", "\r")),
                min_size=len(lines),
                max_size=len(lines),
            )
        )
        text = "".join(line + ending for line, ending in zip(lines, endings, strict=True))
        return text if article.final_newline else text.rstrip("\r\n")
    text = article.ending.join(lines)
    return text + article.ending if article.final_newline and text else text


# Menus, nested lists and comment threads: items over items, indented replies, blank runs.
LIST_LINES = st.sampled_from(
    [
        "• Barba_Papa", "  o jane99", "- Home", "    - Sport", "1. First", "   A reply, indented.",
        "    Another reply here.", "", " ", "Plain prose, a sentence.", "* [Link](http://x y)",
        "- Mr. Smith", "\tTabbed reply", "# Heading", "• a b c d e f",
    ]
)  # fmt: skip
