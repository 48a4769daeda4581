"""In-line repairs until the text is stable: a repair's new text may be what another repairs.

An entity decodes to a soft hyphen or a zero-width space, which the invisible-character rules
drop; an escaped tag decodes to a tag; a mojibake's repair takes a tag along in its span, so the
tag's own repair, overlapping it, waits. Run once, the repairs left work for a second `fix`, which
must find nothing. So the repairs run again on their own output, a few rounds at most, and each
round is composed with the ones before into one set of edits on the original text: the report
records them as one round, and `restore` undoes them as it undoes one.

Where a later edit touches what an earlier one wrote, the two become one edit (the original's
characters to the final ones), given to the earlier finding; a later finding of the same rule on
the same line is the earlier one's; a later finding whose every edit went into an earlier one's
is not reported (its text never stood in the original).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from scrapelint.engine.repair import Repaired, RepairOutcome, repair
from scrapelint.engine.rule import Rule
from scrapelint.engine.suppression import Suppressions
from scrapelint.locate.line_memo import LineMemo
from scrapelint.text.document import Document
from scrapelint.text.findings import AppliedReplacement, Finding

# Rounds of repairs at most: each later one is what the one before made repairable.
MAX_REPAIR_ROUNDS = 6


def repair_until_stable(
    doc: Document,
    rules: Sequence[Rule],
    memo: LineMemo | None = None,
    marks: Suppressions | None = None,
) -> Repaired:
    """`repair`, again on its own output until a round changes nothing (or `MAX_REPAIR_ROUNDS`),
    the rounds told as one: edits of `doc`'s text and the findings that made them."""
    result = repair(doc, rules, memo, marks)
    for _ in range(MAX_REPAIR_ROUNDS - 1):
        if result.doc is doc:
            break
        later = repair(result.doc, rules, memo, marks)
        if later.doc is result.doc:
            break
        result = _composed(doc, result, later)
    return result


class _Span(NamedTuple):
    """One edit of a round on a line: it read `start`..`end` of the round's text, its output
    stands at `out_start`..`out_end` of the next; `owner` is the outcome it belongs to."""

    start: int
    end: int
    out_start: int
    out_end: int
    owner: int


def _composed(doc: Document, first: Repaired, later: Repaired) -> Repaired:
    """The two rounds as one: `first` repaired `doc`, `later` repaired `first.doc`."""
    findings = [r.finding for r in first.repairs]
    resolved = [r.resolved for r in first.repairs]
    owners = _later_owners(findings, resolved, later.repairs)
    earlier, after = (
        _spans_by_line(first.repairs, range(len(first.repairs))),
        _spans_by_line(later.repairs, owners),
    )
    edits: dict[int, list[AppliedReplacement]] = defaultdict(list)
    for line in sorted(set(earlier) | set(after)):
        middle = (earlier[line], after[line])
        for owner, edit in _line_edits(doc.texts[line], later.doc.texts[line], line, *middle):
            edits[owner].append(edit)
    added = range(len(first.repairs), len(findings))
    outcomes = [
        RepairOutcome(finding, tuple(sorted(edits[n], key=lambda e: e.at)), resolved[n])
        for n, finding in enumerate(findings)
        if n not in added or edits[n] or not _had_edits(later.repairs, finding)
    ]
    held = list({(f.code, f.line): f for f in [*first.held, *later.held]}.values())
    return Repaired(later.doc, outcomes, held)


def _later_owners(
    findings: list[Finding], resolved: list[bool], later: Sequence[RepairOutcome]
) -> list[int]:
    """For each later outcome, the finding it belongs to: the earlier one of its rule and line
    (resolved now if either round resolved it), or itself, added to `findings`."""
    keyed = {(f.code, f.line): n for n, f in enumerate(findings)}
    owners = []
    for r in later:
        key = (r.finding.code, r.finding.line)
        if key in keyed:
            resolved[keyed[key]] = resolved[keyed[key]] or r.resolved
        else:
            keyed[key] = len(findings)
            findings.append(r.finding)
            resolved.append(r.resolved)
        owners.append(keyed[key])
    return owners


def _spans_by_line(
    outcomes: Sequence[RepairOutcome], owners: Sequence[int]
) -> dict[int, list[_Span]]:
    spans: dict[int, list[_Span]] = defaultdict(list)
    for r, owner in zip(outcomes, owners, strict=True):
        for a in r.done:
            spans[a.line].append(_Span(a.at, a.at + len(a.original), a.start, a.end, owner))
    return spans


def _had_edits(repairs: Iterable[RepairOutcome], finding: Finding) -> bool:
    return any(r.done for r in repairs if r.finding is finding)


def _line_edits(
    original: str, final: str, line: int, first: Sequence[_Span], later: Sequence[_Span]
) -> list[tuple[int, AppliedReplacement]]:
    """The edits of one line, both rounds composed: each group of edits that touch (a later one
    over what an earlier one wrote) becomes one edit from `original` to `final`, given to its
    first round's owner."""
    # The first round's outputs and the later round's inputs, both places in the middle text.
    ranges = [(s.out_start, s.out_end) for s in first] + [(s.start, s.end) for s in later]
    found = []
    for members in _groups(ranges):
        ones = [first[m] for m in members if m < len(first)]
        twos = [later[m - len(first)] for m in members if m >= len(first)]
        left = min(ranges[m][0] for m in members)
        right = max(ranges[m][1] for m in members)
        o_left = min([_before(left, first, True), *(s.start for s in ones)])
        o_right = max([_before(right, first, False), *(s.end for s in ones)])
        f_left = min([_after(left, later, True), *(s.out_start for s in twos)])
        f_right = max([_after(right, later, False), *(s.out_end for s in twos)])
        owner = ones[0].owner if ones else twos[0].owner
        edit = AppliedReplacement(
            line, f_left, f_right, original[o_left:o_right], final[f_left:f_right], o_left
        )
        found.append((owner, edit))
    return found


def _groups(ranges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The ranges (indices into `ranges`) that touch, grouped: overlapping, or an empty one (a
    deletion's place, an insertion's) inside another or at the same place."""
    parent = list(range(len(ranges)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, (a0, a1) in enumerate(ranges):
        for j in range(i):
            b0, b1 = ranges[j]
            if _touch((a0, a1), (b0, b1)):
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ranges)):
        groups[root(i)].append(i)
    return sorted(groups.values(), key=lambda g: min(ranges[m] for m in g))


def _touch(a: tuple[int, int], b: tuple[int, int]) -> bool:
    (a0, a1), (b0, b1) = a, b
    if a0 < b1 and b0 < a1:
        return True
    if a0 == a1:
        return b0 < a0 < b1 or a == b
    return b0 == b1 and a0 < b0 < a1


def _before(position: int, first: Sequence[_Span], left: bool) -> int:
    """Where a place of the middle text (outside the first round's outputs) stood in the
    original: less what the first round's edits before it added. An empty output at the place
    counts before it for a group's left end, after it for its right end."""
    shift = 0
    for s in first:
        if s.out_end < position or (s.out_end == position and (left or s.out_start < position)):
            shift += (s.out_end - s.out_start) - (s.end - s.start)
    return position - shift


def _after(position: int, later: Sequence[_Span], left: bool) -> int:
    """Where a place of the middle text (outside the later round's inputs) stands in the final
    text: plus what the later round's edits before it added (an empty input at the place as in
    `_before`)."""
    shift = 0
    for s in later:
        if s.end < position or (s.end == position and (left or s.start < position)):
            shift += (s.out_end - s.out_start) - (s.end - s.start)
    return position + shift
