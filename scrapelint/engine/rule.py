"""What a rule is: its identity and documentation (`RuleMeta`) plus one of two checks.

A `LineRule` reads a document's lines and may propose removing some; a `DocumentRule` judges the
whole document once, from the facts read after the fix (its date, authors, language), and proposes
nothing. Rules only look: they yield findings and never change text or print. Declarative rules
come from YAML packs (see `engine.packs`); each names a kind, and the kinds are written in Python.
Every rule carries the same metadata, and its examples run as tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, TypeAlias, runtime_checkable

from scrapelint.text.findings import Finding, LineRemoval, Replacement, Severity

if TYPE_CHECKING:
    from scrapelint.facts.document_facts import Facts
    from scrapelint.locate.context import Context
    from scrapelint.text.document import Document


@dataclass(frozen=True, slots=True)
class Example:
    """A documented case: `text` is a whole document; `fixed` is what `fix` must give back, and
    `aggressive` what `fix --aggressive` must give back, when they are documented.

    A passing example has `fixed is None`: the rule must not fire on it at all.
    """

    text: str
    fixed: str | None = None
    aggressive: str | None = None
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

    @property
    def source_name(self) -> str:
        """The rule and where it comes from, for an error: "PR014 (promo/short-call-to-action)"."""
        return f"{self.code} ({self.source}/{self.slug})"

    def finding(
        self, start: int, end: int, message: str, *, remove: bool = True, confidence: float = 1.0
    ) -> Finding:
        """A finding over lines `start` .. `end - 1`, proposing their removal unless told not to
        (or the rule only reports), on evidence of the given `confidence`
        (`scrapelint.text.confidence`)."""
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
            confidence=confidence,
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


@runtime_checkable
class LineRule(Protocol):
    """A rule over a document's lines, run in every pass of a fix."""

    @property
    def meta(self) -> RuleMeta: ...

    @property
    def key_words(self) -> frozenset[str]:
        """The words a line must hold one of to match (`Context.lines_with_words`); empty when
        the rule finds its lines otherwise."""
        ...

    @property
    def shape(self) -> bool:
        """Whether its verdicts come from where a line stands in the page's shape rather than
        from what it says: when the body guard refuses a pass, the engine retries it without
        them."""
        ...

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]: ...


@runtime_checkable
class DocumentRule(Protocol):
    """A rule that judges the whole document once, after the fix; it proposes no removal."""

    @property
    def meta(self) -> RuleMeta: ...

    def check_facts(self, facts: Facts) -> Iterable[Finding]: ...


Rule: TypeAlias = LineRule | DocumentRule


def line_rules(rules: Sequence[Rule]) -> tuple[LineRule, ...]:
    """The rules of `rules` that read lines, in order."""
    return _split(tuple(rules))[0]


def document_rules(rules: Sequence[Rule]) -> tuple[DocumentRule, ...]:
    """The rules of `rules` that judge the whole document, in order."""
    return _split(tuple(rules))[1]


@lru_cache(maxsize=8)
def _split(rules: tuple[Rule, ...]) -> tuple[tuple[LineRule, ...], tuple[DocumentRule, ...]]:
    # A run treats every document with the same rules: they are told apart once, not per document.
    lines = tuple(rule for rule in rules if isinstance(rule, LineRule))
    documents = tuple(rule for rule in rules if isinstance(rule, DocumentRule))
    return lines, documents
