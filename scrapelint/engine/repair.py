"""In-line repairs: the stage of a fix that replaces spans inside lines, before any line goes.

Rules that repair (mojibake, HTML entities, zero-width characters ...) have a `repairs` method
besides `check`; it yields findings whose `Replacement`s are computed on the original text. The
engine applies them in one pass, once, before the removal passes, so that the other rules read the
repaired text. Two replacements that touch the same characters cannot both be right: the first
(by position, then by rule code) is applied, the other's finding is reported unfixed. A line
holding bytes that are not UTF-8 is left alone, since the report could not carry its text.

What was replaced is recorded in the repaired line's coordinates; undoing the replacements of a
line from its right end to its left gives the original back (`report.restore_text`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol, runtime_checkable

from scrapelint.engine.lint import gate_literals
from scrapelint.engine.rule import Rule, line_rules
from scrapelint.engine.suppression import Suppressions
from scrapelint.locate.context import Context
from scrapelint.locate.line_memo import LineMemo
from scrapelint.text.document import Document, Line
from scrapelint.text.findings import AppliedReplacement, Finding, Replacement

# Lone surrogates stand for bytes that did not decode (surrogateescape); JSON cannot hold them.
_ESCAPED_LOW, _ESCAPED_HIGH = "\udc80", "\udcff"


@runtime_checkable
class RepairingRule(Protocol):
    """A line rule that also proposes in-line repairs, once, before the removal passes."""

    def repairs(self, doc: Document, ctx: Context) -> Iterable[Finding]: ...


def repairs_text(rule: Rule) -> bool:
    """Whether `rule` proposes in-line repairs (it has a `repairs` method)."""
    return isinstance(rule, RepairingRule)


class RepairOutcome(NamedTuple):
    finding: Finding
    done: tuple[AppliedReplacement, ...]  # what it changed, where it stands in the repaired text
    resolved: bool  # all it proposed is done, or rewritten away by another repair (`_covered`)


class Repaired(NamedTuple):
    doc: Document
    repairs: list[RepairOutcome]
    held: list[Finding]  # kept from their line by a `scrapelint: ignore` marker


def repair(
    doc: Document,
    rules: Sequence[Rule],
    memo: LineMemo | None = None,
    marks: Suppressions | None = None,
) -> Repaired:
    """`doc` with the repairs of `rules` applied, and each repairing finding with what it changed.

    Findings that propose no replacement (an uncertain repair, reported only) come back with none;
    those `marks` hold back, in `held`. `memo` is the one the fix passes go on with: they mostly
    read the same line texts.
    """
    repairing = _repairing(tuple(rules))
    if not repairing:
        return Repaired(doc, [], [])
    # Every line rule's literals, not only the repairing ones': the first pass reads the same
    # texts, and the one scan of them (`locate.literal_scan`) then serves it too.
    ctx = Context(doc, memo or LineMemo(), frozenset(), gate_literals(line_rules(rules)))
    found = [f for rule in repairing for f in rule.repairs(doc, ctx)]
    held = [f for f in found if marks and marks.covers(f.code, f.line)]
    findings = sorted((f for f in found if f not in held), key=lambda f: (f.line, f.code))
    accepted = _accepted(doc, findings)
    by_line: dict[int, list[tuple[int, Replacement]]] = defaultdict(list)
    for position, replacement in accepted:
        by_line[replacement.line].append((position, replacement))
    applied: dict[int, list[AppliedReplacement]] = defaultdict(list)
    texts = list(doc.texts)
    for number, edits in by_line.items():
        texts[number] = _apply_line(texts[number], number, edits, applied)
    made = [edit for edits in applied.values() for edit in edits]
    results = []
    for position, f in enumerate(findings):
        done = tuple(applied.get(position, ()))
        results.append(RepairOutcome(f, done, _all_made(f, done, made)))
    repaired = _rebuilt(doc, texts) if applied else doc
    if len(repaired.lines) != len(doc.lines):
        # An emptied line after a lone CR reads back as one CRLF line: no repair is worth that.
        return Repaired(doc, [RepairOutcome(r.finding, (), False) for r in results], held)
    return Repaired(repaired, results, held)


def _all_made(
    finding: Finding,
    done: tuple[AppliedReplacement, ...],
    made: Sequence[AppliedReplacement],
) -> bool:
    """Whether each replacement `finding` proposed was applied, or its text is gone: a larger
    repair over it (a mojibake's decoding around a stray BOM) rewrote those characters, and its
    new text no longer holds them. A proposal that overlaps another is never applied beside it."""
    own = {(a.line, a.at, a.at + len(a.original)) for a in done}
    return bool(finding.replacements) and all(
        (r.line, r.start, r.end) in own or _covered(r, made) for r in finding.replacements
    )


def _covered(proposed: Replacement, made: Sequence[AppliedReplacement]) -> bool:
    for a in made:
        end = a.at + len(a.original)
        if a.line == proposed.line and a.at <= proposed.start and proposed.end <= end:
            return a.original[proposed.start - a.at : proposed.end - a.at] not in a.text
    return False


@lru_cache(maxsize=8)
def _repairing(rules: tuple[Rule, ...]) -> tuple[RepairingRule, ...]:
    # A run repairs every document with the same rules: they are picked out once.
    return tuple(rule for rule in rules if isinstance(rule, RepairingRule))


def _accepted(doc: Document, findings: Sequence[Finding]) -> list[tuple[int, Replacement]]:
    """The replacements that apply: inside their line, on text that decoded, overlapping none
    taken before them."""
    taken: dict[int, _Taken] = {}
    accepted = []
    candidates = sorted(
        (
            (r.line, r.start, f.code, position, r)
            for position, f in enumerate(findings)
            for r in f.replacements
        ),
        key=lambda item: item[:4],
    )
    for number, start, _, position, replacement in candidates:
        if not 0 <= number < len(doc.lines):
            continue
        if number not in taken:
            taken[number] = _Taken(_decoded(doc.lines[number].text))
        spans = taken[number]
        if not spans.decoded or not _fits(doc.lines[number], replacement):
            continue
        if spans.overlaps(start, replacement.end):
            continue
        spans.add(start, replacement.end)
        accepted.append((position, replacement))
    return accepted


class _Taken:
    """The spans of one line taken so far, in order of their start: whether one shares a
    character with a new span, or is the same insertion point (a line with a thousand
    entities is a thousand spans; each is weighed against the last non-empty one, the only
    one that can reach past a later start, and the insertion points)."""

    def __init__(self, decoded: bool) -> None:
        self.decoded = decoded
        self.last: tuple[int, int] | None = None
        self.points: set[int] = set()

    def overlaps(self, start: int, end: int) -> bool:
        last = self.last
        if start == end:
            return start in self.points or (last is not None and last[0] < start < last[1])
        return last is not None and start < last[1]

    def add(self, start: int, end: int) -> None:
        if start == end:
            self.points.add(start)
        else:
            self.last = (start, end)


def _decoded(text: str) -> bool:
    """Whether every character of `text` decoded (none stands for a byte that did not)."""
    return not any(_ESCAPED_LOW <= char <= _ESCAPED_HIGH for char in text if char >= _ESCAPED_LOW)


def _fits(line: Line, replacement: Replacement) -> bool:
    text = line.text
    return (
        replacement.end <= len(text)
        and replacement.text != text[replacement.start : replacement.end]
    )


def _apply_line(
    text: str,
    number: int,
    edits: Iterable[tuple[int, Replacement]],
    applied: dict[int, list[AppliedReplacement]],
) -> str:
    """`text` with `edits` made, left to right; each applied one is recorded where it now stands."""
    pieces, cursor, shift = [], 0, 0
    for position, edit in sorted(edits, key=lambda item: (item[1].start, item[1].end)):
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.text)
        start = edit.start + shift
        original = text[edit.start : edit.end]
        applied[position].append(
            AppliedReplacement(
                number, start, start + len(edit.text), original, edit.text, edit.start
            )
        )
        shift += len(edit.text) - len(original)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _rebuilt(doc: Document, texts: Sequence[str]) -> Document:
    """`doc` with new line texts and the same endings (a replacement holds no line break)."""
    return Document.from_text(
        "".join(text + line.ending for text, line in zip(texts, doc.lines, strict=True)),
        doc.path,
    )
