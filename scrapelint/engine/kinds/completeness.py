"""`kind: completeness` — whether the document holds all of its text, judged once it is fixed.

A text that lost characters in decoding, or was cut off by a paywall or a scraper, is not junk to
remove: it is an incomplete document, reported once, for the corpus builder to drop or re-fetch.

- `replacement-characters`: the original text holds at least `min-count` U+FFFD (bytes the
  decoder could not read); the finding counts them.
- `truncated`: the cleaned text's last line is prose that stops mid-sentence (at least
  `min-words` words and no sentence-final mark) or trails off with an ellipsis.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.engine.kinds.facts_base import FactRule
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.facts.document_facts import Facts
from scrapelint.text.document import Document, line_content
from scrapelint.text.findings import Finding
from scrapelint.text.prose import FUNCTION_WORDS, line_features

REPLACEMENT_CHARACTER = "\ufffd"
# The last line of a cut-off text: "… the minister said that the" or "Read the full story…".
ELLIPSIS_END_RE = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\W*$")
# A line whose end is a word, a comma or a colon, looking past closing quotes and brackets.
OPEN_END_RE = re.compile(r"[\w,;:\-–]\W{0,2}$")
# Prose has function words; a credit ("Reporting by A and B"), a heading or a list item has few.
_MIN_FUNCTION_SHARE = 0.2


class CompletenessRule(FactRule):
    KIND = "completeness"
    CHECKS = frozenset({"replacement-characters", "truncated"})

    def __init__(
        self,
        meta: RuleMeta,
        message: str,
        where: str,
        *,
        check: str,
        min_count: int,
        min_words: int,
    ) -> None:
        super().__init__(meta, message, where, check=check)
        self.min_count = min_count
        self.min_words = min_words

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {
            **super().options(spec),
            "min_count": spec.take("min-count", int, 1),
            "min_words": spec.take("min-words", int, 8),
        }

    def _replacement_characters(self, facts: Facts) -> Iterator[Finding]:
        count = facts.original.text.count(REPLACEMENT_CHARACTER)
        if count >= self.min_count:
            first = next(
                line.index for line in facts.original.lines if REPLACEMENT_CHARACTER in line.text
            )
            yield self.report(first, f"{self.message}: {count} U+FFFD in the document")

    def _truncated(self, facts: Facts) -> Iterator[Finding]:
        last = _last_text(facts.cleaned)
        if last is None or not self._cut_off(line_content(last)):
            return
        yield self.report(_original_line(facts.original, last), self.message)

    def _cut_off(self, content: str) -> bool:
        if ELLIPSIS_END_RE.search(content):
            return True
        features = line_features(content)
        if features.words < self.min_words or features.ends_sentence or features.list_item:
            return False
        words = content.lower().split()
        prose = sum(word in FUNCTION_WORDS for word in words) >= _MIN_FUNCTION_SHARE * len(words)
        return prose and bool(OPEN_END_RE.search(content))


def _last_text(doc: Document) -> str | None:
    for line in reversed(doc.lines):
        if not line.is_blank:
            return line.text
    return None


def _original_line(original: Document, text: str) -> int:
    """The last line of `original` that reads `text` (a repair may have changed it: then the
    last non-blank line)."""
    fallback = 0
    for line in reversed(original.lines):
        if line.text == text:
            return line.index
        if not fallback and not line.is_blank:
            fallback = line.index
    return fallback
