"""Which lines hold each of many literals, found by one automaton pass over a document's text.

The pattern and inline rules gate their regular expressions on literals (`requires`): about 230
of them over all the rules. Searched one `str.find` at a time, a document's text was read once per
literal; an Aho-Corasick automaton of all of them (pyahocorasick, built once per rule set and
fold) reads it once, and tells every literal's lines together.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache

import ahocorasick

# The automaton reads a text longer than this in chunks of this many characters.
CHUNK = 1 << 20


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
    scanner = automaton(literals)
    for offset, chunk in _chunks(text, max(map(len, literals))):
        for last, literal in scanner.iter(chunk):
            start = offset + last - len(literal) + 1
            found.setdefault(literal, set()).add(bisect_right(ends, start))
    return {literal: sorted(lines) for literal, lines in found.items()}


def _chunks(text: str, longest: int) -> Iterator[tuple[int, str]]:
    """`text` in overlapping chunks of `CHUNK` characters and their offsets: the automaton copies
    what it reads at four bytes a character, 200 MB for a page of 50 MB on one line. A chunk runs
    on by `longest` - 1 characters, so a literal across a cut is found whole (maybe twice)."""
    if len(text) <= CHUNK:
        yield 0, text
        return
    for offset in range(0, len(text), CHUNK):
        yield offset, text[offset : offset + CHUNK + longest - 1]
