"""What every rule kind shares: its metadata, a message, where in the document it applies, and
how its options are read.

A kind is a frozen dataclass whose `option` fields are its YAML options (`engine.options`): the
declaration is the schema, the loader and the documentation at once. Values a kind derives from
its options (a compiled pattern, a phrase matcher) are `cached_property`s, worked out once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from scrapelint.engine import options
from scrapelint.engine.options import option
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.locate.context import PLACES, Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding

K = TypeVar("K", bound="RuleKind")


@dataclass(frozen=True, eq=False)
class RuleKind:
    """Base of the kinds: `build` reads the kind's options from the rule's spec.

    Every kind is a `@dataclass(frozen=True, eq=False, kw_only=True)`: compared and hashed by
    identity (the engine caches per tuple of rules), its own options named when it is made.
    """

    KIND: ClassVar[str]

    meta: RuleMeta
    message: str = option(doc="what a finding says", shown_default="the rule's slug, in words")
    where: str = option(
        "anywhere", choices=PLACES, doc="the part of the document the rule looks at"
    )

    @classmethod
    def build(cls: type[K], meta: RuleMeta, spec: Spec) -> K:
        defaults = {"message": meta.slug.replace("-", " ")}
        kind: K = options.build(cls, spec, {"meta": meta}, defaults)
        return kind


@dataclass(frozen=True, eq=False)
class LineKind(RuleKind):
    """Base of the kinds that read a document's lines (`engine.rule.LineRule`)."""

    @property
    def key_words(self) -> frozenset[str]:
        """The words a line must hold one of to match; none by default."""
        return frozenset()

    @property
    def gates(self) -> tuple[tuple[Callable[[str], str], tuple[str, ...]], ...]:
        """The (fold, literals) pairs it asks `Context.lines_holding` for; none by default."""
        return ()

    @property
    def shape(self) -> bool:
        return False

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError
