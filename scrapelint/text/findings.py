"""Findings and the edits they propose: small immutable values.

Rules yield `Finding`s; a finding may carry a `LineRemoval`, the only edit scrapelint makes (it
never rewrites or invents text). The engine decides which removals are applied and records what
each one removed, so a report can restore the original byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    """How much a finding matters; `fail-on` in the configuration compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

CATEGORIES: frozenset[str] = frozenset(
    {
        "newsletter",
        "comments",
        "sidebar",
        "op-ed",
        "navigation",
        "share",
        "consent",
        "promo",
        "footer",
        "media",
        "duplicate",
        "metadata",
        "date",
        "attribution",
        "language",
        "encoding",
        "guard",
    }
)


@dataclass(frozen=True, slots=True)
class LineRemoval:
    """Remove lines `start` .. `end - 1` (0-based, end exclusive) of the document."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"empty or negative line span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a rule found in a document; lines are 0-based here, 1-based in reports."""

    code: str
    rule: str
    category: str
    severity: Severity
    line: int
    end_line: int
    message: str
    removal: LineRemoval | None = None
    # How strong the evidence for the removal is (`text.confidence`); `fix` applies a removal
    # only at or above its threshold, and reports the rest.
    confidence: float = 1.0
    # The finding asked for a removal that the run held back, its evidence being too weak.
    held: bool = False

    @property
    def fixable(self) -> bool:
        return self.removal is not None


@dataclass(frozen=True, slots=True)
class AppliedRemoval:
    """What a fix really removed for one finding: the span and the exact text, endings included."""

    start: int
    end: int
    text: str
