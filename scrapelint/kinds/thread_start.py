"""`kind: thread-start` — the line that opens a reader-comment section, and everything after it.

Comment widgets open with a heading ("10 thoughts on “Title”", "34 responses to ...", "Leave a
Reply") or go straight into comment headers ("Jane on May 3, 2019 at 4:47 pm said:", "jane99
says:" over a timestamp). Nothing but more comments and page furniture follows a thread, so the
first such line after the start of the article body takes the rest of the text with it. A line
in the head (a menu item "Comments") never counts, nor does one with more than `max-words` words.

A line opens the thread when it matches `pattern` (on the stripped line) or one of `phrases`
(on its normal form, whole line); when `next-pattern` is given, the next non-blank line must
match it as well -- a "says:" header is only a header above a timestamp.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.context import Context, LineMemo
from scrapelint.document import Document
from scrapelint.findings import Finding
from scrapelint.kinds.base import RuleKind, phrase_list, regex
from scrapelint.phrases import PhraseMatcher
from scrapelint.rule import RuleMeta
from scrapelint.spec import Spec


def _optional_regex(spec: Spec, key: str) -> re.Pattern | None:
    source = spec.take(key, str, None)
    return None if source is None else regex(spec, key, source, re.IGNORECASE)


class ThreadStartRule(RuleKind):
    KIND = "thread-start"

    def __init__(
        self,
        meta: RuleMeta,
        message: str,
        where: str,
        *,
        pattern: re.Pattern | None,
        phrases: PhraseMatcher,
        next_pattern: re.Pattern | None,
        max_words: int,
    ) -> None:
        super().__init__(meta, message, where)
        self.pattern = pattern
        self.phrases = phrases
        self.next_pattern = next_pattern
        self.max_words = max_words
        # One bound method per rule: the memo finds the test by it.
        self._search = pattern.search if pattern is not None else None

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {
            "pattern": _optional_regex(spec, "pattern"),
            "phrases": PhraseMatcher(phrase_list(spec, "phrases", []), "line"),
            "next_pattern": _optional_regex(spec, "next-pattern"),
            "max_words": spec.take("max-words", int, 16),
        }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for index in ctx.short_lines(self.max_words):
            if index <= ctx.article.start:
                continue
            line = doc.lines[index]
            if not self._opens(ctx.memo.content(line), ctx.normalized[index], ctx.memo):
                continue
            if self.next_pattern is not None and not self._next_matches(doc, index):
                continue
            if not ctx.is_at(index, self.where):
                continue
            last = max(line.index for line in doc.lines if not line.is_blank)
            yield self.meta.finding(index, last + 1, f"{self.message}: “{line.content}”")
            return

    def _opens(self, content: str, normalized: str, memo: LineMemo) -> bool:
        if self._search is not None and memo.test(self._search, content):
            return True
        return self.phrases.match(normalized) is not None

    def _next_matches(self, doc: Document, index: int) -> bool:
        following = next((line for line in doc.lines[index + 1 :] if not line.is_blank), None)
        return following is not None and bool(self.next_pattern.search(following.content))
