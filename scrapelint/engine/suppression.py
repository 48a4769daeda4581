"""Inline suppressions, as ruff's `noqa`: `scrapelint: ignore[NL001,CM002]` keeps a line from rules.

A marker on a line (bare `scrapelint: ignore` for every rule; in Markdown also inside an HTML
comment, `<!-- scrapelint: ignore[NL001] -->`) suppresses the findings of those rules that start
on the line, and keeps the line from their removals. A JSONL record's `scrapelint_ignore` field
(`["DT001"]`) does the same for the whole record. The rules see a marked line without its marker,
so that "Subscribe to our newsletter <!-- scrapelint: ignore[NL001] -->" is still what NL001 looks
for; the cleaned text keeps the marker, as it keeps every line it does not remove.

A marker that suppressed nothing of the rules that ran is reported as `SL002 unused-suppression`,
as ruff's RUF100 does: a stale marker would otherwise hide the next real finding on its line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass

from scrapelint.engine.rule import RuleMeta
from scrapelint.text.document import Document
from scrapelint.text.findings import AppliedRemoval, Finding
from scrapelint.text.lazy_pattern import lazy

# The marker, with the HTML comment around it or the `#` before it when there is one, so that
# masking takes it all.
MARKER_RE = lazy(
    r"(?:<!--[ \t]*|#[ \t]*)?"  # an HTML comment opening, or a `#` comment
    r"scrapelint:[ \t]*ignore(?:\[(?P<codes>[^\]\n]*)\])?(?![\w\[-])"  # the marker, its codes
    r"(?:[ \t]*-->)?"  # the comment's close
)
# What every marker holds; a line without it is passed over without the regex.
MARKER_WORD = "scrapelint:"
# The record field of a JSONL line that suppresses rules for the whole record.
RECORD_FIELD = "scrapelint_ignore"


@dataclass(frozen=True, slots=True)
class Marker:
    """Rules kept from a line: `codes`, or every rule when None; `line` None is the whole
    document (a record's field)."""

    line: int | None
    codes: frozenset[str] | None

    def covers(self, code: str, line: int) -> bool:
        return (self.line is None or self.line == line) and (
            self.codes is None or code in self.codes
        )


@dataclass(frozen=True, slots=True)
class Suppressions:
    """The markers of one document, in its original line numbers."""

    markers: tuple[Marker, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.markers)

    def covers(self, code: str, line: int) -> bool:
        """Whether the rule `code` is kept from original line `line`."""
        return any(marker.covers(code, line) for marker in self.markers)

    def unused(
        self,
        suppressed: Iterable[Finding],
        reported: Iterable[Finding],
        codes: Set[str],
        rule: RuleMeta | None,
    ) -> list[Finding]:
        """A finding of `rule` (SL002, `rules/guard/unused-suppression.yaml`; none when it is not
        selected) for each marker that kept none of `codes` (the rules that ran) from its line.

        A marker is used by a finding it suppressed (`suppressed`) and by a reported finding whose
        removal it kept its line from (`reported`); both in original line numbers.
        """
        if rule is None:
            return []
        used: dict[Marker, set[str]] = {marker: set() for marker in self.markers}
        for finding in suppressed:
            for marker in self.markers:
                if marker.covers(finding.code, finding.line):
                    used[marker].add(finding.code)
        for finding in reported:
            span = finding.removal
            for marker in self.markers:
                line = marker.line
                if span is None or line is None or not span.start <= line < span.end:
                    continue
                if marker.covers(finding.code, line):
                    used[marker].add(finding.code)
        stale = [m for m in self.markers if _stale(m, used[m], codes)]
        return [_unused(rule, m, used[m], codes) for m in stale]


def _stale(marker: Marker, used: set[str], codes: Set[str]) -> bool:
    if marker.codes is None:
        return not used
    return bool((marker.codes & codes) - used)


def _unused(rule: RuleMeta, marker: Marker, used: set[str], codes: Set[str]) -> Finding:
    line = marker.line or 0
    if marker.codes is None:
        message = "unused suppression: no rule found anything on this line"
    else:
        names = ", ".join(sorted((marker.codes & codes) - used))
        message = f"unused suppression: {names} found nothing here"
    if marker.line is None:
        message += f" (the record's {RECORD_FIELD} field)"
    return rule.finding(line, line + 1, message, remove=False)


def read_markers(doc: Document, record_codes: Sequence[str] | None = None) -> Suppressions:
    """The markers on `doc`'s lines, and the record's own field when it has one."""
    markers: list[Marker] = []
    if record_codes is not None:
        markers.append(Marker(None, _codes(record_codes)))
    texts = doc.texts  # the rules read them too
    for index in [i for i, text in enumerate(texts) if MARKER_WORD in text]:
        for match in MARKER_RE.finditer(texts[index]):
            codes = match.group("codes")
            markers.append(Marker(index, None if codes is None else _codes(codes.split(","))))
    return Suppressions(tuple(markers))


def _codes(written: Iterable[str]) -> frozenset[str] | None:
    codes = frozenset(code.strip().upper() for code in written if code.strip())
    return codes or None  # `ignore[]` is a bare marker


def masked(doc: Document, suppressions: Suppressions) -> Document:
    """`doc` as the rules see it: each marker taken out of its line, unless the line holds nothing
    else (a line that is only a marker stays, as text the marker keeps from its rules)."""
    lines = {marker.line for marker in suppressions.markers if marker.line is not None}
    if not lines:
        return doc
    texts = []
    for line in doc.lines:
        text = line.text
        if line.index in lines:
            text = _without_marker(text)
        texts.append(text + line.ending)
    view = Document.from_text("".join(texts), doc.path)
    return view if len(view.lines) == len(doc.lines) else doc


def _without_marker(text: str) -> str:
    """`text` less its markers and the spaces around them; its indentation stays (list and
    thread rules read it), and a line that is only a marker stays as it is."""
    parts = MARKER_RE.sub("\n", text).split("\n")  # a line's text holds no line break
    rest = " ".join(part.strip() for part in parts if part.strip())
    if not rest:
        return text
    return text[: len(text) - len(text.lstrip())] + rest


def original_spans(doc: Document, spans: Iterable[AppliedRemoval]) -> tuple[AppliedRemoval, ...]:
    """`spans`, removed from the masked view, with the text they hold in `doc` itself."""
    lines = doc.lines
    return tuple(
        AppliedRemoval(s.start, s.end, "".join(line.raw for line in lines[s.start : s.end]))
        for s in spans
    )
