"""Module-level regular expressions, compiled on first use.

The package's modules hold about 160 patterns; compiling them all at import took about 60 ms of
every start-up, a fifth of a pre-commit hook's 300 ms, and a run over a few small files uses
only some of them. `lazy(source, flags)` stands for `re.compile(source, flags)`: the first
attribute asked of it compiles the pattern and binds the compiled pattern's methods and
attributes to it, so later calls cost what a compiled pattern's do. A pattern that does not
compile fails where it is first used; `tests/text/test_lazy_pattern.py` compiles every one.
The re module's functions (`re.sub(PATTERN, ...)`) take compiled patterns only: call the
pattern's own methods.
The command line compiles them from its store of compiled code (`text/pattern_store`).
"""

from __future__ import annotations

import re
from typing import Any, cast

from scrapelint.text.pattern_store import compile_pattern

# What a compiled pattern offers: all of it is bound at the first use of any.
_MEMBERS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A pattern's source and flags, compiled when first used (see the module)."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        pattern = compile_pattern(self._source, self._flags)
        for member in _MEMBERS:
            setattr(self, member, getattr(pattern, member))
        return pattern

    def __getattr__(self, name: str) -> Any:
        # Only what a pattern offers; dunders asked by copy or pickle are not compiled for.
        if name not in _MEMBERS:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    # Copied or pickled as its source and flags: a used one holds the compiled pattern's
    # `groupindex`, a mapping proxy neither deep copy nor pickle takes.
    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return (LazyPattern, (self._source, self._flags))

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> LazyPattern:
        return self

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags!r})"


def lazy(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, done when the pattern is first used."""
    return cast("re.Pattern[str]", LazyPattern(source, int(flags)))
