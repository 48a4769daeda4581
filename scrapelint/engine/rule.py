"""What a rule is: its identity and documentation (`RuleMeta`) plus a `check` generator.

Rules only look: they yield findings, possibly with a proposed line removal, and never change
text or print. Declarative rules come from YAML packs (see `engine.packs`); each names a kind,
and the kinds are written in Python. Every rule carries the same metadata, and its examples run
as tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from scrapelint.text.findings import Finding, LineRemoval, Replacement, Severity

if TYPE_CHECKING:
    from scrapelint.locate.context import Context
    from scrapelint.text.document import Document


@dataclass(frozen=True, slots=True)
class Example:
    """A documented case: `text` is a whole document; `fixed` is what `fix` must give back.

    A passing example has `fixed is None`: the rule must not fire on it at all.
    """

    text: str
    fixed: str | None = None
    # Documents learned (`scrapelint learn`) before the example is checked, from its own folder:
    # what a rule that reads the boilerplate table needs to see first.
    corpus: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleMeta:
    code: str
    slug: str
    category: str
    severity: Severity
    rationale: str
    fail_examples: tuple[Example, ...] = ()
    pass_examples: tuple[Example, ...] = ()
    source: str = "builtin"
    kind: str = "python"
    default: bool = True  # off-by-default rules run only when selected
    fixes: bool = True  # `fix: false`: the rule reports what it finds and never edits the text

    def finding(self, start: int, end: int, message: str, *, remove: bool = True) -> Finding:
        """A finding over lines `start` .. `end - 1`, proposing their removal unless told not to
        (or the rule only reports)."""
        remove = remove and self.fixes
        return Finding(
            code=self.code,
            rule=self.slug,
            category=self.category,
            severity=self.severity,
            line=start,
            end_line=end - 1,
            message=message,
            removal=LineRemoval(start, end) if remove else None,
        )

    def repair(self, line: int, message: str, replacements: tuple[Replacement, ...]) -> Finding:
        """A finding on line `line` proposing in-line `replacements` (none when the rule only
        reports)."""
        return Finding(
            code=self.code,
            rule=self.slug,
            category=self.category,
            severity=self.severity,
            line=line,
            end_line=line,
            message=message,
            replacements=replacements if self.fixes else (),
        )


class Rule(Protocol):
    meta: RuleMeta

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]: ...
