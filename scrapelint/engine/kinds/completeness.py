"""`kind: completeness` — whether the document holds all of its text, judged once it is fixed.

A text that lost characters in decoding, or was cut off by a paywall or a scraper, is not junk to
remove: it is an incomplete document, reported once, for the corpus builder to drop or re-fetch.

- `replacement-characters`: the original text holds at least `min-count` U+FFFD (bytes the
  decoder could not read); the finding counts them.
- `truncated`: the cleaned text's last line is prose that stops mid-sentence (at least
  `min-words` words and no sentence-final mark) or trails off with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar

from scrapelint.engine.kinds.facts_base import Check, FactRule
from scrapelint.engine.options import option
from scrapelint.engine.suppression import MARKER_RE
from scrapelint.facts.document_facts import Facts
from scrapelint.text.document import Document, line_content
from scrapelint.text.findings import Finding
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import ELLIPSIS_END_RE, line_reading
from scrapelint.text.pieces import pieces
from scrapelint.text.words import FUNCTION_WORDS

REPLACEMENT_CHARACTER = "\ufffd"
# A line whose end is a word, a comma or a colon, looking past closing quotes and brackets.
OPEN_END_RE = lazy(r"[\w,;:\-–]\W{0,2}$")
# Prose has function words; a credit ("Reporting by A and B"), a heading or a list item has few.
_MIN_FUNCTION_SHARE = 0.2


@dataclass(frozen=True, eq=False, kw_only=True)
class CompletenessRule(FactRule):
    KIND = "completeness"

    min_count: int = option(1, doc="the fewest U+FFFD that make a finding")
    min_words: int = option(8, doc="a shorter last line is not judged to stop mid-sentence")

    def _replacement_characters(self, facts: Facts) -> Iterator[Finding]:
        count = facts.original.text.count(REPLACEMENT_CHARACTER)
        if count >= self.min_count:
            first = next(
                line.index for line in facts.original.lines if REPLACEMENT_CHARACTER in line.text
            )
            yield self.report(first, f"{self.message}: {count} U+FFFD in the document")

    def _truncated(self, facts: Facts) -> Iterator[Finding]:
        last = _last_text(facts.cleaned)
        # A `scrapelint: ignore` marker ends its line but is not the text's last word.
        if last is None or not self._cut_off(MARKER_RE.sub("", line_content(last)).strip()):
            return
        yield self.report(_original_line(facts.original, last), self.message)

    def _cut_off(self, content: str) -> bool:
        if ELLIPSIS_END_RE.search(content):
            return True
        features = line_reading(content).features
        if features.words < self.min_words or features.ends_sentence or features.list_item:
            return False
        return _prose(content) and bool(OPEN_END_RE.search(content))

    CHECKS: ClassVar[Mapping[str, Check]] = {
        "replacement-characters": _replacement_characters,
        "truncated": _truncated,
    }
    check_name: str = option(
        "truncated", key="check", choices=frozenset(CHECKS), doc="which completeness check"
    )


def _prose(content: str) -> bool:
    """Whether a share of `_MIN_FUNCTION_SHARE` of the words or more are function words; a long
    line's words are read a piece at a time (a page on one line has millions)."""
    words = function = 0
    for piece in pieces(content):
        found = piece.lower().split()
        words += len(found)
        function += sum(word in FUNCTION_WORDS for word in found)
    return function >= _MIN_FUNCTION_SHARE * words


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
