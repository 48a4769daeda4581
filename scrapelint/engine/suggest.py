"""Did you mean: the valid names closest to a misspelt one, for error messages.

A typo in a CI gate's configuration must stop the run, and the message should say what was meant:
`XX999` is not a rule, `NL001` is.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

MAX_SUGGESTIONS = 3
# difflib's default cutoff (0.6) misses codes one digit off in five characters only sometimes;
# 0.5 keeps "NL01" → NL001 and drops unrelated names.
CUTOFF = 0.5


def closest(word: str, options: Iterable[str]) -> list[str]:
    """Up to three of `options` closest to `word`, best first (case-insensitive)."""
    by_folded = {option.casefold(): option for option in options}
    found = difflib.get_close_matches(word.casefold(), list(by_folded), MAX_SUGGESTIONS, CUTOFF)
    return [by_folded[name] for name in found]


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """ "; did you mean A, B?" or nothing when no option is close."""
    found = closest(word, options)
    return f"; did you mean {', '.join(found)}?" if found else ""
