"""Findings and the edits they propose: small immutable values.

Rules yield `Finding`s; a finding may carry a `LineRemoval` or in-line `Replacement`s (a repair of
what an encoding or an extractor left behind, such as mojibake or an HTML entity; a repair is
determined by the text it replaces, it never invents words). The engine decides which edits are
applied and records what each one removed or replaced, so a report can restore the original byte
for byte.
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
        "markup",
        "incomplete",
        "repeated",
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
class Replacement:
    """Replace characters `start` .. `end - 1` of line `line` (0-based) with `text`.

    `text` never holds a line break: a repair changes a line, never the line count.
    """

    line: int
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"negative character span {self.start}..{self.end}")
        if any(mark in self.text for mark in "\r\n"):
            raise ValueError("a replacement cannot hold a line break")


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
    replacements: tuple[Replacement, ...] = ()
    # How strong the evidence for the removal is (`text.confidence`); `fix` applies a removal
    # only at or above its threshold, and reports the rest.
    confidence: float = 1.0
    # The finding asked for a removal that the run held back, its evidence being too weak.
    held: bool = False

    @property
    def fixable(self) -> bool:
        return self.removal is not None or bool(self.replacements)


@dataclass(frozen=True, slots=True)
class AppliedRemoval:
    """What a fix really removed for one finding: the span and the exact text, endings included."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class AppliedReplacement:
    """What a repair really changed: `original` became `text`, which stands at characters
    `start` .. `end - 1` of line `line` of the repaired text (0-based, original line numbers)."""

    line: int
    start: int
    end: int
    original: str
    text: str
    at: int = 0  # where `original` started in the line before the repair: the order to undo in
