"""`kind: thread-start` — the line that opens a reader-comment section, and everything after it.

Comment widgets open with a heading ("10 thoughts on “Title”", "34 responses to ...", "Leave a
Reply") or go straight into comment headers ("Jane on May 3, 2019 at 4:47 pm said:", "jane99
says:" over a timestamp). Nothing but more comments and page furniture follows a thread, so the
first such line after the start of the article body takes the rest of the text with it. A line
in the head (a menu item "Comments") never counts, nor does one with more than `max-words` words.

A line opens the thread when it matches `pattern` (on the stripped line) or one of `phrases`
(on its normal form, whole line); when `next-pattern` is given, the next non-blank line must
match it as well -- a "says:" header is only a header above a timestamp. With `min-openers`, the
thread starts at the first of that many such lines: a shape an article can hold once (a quoted
tweet's "Jane Roe on May 3, 2019 at 4:47 pm wrote:") is a thread only when it repeats; with
`window` as well, the openers must stand close together, with no longer line between them and
each text counted once: a site's footer is a cluster of its links ("About Us", "Privacy Policy"),
where one of them alone, or a heading of the article over its paragraph, may be a word in it.
With `max-copies`, a line said more often than that in the document opens nothing: a section has
one heading, and a label said over and over ("Comments" in the share bar of each part) is a link.
`buttons` are phrases that are a button's label as often as a heading ("Leave a comment" in the
middle of a newsletter's post): such a line opens the thread only when no other opener stands
below it, and goes alone when one does; inside the located article with more of its prose after
it than before (a share bar's "Yorum yap" under the lede), it is only reported, and a thread may
still open further down.
`requires`, as for `kind: pattern`, lists literals (lower case) of which every match of `pattern`
holds one: the pattern is tried only on the lines that hold one (found for all the rules by one
scan of the text), the phrases on every short line as before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

from scrapelint.engine.guard import outweighed_from
from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.kinds.pattern import fold_case
from scrapelint.engine.options import (
    Literals,
    OptionError,
    Phrases,
    Regex,
    compile_option,
    option,
)
from scrapelint.engine.phrases import PhraseMatcher
from scrapelint.locate.context import Context
from scrapelint.text.confidence import EDGE, PHRASE
from scrapelint.text.document import HEADING_RE, Document, line_content
from scrapelint.text.findings import Finding

# The pattern reads a line without its link targets, which can join two pieces of text into a
# literal the line itself does not hold ("[com](/c)ments"): a line with a link is always tried.
_LINKED = ("](",)


def _holds(ordered: list[int], value: int) -> bool:
    """Whether the ascending list holds `value`."""
    at = bisect_left(ordered, value)
    return at < len(ordered) and ordered[at] == value


def _in_the_story(doc: Document, ctx: Context, index: int) -> bool:
    """Whether a button's label stands inside the article the locator found, with more of its
    prose under it than over it: a share bar's "Yorum yap" under the lede, where a thread's
    opener closes the story. A thread the body took in counts as its prose: the label is then
    only reported, the thread kept."""
    article = ctx.article
    inside = article.start <= index < article.end
    return inside and outweighed_from(doc, index, article.start, article.end)


def _compiled(source: str | None, rule: str, key: str) -> re.Pattern | None:
    return None if source is None else compile_option(source, re.IGNORECASE, rule, key)


@dataclass(frozen=True, eq=False, kw_only=True)
class ThreadStartRule(LineKind):
    KIND = "thread-start"

    source: Regex | None = option(
        None, key="pattern", doc="what an opening line, stripped, matches (case ignored)"
    )
    phrase_list: Phrases = option(Phrases(()), key="phrases", doc="whole lines that open it")
    next_source: Regex | None = option(
        None, key="next-pattern", doc="what the next non-blank line must match as well"
    )
    max_words: int = option(16, doc="a longer line opens nothing")
    closes_story: bool = option(
        False,
        doc="what the opener takes closes the story, so is shorter than it: with more prose"
        " after the opener than before it, the finding is only reported",
    )
    min_openers: int = option(1, doc="the thread starts at the first of this many openers")
    window: int | None = option(
        None,
        doc="with min-openers, the openers must stand within this many non-blank lines, with no"
        " line longer than max-words between them, each text counted once",
    )
    max_copies: int | None = option(
        None, doc="a line said more often than this in the document opens nothing"
    )
    requires: Literals = option(
        Literals(()),
        doc="literals (lower case) of which every match of the pattern holds one",
    )
    buttons: Phrases = option(
        Phrases(()),
        doc="phrases that open the thread only when no other opener stands below them: a"
        " button's label",
    )
    headings_only: bool = option(
        False,
        doc="only a Markdown heading opens it (`## ...`): the same words in a link or a line of"
        " text are a button's",
    )

    def __post_init__(self) -> None:
        if any(literal != fold_case(literal) for literal in self.requires):
            raise OptionError("requires", "the pattern ignores case: write them in lower case")

    @property
    def gates(self) -> tuple[tuple[Callable[[str], str], tuple[str, ...]], ...]:
        if not self.requires or self.source is None:
            return ()
        return ((fold_case, self._gate),)

    @cached_property
    def _gate(self) -> tuple[str, ...]:
        """The required literals, and the mark of a link (the memo is keyed by the tuple)."""
        return (*self.requires, *_LINKED)

    @cached_property
    def pattern(self) -> re.Pattern | None:
        return _compiled(self.source, self.meta.source_name, "pattern")

    @cached_property
    def next_pattern(self) -> re.Pattern | None:
        return _compiled(self.next_source, self.meta.source_name, "next-pattern")

    @cached_property
    def phrases(self) -> PhraseMatcher:
        return PhraseMatcher(list(self.phrase_list), "line")

    @cached_property
    def button_labels(self) -> frozenset[str]:
        """The buttons' labels in the normal form lines are matched in."""
        return PhraseMatcher(list(self.buttons), "line").phrases

    @cached_property
    def _opens(self) -> Callable[[str, str], bool]:
        """One bound method per rule: the memo finds the test by it."""
        return self.opens

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        short = ctx.short_lines(self.max_words)
        texts, normalized = doc.texts, ctx.normalized
        known = ctx.memo.results(self._opens)  # whether a line's text opens it, by the text
        gated = self._gated(ctx)
        # Only lines past the start of the article count; the short lines are in order.
        openers: list[int] = []
        candidates = list(self._candidates(short, ctx.article.start, gated))
        heading_at: int | None = None  # the last opener that is no button's, found on first need
        for rank, index in enumerate(candidates):
            if normalized[index] in self.button_labels:
                if heading_at is None:
                    heading_at = self._last_heading(doc, ctx, candidates)
                label = doc.lines[index].content
                if heading_at > rank:
                    # A button: it goes alone, and the thread opens under its heading below.
                    message = f"{self.message}: “{label}” (a button)"
                    yield self.meta.finding(index, index + 1, message)
                    continue
                if _in_the_story(doc, ctx, index):
                    # A button: reported, and a thread may still open further down.
                    message = f"{self.message}: “{label}” (a button inside the article)"
                    yield self.meta.finding(index, index + 1, message, confidence=EDGE)
                    continue
            if gated is not None and index not in gated:
                if self.phrases.match(normalized[index]) is None or not self._may_open(
                    texts[index]
                ):
                    continue
            else:
                text = texts[index]
                found = known.get(text)
                if found is None:
                    found = known[text] = self.opens(text, normalized[index])
                if not found:
                    continue
            if self.next_pattern is not None and not self._next_matches(doc, index):
                continue
            if not ctx.is_at(index, self.where):
                continue
            if (
                self.max_copies is not None
                and normalized.count(normalized[index]) > self.max_copies
            ):
                continue
            openers.append(index)
            if self.window is not None:
                openers = self._near(ctx, openers)
            if len(openers) == self.min_openers:
                first = openers[0]
                last = max(line.index for line in doc.lines if not line.is_blank)
                line = doc.lines[first]
                level = EDGE if self.closes_story and outweighed_from(doc, first) else PHRASE
                message = f"{self.message}: “{line.content}”"
                yield self.meta.finding(first, last + 1, message, confidence=level)
                return

    def _last_heading(self, doc: Document, ctx: Context, candidates: list[int]) -> int:
        """The rank among `candidates` of the last line that opens the thread by a phrase that
        is no button's or by the pattern (-1 when none does): Substack's "Leave a comment" button
        stands inside the post, its thread opens under "Discussion about this post"."""
        normalized, texts = ctx.normalized, doc.texts
        for rank in range(len(candidates) - 1, -1, -1):
            i = candidates[rank]
            if normalized[i] not in self.button_labels and self.opens(texts[i], normalized[i]):
                return rank
        return -1

    def _candidates(self, short: list[int], start: int, gated: set[int] | None) -> Iterable[int]:
        """The short lines past the start of the article, in order, that may open the thread.

        A line outside the gate opens it only by a phrase: for a rule without phrases, as most
        gated rules are, the gate's few lines are all there is to try, not every short line.
        """
        if gated is None or self.phrase_list:
            return islice(short, bisect_right(short, start), None)
        return [i for i in sorted(gated) if i > start and _holds(short, i)]

    def _gated(self, ctx: Context) -> set[int] | None:
        """The lines the pattern may match (those holding a required literal), or None when every
        line may."""
        if not self.requires or self.source is None:
            return None
        return set(ctx.lines_holding(self._gate, fold_case))

    def _near(self, ctx: Context, openers: list[int]) -> list[int]:
        """The openers that stand with the last one in a cluster: within `window` non-blank lines
        of it, no line longer than `max-words` between (a paragraph under a heading of the
        article), each text once (the last line said again replaces the first)."""
        rank, counts, last = ctx.non_blank_rank, ctx.word_counts, openers[-1]
        normalized = ctx.normalized
        kept = []
        for index in openers:
            if rank[last] - rank[index] >= (self.window or 0):
                continue
            if any(count > self.max_words for count in counts[index:last]):
                continue
            if index == last or normalized[index] != normalized[last]:
                kept.append(index)
        return kept

    def opens(self, text: str, normalized: str) -> bool:
        """Whether a line holding `text` (`normalized` in the normal form) opens the thread:
        what it says, not where it stands. The phrases first: a set lookup, not a search."""
        if not self._may_open(text):
            return False
        if self.phrases.match(normalized) is not None:
            return True
        return self.pattern is not None and bool(self.pattern.search(line_content(text)))

    def _may_open(self, text: str) -> bool:
        """Whether the line's form lets it open: with `headings-only`, a Markdown heading."""
        return not self.headings_only or HEADING_RE.match(text) is not None

    def _next_matches(self, doc: Document, index: int) -> bool:
        following = next((line for line in doc.lines[index + 1 :] if not line.is_blank), None)
        pattern = self.next_pattern
        return (
            following is not None
            and pattern is not None
            and bool(pattern.search(following.content))
        )
