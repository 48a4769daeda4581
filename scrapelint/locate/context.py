"""Per-document analysis shared by all rules, computed once and only when a rule asks for it.

The article locator is the costly part, so it runs lazily: a run whose selected rules never ask
where the article is never pays for it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from itertools import accumulate, compress
from typing import TYPE_CHECKING, Any, TypeVar

from scrapelint.text.document import Document, Line
from scrapelint.text.normalize import normalized_content
from scrapelint.text.pieces import word_set

if TYPE_CHECKING:
    from scrapelint.locate.article import ArticleMap

T = TypeVar("T")

# Where a line stands relative to the article body; phrase rules can be limited to one of these.
HEAD, BODY, TAIL = "head", "body", "tail"
PLACES = frozenset({HEAD, BODY, TAIL, "outside-body", "anywhere"})


class LineMemo:
    """What is read from a line's text alone, remembered by that text for one document.

    A fix runs its passes over the lines the previous pass kept, so each pass would otherwise
    compute the same features and normal forms again. One memo serves one document (never a
    corpus: its size stays that of the document).
    """

    def __init__(self) -> None:
        self._normalized: dict[str, str] = {}
        self._tests: dict[Callable[[str], object], dict[str, bool]] = {}
        self._values: dict[Callable[[str], Any], dict[str, Any]] = {}
        self._key_words: dict[frozenset[str], dict[str, frozenset[str]]] = {}
        # (fold, literals) -> (the line texts searched, those that hold one of the literals)
        self._holding: dict[tuple, tuple[frozenset[str], frozenset[str]]] = {}
        self._last_texts: tuple[Sequence[str], frozenset[str]] | None = None
        self._finders: dict[Callable[[str], str], LineFinder] = {}  # of the last texts searched
        self._by_text: dict[Hashable, dict[str, Any]] = {}

    def normalized(self, line: Line) -> str:
        found = self._normalized.get(line.text)
        if found is None:
            found = self._normalized[line.text] = normalized_content(line.text)
        return found

    def normalized_all(self, texts: Sequence[str]) -> tuple[str, ...]:
        """`normalized` of each text: the texts not seen yet are found by one set operation in
        C rather than a lookup per line (a later pass has seen them all)."""
        known = self._normalized
        for text in set(texts).difference(known):
            known[text] = normalized_content(text)
        return tuple(map(known.__getitem__, texts))

    def key_words(self, vocabulary: frozenset[str]) -> Callable[[str], frozenset[str]]:
        """The words of `vocabulary` in a normal form, remembered by the normal form."""
        known = self._key_words.setdefault(vocabulary, {})
        among = vocabulary.intersection

        def words_of(normalized: str) -> frozenset[str]:
            found = known.get(normalized)
            if found is None:
                found = known[normalized] = among(word_set(normalized))
            return found

        return words_of

    def test(self, predicate: Callable[[str], object], text: str) -> bool:
        """Whether `predicate(text)` is true: a pure test of one string (a regex search, a
        dateline detector), run once per document for each text."""
        results = self.results(predicate)
        found = results.get(text)
        if found is None:
            found = results[text] = bool(predicate(text))
        return found

    def value(self, compute: Callable[[str], T], text: str) -> T:
        """`compute(text)` for a pure function of one line's text, computed once per document:
        what the article locator and the metadata rules read from a line on every pass."""
        known = self._values.setdefault(compute, {})
        if text in known:
            return known[text]
        found = known[text] = compute(text)
        return found

    def by_text(self, key: Hashable) -> dict[str, Any]:
        """A rule's own results by line text, under `key`: for what is found for many lines at
        once (one table query for a document's lines), where `value` would ask line by line."""
        return self._by_text.setdefault(key, {})

    def results(self, predicate: Callable[..., object]) -> dict[str, bool]:
        """The results of `test(predicate, text)` so far, by text: a rule that tests many lines
        looks them up itself rather than through a call per line."""
        return self._tests.setdefault(predicate, {})

    def lines_holding(
        self,
        texts: Sequence[str],
        literals: tuple[str, ...],
        fold: Callable[[str], str],
        finder: Callable[[], LineFinder],
    ) -> list[int]:
        """`finder().lines_holding(literals)`, answered from the texts of an earlier pass when
        they include all of `texts`, as they do: a pass only ever keeps lines of the last one.
        Which texts hold a literal does not depend on the lines around them."""
        key = (fold, literals)
        known = self._holding.get(key)
        if known is not None and known[0].issuperset(texts):
            holding = known[1]
            return [i for i, text in enumerate(texts) if text in holding] if holding else []
        found = finder().lines_holding(literals)
        self._holding[key] = (self._text_set(texts), frozenset(texts[i] for i in found))
        return found

    def _text_set(self, texts: Sequence[str]) -> frozenset[str]:
        """`frozenset(texts)`, made once for the rules that search the same texts."""
        last = self._last_texts
        if last is None or last[0] is not texts:
            last = self._last_texts = (texts, frozenset(texts))
        return last[1]

    def finder(self, texts: Sequence[str], fold: Callable[[str], str]) -> LineFinder:
        """A `LineFinder` of `texts` under `fold`, shared by the contexts that read the same
        texts: the in-line repairs and the first pass read the same document when nothing was
        repaired."""
        found = self._finders.get(fold)
        if found is None or found.texts is not texts:
            found = self._finders[fold] = LineFinder(texts, fold)
        return found


@lru_cache(maxsize=256)
def _within(words: frozenset[str], vocabulary: frozenset[str]) -> bool:
    """`words <= vocabulary`, asked by each rule on each pass with the same two sets."""
    return words <= vocabulary


class LineFinder:
    """Which lines hold a literal, found by `str.find` over all the lines at once.

    A pattern rule's required literals are rare: searching the whole text for each of them costs
    a few C calls per document, where testing every line costs a Python call per line and rule.
    The lines are folded and joined with "\n", which no line holds and no case mapping makes.
    """

    def __init__(self, texts: Sequence[str], fold: Callable[[str], str]) -> None:
        self.texts = texts
        self.text = fold("\n".join(texts))
        # Offset just past each line's "\n": a position's line is the number of ends before it.
        self.ends = list(accumulate(len(line) + 1 for line in self.text.split("\n")))
        # A fold that made or took a line break would shift lines; then every line is a candidate.
        self.everything = None if len(self.ends) == len(texts) else list(range(len(texts)))

    def lines_holding(self, literals: Iterable[str]) -> list[int]:
        """Indices, in order, of the lines whose folded text holds one of `literals`.

        A line's own folded text holds whatever its stripped text folded holds: a fold maps each
        character on its own, but for the final sigma, which whitespace and line ends bound.
        """
        if self.everything is not None:
            return self.everything
        text, ends, found = self.text, self.ends, set()
        for literal in literals:
            position = text.find(literal)
            while position != -1:
                index = bisect_right(ends, position)
                found.add(index)
                position = text.find(literal, ends[index])  # on from the next line
        return sorted(found)


@dataclass
class Context:
    """What the rules read from one version of a document.

    `vocabulary` holds the words rules will pass to `lines_with_words` (the engine gathers them
    from the rules' `key_words`); other words are answered too, only more slowly.
    """

    doc: Document
    memo: LineMemo = field(default_factory=LineMemo)
    vocabulary: frozenset[str] = frozenset()
    _short: dict[int, list[int]] = field(default_factory=dict, init=False, repr=False)

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
        found = [lines for word, lines in self.word_index.items() if word in words]
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
        texts = self.doc.texts
        return self.memo.lines_holding(texts, literals, fold, lambda: self.memo.finder(texts, fold))

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
        from scrapelint.locate.article import block_reading, locate_article

        # Each line's reading is remembered by its text: a fix pass re-reads only new lines.
        return locate_article(self.doc.texts, read=partial(self.memo.value, block_reading))

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
        return place == where
