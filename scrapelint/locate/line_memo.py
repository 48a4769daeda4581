"""What is read from a line's text alone, remembered by that text for one document: a fix runs
its passes over the lines the previous pass kept, and reads each text once."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from scrapelint.locate.line_finder import LineFinder
from scrapelint.text.document import Line
from scrapelint.text.normalize import normalized_content
from scrapelint.text.pieces import word_set

T = TypeVar("T")


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

    def finder(
        self,
        texts: Sequence[str],
        fold: Callable[[str], str],
        universe: frozenset[str] = frozenset(),
    ) -> LineFinder:
        """A `LineFinder` of `texts` under `fold`, shared by the contexts that read the same
        texts: the in-line repairs and the first pass read the same document when nothing was
        repaired. `universe`: the literals the rules ask for under `fold` (`LineFinder`)."""
        found = self._finders.get(fold)
        if found is None or found.texts is not texts or not found.asked >= universe:
            found = self._finders[fold] = LineFinder(texts, fold, universe)
        return found
