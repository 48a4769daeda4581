"""The kind of the body guard's rule (`SL001`): it reads no line, the engine reports for it.

The guard itself lives in `engine.guard` and always runs: deleting most of an article is never
done. This kind makes its finding a rule like any other (listed, explained, selected, ignored,
in baselines and per-file ignores); when it is not selected, a refused fix is still refused, only
no longer reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from scrapelint.engine.kinds.base import LineKind
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding


@dataclass(frozen=True, eq=False, kw_only=True)
class GuardRule(LineKind):
    KIND: ClassVar[str] = "guard"
    GUARD: ClassVar[bool] = True

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        return iter(())
