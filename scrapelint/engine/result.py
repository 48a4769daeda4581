"""What linting or fixing one document comes to: each finding's outcome, and the document's result.

Everything here is in the original text's line numbers, whatever pass found it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from scrapelint.engine.suppression import Suppressions
from scrapelint.text.document import Document
from scrapelint.text.findings import AppliedRemoval, AppliedReplacement, Finding

if TYPE_CHECKING:
    from scrapelint.locate.article import ArticleMap


@dataclass(frozen=True, slots=True)
class Outcome:
    """A finding as reported, in original line numbers, with what the fix removed for it.

    `resolved` is true when the finding's lines are gone from the cleaned text, whether its own
    removal took them or another finding's did.
    """

    finding: Finding
    removed: tuple[AppliedRemoval, ...] = ()
    resolved: bool = False
    replaced: tuple[AppliedReplacement, ...] = ()  # what an in-line repair changed

    @property
    def fixed(self) -> bool:
        return bool(self.removed) or bool(self.replaced)


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of linting or fixing one document.

    `article` is where the locator put the article in the original text, when a rule asked
    (the first pass's reading, so metadata is read around the article at no extra cost).
    """

    original: Document
    cleaned: Document
    outcomes: tuple[Outcome, ...]
    suppressed: tuple[Finding, ...] = ()  # held back by an inline suppression, original lines
    suppressions: Suppressions = field(default=Suppressions())
    article: ArticleMap | None = None  # the locator's reading of the original text

    @property
    def changed(self) -> bool:
        lost = len(self.cleaned.lines) != len(self.original.lines)
        return lost or any(outcome.replaced for outcome in self.outcomes)

    @property
    def remaining(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.resolved)
