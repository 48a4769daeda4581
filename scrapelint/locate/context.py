"""Per-document analysis shared by all rules, computed once and only when a rule asks for it.

The article locator is the costly part, so it runs lazily: a run whose selected rules never ask
where the article is never pays for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from itertools import compress
from typing import TYPE_CHECKING

from scrapelint.locate.code_runs import program_lines
from scrapelint.locate.line_memo import LineMemo
from scrapelint.locate.numbered import numbered_runs
from scrapelint.locate.outside import EDGE_REACH
from scrapelint.text.document import Document
from scrapelint.text.pieces import word_set
from scrapelint.text.reasons import TITLE

if TYPE_CHECKING:
    from scrapelint.locate.article import ArticleMap

# Where a line stands relative to the article body; phrase rules can be limited to one of these.
HEAD, BODY, TAIL = "head", "body", "tail"
# Where the sections that close a page stand. Text extracted already was cut where the page's
# chrome began, so the locator finds no tail in it: there the closing part is anywhere after the
# article's first line (`EXTRACTED_CLOSING`); `CLOSING` is that or, in page text, the tail.
CLOSING, EXTRACTED_CLOSING = "closing", "extracted-closing"
# Outside the body or among its first or last `EDGE_REACH` non-blank lines, where the locator's
# own verdicts are only reported: a bar of buttons over the first paragraph or under the last.
EDGE_OR_OUTSIDE = "edge-or-outside"
# The text's last `LAST_REACH` non-blank lines, past the article's first line: where a box about
# the writer closes text extracted already (a biography, a link to their other posts, a button).
LAST, LAST_REACH = "last-lines", 5
PLACES = frozenset(
    {
        HEAD,
        BODY,
        TAIL,
        CLOSING,
        EXTRACTED_CLOSING,
        EDGE_OR_OUTSIDE,
        LAST,
        "outside-body",
        "anywhere",
    }
)


@lru_cache(maxsize=256)
def _within(words: frozenset[str], vocabulary: frozenset[str]) -> bool:
    """`words <= vocabulary`, asked by each rule on each pass with the same two sets."""
    return words <= vocabulary


@dataclass
class Context:
    """What the rules read from one version of a document.

    `vocabulary` holds the words rules will pass to `lines_with_words` (the engine gathers them
    from the rules' `key_words`); other words are answered too, only more slowly. `literals`
    holds, by fold, the literals rules will pass to `lines_holding` (from their `gates`): the
    text is searched once for all of them.
    """

    doc: Document
    memo: LineMemo = field(default_factory=LineMemo)
    vocabulary: frozenset[str] = frozenset()
    literals: Mapping[Callable[[str], str], frozenset[str]] = field(default_factory=dict)
    # Where the lines of code come from, when the caller reads them on the text before lines
    # were removed (a fix's later passes: a program that lost a line to a rule is still the same
    # program). Asked only if a rule needs them.
    programs: Callable[[], frozenset[int]] | None = None
    # Where the page's headline stands, read around the located body (the engine passes
    # `facts.page_meta.headline_line`): the article map judges that line the title.
    headline: Callable[[Sequence[str], tuple[int, int]], int | None] | None = None
    # Which lines shaped as a headline are none (the engine passes
    # `facts.headline_shape.is_headline_lookalike`): no title for the locator.
    lookalike: Callable[[str], bool] | None = None
    _short: dict[int, list[int]] = field(default_factory=dict, init=False, repr=False)
    # What rules work out once for this version of the text and share (the page head's weak
    # lines, asked by two rules of the article kind), by a name of the rule kind's own.
    shared: dict[str, object] = field(default_factory=dict, init=False, repr=False)

    @cached_property
    def normalized(self) -> tuple[str, ...]:
        """Each line in the normal form phrase rules match against."""
        return self.memo.normalized_all(self.doc.texts)

    @cached_property
    def stripped(self) -> tuple[str, ...]:
        """Each line's text without the spaces around it, the form pattern rules test."""
        return tuple(map(str.strip, self.doc.texts))

    @cached_property
    def word_counts(self) -> tuple[int, ...]:
        """Words in each line's normal form; 0 for a line without any."""
        # `word_count`, inline: a call per line costs more than the count itself.
        return tuple([line.count(" ") + 1 if line else 0 for line in self.normalized])

    @cached_property
    def word_sets(self) -> tuple[frozenset[str], ...]:
        """The words of each line's normal form, to test against a phrase rule's key words."""
        return tuple(map(word_set, self.normalized))

    @cached_property
    def word_index(self) -> dict[str, list[int]]:
        """Each word of `vocabulary` the normal forms hold, with the indices of its lines.

        Phrase rules ask which short lines hold one of their key words. Testing each line's word
        set for each rule walks sets in Python, line by line; intersecting each line's words with
        the vocabulary of all the rules runs in C, and leaves a few hits to file.
        """
        index: dict[str, list[int]] = {}
        among = self.memo.key_words(self.vocabulary)
        for number, line in enumerate(self.normalized):
            if line:
                for word in among(line):
                    index.setdefault(word, []).append(number)
        return index

    def lines_with_words(self, words: frozenset[str], max_words: int) -> list[int]:
        """Indices, in order, of the lines of 1 to `max_words` words that hold one of `words`:
        the short lines holding one of a phrase rule's key words."""
        if not _within(words, self.vocabulary):
            sets = self.word_sets
            return [i for i in self.short_lines(max_words) if not words.isdisjoint(sets[i])]
        # A document holds a few dozen words of the vocabulary; a rule may know hundreds.
        index = self.word_index
        found = [index[word] for word in index.keys() & words]
        if not found:
            return []
        lines = found[0] if len(found) == 1 else sorted(set().union(*found))
        counts = self.word_counts
        return [number for number in lines if counts[number] <= max_words]

    def short_lines(self, max_words: int) -> list[int]:
        """Indices of the lines of 1 to `max_words` words: all that most line rules look at.

        Rules share a handful of limits, so each list is built once per document.
        """
        found = self._short.get(max_words)
        if found is None:
            lines, counts = self._worded
            found = list(compress(lines, map(max_words.__ge__, counts)))  # a loop in C
            self._short[max_words] = found
        return found

    @cached_property
    def _worded(self) -> tuple[list[int], list[int]]:
        """The indices of the lines with words, and their word counts, for `short_lines`."""
        counts = self.word_counts
        lines = [index for index, count in enumerate(counts) if count]
        return lines, [counts[index] for index in lines]

    def lines_holding(self, literals: tuple[str, ...], fold: Callable[[str], str]) -> list[int]:
        """Indices, in order, of the lines whose text, folded by `fold`, holds one of `literals`
        (or, rarely, more lines). `fold` maps characters one by one and keeps line breaks."""
        texts, universe = self.doc.texts, self.literals.get(fold, frozenset())
        return self.memo.lines_holding(
            texts, literals, fold, lambda: self.memo.finder(texts, fold, universe)
        )

    @cached_property
    def numbered_runs(self) -> tuple[tuple[int, ...], ...]:
        """The numbered sequences of the text's lines (`numbered.numbered_runs`), read once for
        every box rule that asks where the article's steps go on (`numbered.resumed_heading`)."""
        return tuple(map(tuple, numbered_runs(self.doc.texts)))

    @cached_property
    def program_lines(self) -> frozenset[int]:
        """The lines of code: fenced blocks and runs of unfenced code that hold a program."""
        if self.programs is not None:
            return self.programs()
        return frozenset(program_lines(self.doc.texts))

    @cached_property
    def non_blank_rank(self) -> tuple[int, ...]:
        """For each line, how many non-blank lines stand before it."""
        ranks, seen = [], 0
        for line in self.doc.lines:
            ranks.append(seen)
            seen += not line.is_blank
        return tuple(ranks)

    @cached_property
    def lines_by_reason(self) -> dict[str, list[int]]:
        """The non-blank lines the article locator judged junk, by reason, in order."""
        found: dict[str, list[int]] = {}
        for line, verdict in zip(self.doc.lines, self.article.verdicts, strict=True):
            if verdict.reason is not None and not line.is_blank:
                found.setdefault(verdict.reason, []).append(line.index)
        return found

    @cached_property
    def article(self) -> ArticleMap:
        from scrapelint.locate.article import titled
        from scrapelint.locate.deck import under_headline

        line, headline, texts = self.title_rescued, self.title_line, self.doc.texts
        found = self._located if line is None else titled(self._located, line, texts)
        if headline is None:  # no headline read: the one the locator took by its shape
            headline = found.title
        return found if headline is None else under_headline(found, texts, headline)

    @cached_property
    def title_line(self) -> int | None:
        """The line of the page's headline, when the caller reads headlines and one was found."""
        if self.headline is None:
            return None
        located = self._located
        return self.headline(self.doc.texts, (located.start, located.end))

    @cached_property
    def title_rescued(self) -> int | None:
        """The headline's line when the locator alone judged it junk (a reason of the page's
        chrome): the line `article` judges the title, which a fix without the headline took."""
        line = self.title_line
        if line is None:
            return None
        verdict = self._located.verdicts[line]
        return line if verdict.junk and verdict.reason != TITLE else None

    @cached_property
    def _located(self) -> ArticleMap:
        from scrapelint.locate.article import locate_article
        from scrapelint.locate.reading import block_reading

        # Each line's reading is remembered by its text: a fix pass re-reads only new lines.
        read = partial(self.memo.value, block_reading)
        return locate_article(self.doc.texts, read=read, lookalike=self.lookalike)

    def _at_body_edge(self, index: int) -> bool:
        """Whether fewer than `EDGE_REACH` non-blank lines of the body stand between `index` and
        the body's start or end."""
        article, rank = self.article, self.non_blank_rank
        after = self._non_blank_before(article.end) - self._non_blank_before(index + 1)
        return rank[index] - rank[article.start] < EDGE_REACH or after < EDGE_REACH

    @cached_property
    def last_lines(self) -> tuple[int, ...]:
        """The text's last `LAST_REACH` non-blank lines, in order, found from its end."""
        found: list[int] = []
        for line in reversed(self.doc.lines):
            if not line.is_blank:
                found.append(line.index)
                if len(found) == LAST_REACH:
                    break
        return tuple(reversed(found))

    def _among_last(self, index: int) -> bool:
        """Whether `index` is one of the last `LAST_REACH` non-blank lines, past the article's
        first line."""
        return index in self.last_lines and index > self.article.start

    def _non_blank_before(self, position: int) -> int:
        """How many non-blank lines stand before line `position` (the line count for the end)."""
        rank, lines = self.non_blank_rank, self.doc.lines
        if position < len(lines):
            return rank[position]
        return rank[-1] + (not lines[-1].is_blank) if lines else 0

    def place(self, index: int) -> str:
        article = self.article
        if index < article.start:
            return HEAD
        if index >= article.end:
            return TAIL
        return BODY

    def is_at(self, index: int, where: str) -> bool:
        if where == "anywhere":
            return True
        place = self.place(index)
        if where == "outside-body":
            return place != BODY
        if where == EDGE_OR_OUTSIDE:
            return place != BODY or self._at_body_edge(index)
        if where == LAST:
            return self._among_last(index)
        if where in (CLOSING, EXTRACTED_CLOSING):
            article = self.article
            past_start = article.extracted and index > article.start
            return past_start or (where == CLOSING and place == TAIL)
        return place == where
