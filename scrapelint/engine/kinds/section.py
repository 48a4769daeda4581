"""`kind: section` — a short heading ("Most Read", "Related", "Lesen Sie auch") and its list.

Sidebars are written out as a heading followed by a run of headline-like items: list items of any
length, or short lines that do not end a sentence. The section ends at the first line that is
neither, so an article paragraph after a "Related" box is never taken along. A heading with fewer
than `min-items` items under it is left alone: "Related" on its own may be a word in a headline.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.engine.kinds.base import RuleKind, matcher
from scrapelint.engine.phrases import PhraseMatcher
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.locate.context import Context
from scrapelint.text.document import Document, Line
from scrapelint.text.findings import Finding

# A line ending like this closes a sentence; headlines in a list rarely do.
SENTENCE_END = (".", "!", ";", ":", "。")
# Running text: a line this long that ends a sentence is a paragraph, never a list item.
PARAGRAPH_MIN_WORDS = 12


class SectionRule(RuleKind):
    KIND = "section"

    def __init__(
        self,
        meta: RuleMeta,
        message: str,
        where: str,
        *,
        headings: PhraseMatcher,
        heading_max_words: int,
        item_max_words: int,
        min_items: int,
    ) -> None:
        super().__init__(meta, message, where)
        self.headings = headings
        self.heading_max_words = heading_max_words
        self.item_max_words = item_max_words
        self.min_items = min_items

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {
            "headings": matcher(spec, "headings", "heading-match", "start"),
            "heading_max_words": spec.take("heading-max-words", int, 5),
            "item_max_words": spec.take("item-max-words", int, 16),
            "min_items": spec.take("min-items", int, 2),
        }

    @property
    def key_words(self) -> frozenset[str]:
        """The words a line must hold one of to match (see `Context.lines_with_words`)."""
        return self.headings.key_words

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        normalized = ctx.normalized
        resume = 0  # lines before this were taken by the last section
        for index in ctx.lines_with_words(self.headings.key_words, self.heading_max_words):
            if index < resume:
                continue
            if self.headings.match(normalized[index]) is None:
                continue
            end, items = self._items(doc, index + 1)
            if items >= self.min_items and ctx.is_at(index, self.where):
                yield self.meta.finding(index, end, f"{self.message} ({items} items)")
                resume = end

    def _items(self, doc: Document, start: int) -> tuple[int, int]:
        """End and size of the item run from `start` (blank lines between items allowed)."""
        end, items, index = start, 0, start
        while index < len(doc.lines):
            line = doc.lines[index]
            if line.is_blank:
                index += 1
                continue
            if not self._is_item(line) or self._heads_prose(doc, line):
                break
            items += 1
            index += 1
            end = index
        return end, items

    def _heads_prose(self, doc: Document, line: Line) -> bool:
        """An unmarked short line right above a paragraph is that paragraph's headline, not one
        more item of the list: sidebar items are followed by items, not by running text."""
        if line.list_marker is not None:
            return False
        following = next((n for n in doc.lines[line.index + 1 :] if not n.is_blank), None)
        return following is not None and _is_paragraph(following)

    def _is_item(self, line: Line) -> bool:
        if line.list_marker is not None:
            return True
        content = line.content
        return len(content.split()) <= self.item_max_words and not content.endswith(SENTENCE_END)


def _is_paragraph(line: Line) -> bool:
    content = line.content
    return len(content.split()) >= PARAGRAPH_MIN_WORDS and content.endswith(SENTENCE_END)
