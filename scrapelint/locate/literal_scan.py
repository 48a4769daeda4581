"""Which lines hold each of many literals, found by one automaton pass over a document's text.

The pattern and inline rules gate their regular expressions on literals (`requires`): about 230
of them over all the rules. Searched one `str.find` at a time, a document's text was read once per
literal; an Aho-Corasick automaton of all of them (pyahocorasick, built once per rule set and
fold) reads it once, and tells every literal's lines together.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

import ahocorasick


def scannable(literal: str) -> bool:
    """Whether the automaton can stand for `str.find` of `literal`: an empty literal is found at
    every line, and one with a line break across lines, which the automaton's lines never are."""
    return bool(literal) and "\n" not in literal


@lru_cache(maxsize=16)
def automaton(literals: frozenset[str]) -> ahocorasick.Automaton:
    """An automaton of `literals` (all `scannable`), each reporting itself; built once per set."""
    found = ahocorasick.Automaton()
    for literal in sorted(literals):
        found.add_word(literal, literal)
    found.make_automaton()
    return found


def lines_by_literal(
    text: str, ends: Sequence[int], literals: frozenset[str]
) -> dict[str, list[int]]:
    """For each of `literals` found in `text`, the indices of the lines holding it, in order;
    `ends` is the offset just past each line's "\\n" (`line_finder`)."""
    found: dict[str, set[int]] = {}
    if not literals:
        return {}
    for last, literal in automaton(literals).iter(text):
        start = last - len(literal) + 1
        found.setdefault(literal, set()).add(bisect_right(ends, start))
    return {literal: sorted(lines) for literal, lines in found.items()}
