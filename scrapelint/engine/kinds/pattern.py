"""`kind: pattern` — a line whose text matches a regular expression (compiled once, at load).

For shapes no phrase list can enumerate: "1 / 23", "Image 1 of 23", "© 2019 Hearst ...".
The pattern sees the line without indentation; `max-words` bounds the line as for phrases.

`requires` (optional) lists literal strings of which every match of the pattern must contain at
least one, such as the words of each alternative. A line holding none of them is passed over
without running the regex: a pattern with no literal prefix is otherwise tried at every position
of every line. The strings are written in lower case when the pattern ignores case. They only
make the rule faster: a `requires` list that misses an alternative makes the rule miss lines.
With them, the rule finds its candidate lines by searching the whole text for each literal.

```yaml
pattern: '(?:read more|continue reading) *$'
requires: [read more, continue reading]
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from scrapelint.engine.kinds.base import RuleKind, regex
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding

# What `str.lower` leaves apart that an IGNORECASE regex takes as one letter: dotless i and long s
# match "i" and "s", and "İ" lowers to "i" plus a combining dot that the regex never sees. Folding
# them (and dropping the dot) can only let more lines through the `requires` filter, never fewer.
_FOLD_EXTRA = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def fold_case(text: str) -> str:
    """`text` in lower case, in which an IGNORECASE match of a lower-case literal is a substring."""
    lowered = text.lower()
    # translate() with a table is slow; the letters it fixes are rare even in non-ASCII text.
    if lowered.isascii() or not ("ı" in lowered or "ſ" in lowered or "\u0307" in lowered):
        return lowered
    return lowered.translate(_FOLD_EXTRA)


class PatternRule(RuleKind):
    KIND = "pattern"

    def __init__(
        self,
        meta: RuleMeta,
        message: str,
        where: str,
        *,
        pattern: re.Pattern,
        max_words: int,
        requires: Sequence[str] = (),
    ) -> None:
        super().__init__(meta, message, where)
        self.pattern = pattern
        self.max_words = max_words
        self.requires = tuple(requires)
        self._fold = fold_case if pattern.flags & re.IGNORECASE else str
        # One bound method per rule: the memo finds the test by identity.
        self._search = self._matches if self.requires else pattern.search

    @classmethod
    def options(cls, spec: Spec) -> dict:
        source = spec.take("pattern", str)
        flags = re.IGNORECASE if spec.take("ignore-case", bool, True) else 0
        pattern = regex(spec, "pattern", source, flags)
        requires = spec.take("requires", list, [])
        if not all(isinstance(literal, str) and literal for literal in requires):
            raise spec.error("requires", "expected a list of non-empty strings")
        # Flags of the compiled pattern, so that an inline (?i) counts too.
        folded = pattern.flags & re.IGNORECASE
        if folded and any(literal != fold_case(literal) for literal in requires):
            raise spec.error("requires", "the pattern ignores case: write them in lower case")
        return {
            "pattern": pattern,
            "max_words": spec.take("max-words", int, 12),
            "requires": requires,
        }

    def _candidates(self, ctx: Context) -> list[int]:
        """The lines worth a test: those that hold a required literal, else the short lines."""
        if self.requires:
            return ctx.lines_holding(self.requires, self._fold)
        return ctx.short_lines(self.max_words)

    def _matches(self, text: str) -> re.Match | None:
        """`pattern.search(text)`, skipped when `text` holds none of the required literals."""
        folded = self._fold(text)
        if not any(literal in folded for literal in self.requires):
            return None
        return self.pattern.search(text)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        counts, texts = ctx.word_counts, ctx.stripped
        known = ctx.memo.results(self._search)  # `ctx.memo.test`, looked up in place
        for index in self._candidates(ctx):
            if not 0 < counts[index] <= self.max_words:
                continue
            text = texts[index]
            found = known.get(text)
            if found is None:
                found = known[text] = bool(self._search(text))
            if found and ctx.is_at(index, self.where):
                yield self.meta.finding(index, index + 1, self.message)
