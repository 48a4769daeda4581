"""`kind: pattern` — a line whose text matches a regular expression (compiled once, at load).

For shapes no phrase list can enumerate: "1 / 23", "Image 1 of 23", "© 2019 Hearst ...".
The pattern sees the line without indentation, and in Markdown without a heading's hashes or the
bold marks around a whole line; `max-words` bounds the line as for phrases, and
`min-words: 0` lets a line without a word be matched (a pop-up's close button, "×"): only a rule
with `requires` reads such lines, found by their literals.

With `min-run`, only a run of that many consecutive matching lines counts, as one finding: one
`|`-prefixed line could be a table; eight in a row, alternating title and author, are an opinion
column list.

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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import (
    Literals,
    OptionError,
    Regex,
    compile_option,
    global_flags,
    option,
)
from scrapelint.locate.context import Context
from scrapelint.text.document import HEADING_RE, Document
from scrapelint.text.findings import Finding
from scrapelint.text.lazy_pattern import lazy

# What `str.lower` leaves apart that an IGNORECASE regex takes as one letter: dotless i and long s
# match "i" and "s", the old Cyrillic letter forms (U+1C80-U+1C88) match "в", "д", "о", "с", "т",
# "ъ", "ѣ" and "ꙋ", Greek letters' variant forms and final sigma match their plain letters ("ϖ" is
# "π", "ς" is "σ"), and "İ" lowers to "i" plus a combining dot that the regex never sees. Folding
# them (and dropping the dot) can only let more lines through the `requires` filter, never fewer.
_GREEK_VARIANTS = dict(
    zip(
        "\u03d0\u03f5\u03d1\u0345\u1fbe\u03f0\u00b5\u03d6\u03f1\u03c2\u03d5",
        "βεθιικμπρσφ",
        strict=True,
    )
)
_FOLD_EXTRA = str.maketrans(
    {
        "ı": "i",
        "ſ": "s",
        "\u0307": None,
        **dict(zip("ᲀᲁᲂᲃᲄᲅᲆᲇᲈ", "вдосттъѣꙋ", strict=True)),
        **_GREEK_VARIANTS,  # Greek letters' variant forms and final sigma ("περισσότερα")
    }
)
_FOLD_NEEDED = lazy("[ıſ\u0307\u1c80-\u1c88" + "".join(_GREEK_VARIANTS) + "]")


def fold_case(text: str) -> str:
    """`text` in lower case, in which an IGNORECASE match of a lower-case literal is a substring."""
    lowered = text.lower()
    # translate() with a table is slow; the letters it fixes are rare even in non-ASCII text.
    if lowered.isascii() or _FOLD_NEEDED.search(lowered) is None:
        return lowered
    return lowered.translate(_FOLD_EXTRA)


# How a Markdown heading or a line set in bold opens.
_MARKUP_STARTS = ("#", "**", "__")
_MARKUP_MARKS = frozenset("#*_")


def without_heading_markup(text: str) -> str:
    """A stripped line as its pattern reads it: a Markdown heading without its hashes ("##
    Comments (23)"), a line set in bold without the marks around it ("**Comments (23)**")."""
    heading = HEADING_RE.match(text) if text[:1] == "#" else None
    if heading:
        text = text[heading.end() :]
    for mark in ("**", "__"):
        if len(text) > 2 * len(mark) and text.startswith(mark) and text.endswith(mark):
            return text[len(mark) : -len(mark)].strip()
    return text


@dataclass(frozen=True, eq=False, kw_only=True)
class GatedPatternKind(LineKind):
    """A regular expression and the literals that gate it (`requires`): what `kind: pattern` and
    `kind: inline` share. The literals are in lower case when the pattern ignores case."""

    source: Regex = option(key="pattern", doc="the regular expression")
    ignore_case: bool = option(True, doc="whether the pattern ignores case")
    # A tuple: the memo of `Context.lines_holding` is keyed by it.
    requires: Literals = option(
        Literals(()),
        doc="literals of which every match holds one; lines without any are not searched",
    )

    def __post_init__(self) -> None:
        if self.folds and any(literal != fold_case(literal) for literal in self.requires):
            raise OptionError("requires", "the pattern ignores case: write them in lower case")

    @cached_property
    def pattern(self) -> re.Pattern:
        flags = re.IGNORECASE if self.ignore_case else 0
        return compile_option(self.source, flags, self.meta.source_name, "pattern")

    @cached_property
    def folds(self) -> bool:
        """Whether the pattern ignores case, by the option or by a global inline `(?i)`: read
        from the source, since a built-in pack's pattern is compiled only when first used."""
        return self.ignore_case or "i" in global_flags(self.source)

    @cached_property
    def _fold(self) -> Callable[[str], str]:
        return fold_case if self.folds else str

    @property
    def gates(self) -> tuple[tuple[Callable[[str], str], tuple[str, ...]], ...]:
        return ((self._fold, self.requires),) if self.requires else ()


@dataclass(frozen=True, eq=False, kw_only=True)
class PatternRule(GatedPatternKind):
    KIND = "pattern"

    source: Regex = option(key="pattern", doc="what the line, without indentation, matches")
    max_words: int = option(12, doc="a longer line is left alone")
    min_words: int = option(
        1,
        doc="a line of fewer words is left alone (0, with `requires`: a line of marks alone, such"
        " as a glyph; never a blank line)",
    )
    min_run: int = option(1, doc="the fewest consecutive matching lines that make a finding")

    @cached_property
    def _search(self) -> Callable[[str], object]:
        """One bound method per rule: the memo finds the test by identity."""
        return self._matches if self.requires else self.pattern.search

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
        if self.min_run > 1:
            yield from self._runs(ctx)
            return
        for index in self._matching(ctx):
            if ctx.is_at(index, self.where):
                yield self.meta.finding(index, index + 1, self.message)

    def _matching(self, ctx: Context) -> Iterator[int]:
        """The lines, in order, that the pattern matches."""
        counts, texts = ctx.word_counts, ctx.stripped
        known = ctx.memo.results(self._search)  # `ctx.memo.test`, looked up in place
        for index in self._candidates(ctx):
            if not self.min_words <= counts[index] <= self.max_words or not texts[index]:
                continue
            text = texts[index]
            # A list item's "* " opens no heading or bold line: most lines need no more test.
            if text[0] in _MARKUP_MARKS and text.startswith(_MARKUP_STARTS):
                text = without_heading_markup(text)
            found = known.get(text)
            if found is None:
                found = known[text] = bool(self._search(text))
            if found:
                yield index

    def _runs(self, ctx: Context) -> Iterator[Finding]:
        """A finding for each run of at least `min_run` matching lines, with nothing between."""
        run: list[int] = []
        for index in [*self._matching(ctx), -1]:  # -1: no line, it ends the last run
            if run and index == run[-1] + 1:
                run.append(index)
                continue
            if len(run) >= self.min_run and ctx.is_at(run[0], self.where):
                yield self.meta.finding(run[0], run[-1] + 1, f"{self.message} ({len(run)} lines)")
            run = [index]
