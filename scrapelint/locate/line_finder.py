"""Which lines hold a literal, found by one search over the whole text rather than a test of
each line."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate

from scrapelint.locate.literal_scan import lines_by_literal, scannable
from scrapelint.text.pieces import LONG_LINE, folded_lines


class LineFinder:
    """Which lines hold a literal, found by `str.find` over all the lines at once.

    A pattern rule's required literals are rare: searching the whole text for each of them costs
    a few C calls per document, where testing every line costs a Python call per line and rule.
    The lines are folded and joined with "\n", which no line holds and no case mapping makes.
    `universe` is every literal the rules will ask for under this fold: the first question reads
    the text once for all of them (`literal_scan`), and later ones are answered from that.
    """

    def __init__(
        self,
        texts: Sequence[str],
        fold: Callable[[str], str],
        universe: frozenset[str] = frozenset(),
    ) -> None:
        self.texts = texts
        self.asked = universe
        self.universe = frozenset(filter(scannable, universe))
        self._scanned: dict[str, list[int]] | None = None
        self.text = folded_lines(texts, fold)
        # Offset just past each line's "\n": a position's line is the number of ends before it.
        self.ends = _ends(self.text)
        # A fold that made or took a line break would shift lines; then every line is a candidate.
        self.everything = None if len(self.ends) == len(texts) else list(range(len(texts)))

    def lines_holding(self, literals: Iterable[str]) -> list[int]:
        """Indices, in order, of the lines whose folded text holds one of `literals`.

        A line's own folded text holds whatever its stripped text folded holds: a fold maps each
        character on its own, but for the final sigma, which whitespace and line ends bound.
        """
        if self.everything is not None:
            return self.everything
        if isinstance(literals, tuple) and self.universe.issuperset(literals):
            return self._scan(literals)
        text, ends, found = self.text, self.ends, set()
        for literal in literals:
            position = text.find(literal)
            while position != -1:
                index = bisect_right(ends, position)
                found.add(index)
                position = text.find(literal, ends[index])  # on from the next line
        return sorted(found)

    def _scan(self, literals: tuple[str, ...]) -> list[int]:
        if self._scanned is None:
            self._scanned = lines_by_literal(self.text, self.ends, self.universe)
        scanned = self._scanned
        found = [scanned[literal] for literal in literals if literal in scanned]
        if len(found) == 1:
            return list(found[0])
        return sorted(set().union(*found))


def _ends(text: str) -> list[int]:
    """Offset just past each "\n" of `text`, and one past its end."""
    if len(text) <= LONG_LINE:
        return list(accumulate(len(line) + 1 for line in text.split("\n")))
    ends, start = [], 0  # a long text is not copied into its lines
    while (found := text.find("\n", start)) != -1:
        start = found + 1
        ends.append(start)
    ends.append(len(text) + 1)
    return ends
