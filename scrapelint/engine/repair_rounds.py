"""In-line repairs until the text is stable: a repair's new text may be what another repairs.

An entity decodes to a soft hyphen or a zero-width space, which the invisible-character rules
drop; an escaped tag decodes to a tag; a mojibake's repair takes a tag along in its span, so the
tag's own repair, overlapping it, waits. Run once, the repairs left work for a second `fix`, which
must find nothing. So the repairs run again on their own output, a few rounds at most, and each
round is composed with the ones before into one set of edits on the original text: the report
records them as one round, and `restore` undoes them as it undoes one.

Where a later edit touches what an earlier one wrote, the two become one edit (the original's
characters to the final ones), given to the earlier finding; a later finding of the same rule on
the same line is the earlier one's, and says whether it is resolved (`_later_owners`); a later
finding whose every edit went into an earlier one's is not reported (its text never stood in the
original). What the report calls remaining, a second `fix` finds again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate
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
        settled = later.doc is result.doc
        # Composed even when it changed nothing: what it still finds, or no longer finds, is
        # what a second fix would see.
        result = _composed(doc, result, later)
        if settled:
            break
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
    findings, resolved, owners, gone = _later_owners(first.repairs, later.repairs)
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
        if n not in gone and (n not in added or edits[n] or not _had_edits(later.repairs, finding))
    ]
    held = list({(f.code, f.line): f for f in [*first.held, *later.held]}.values())
    return Repaired(later.doc, outcomes, held)


class _Owners(NamedTuple):
    findings: list[Finding]  # the earlier round's, then the later one's of a new rule and line
    resolved: list[bool]
    owners: list[int]  # for each later outcome, the finding it belongs to
    gone: set[int]  # uncertain findings the later round no longer makes: not reported


def _later_owners(first: Sequence[RepairOutcome], later: Sequence[RepairOutcome]) -> _Owners:
    """The findings of both rounds as the text stands after the later one, which read it all
    again: for a rule and line, the later round's word is the last.

    A later finding that proposes a repair takes the place of an earlier one of its rule and
    line that proposed none (an uncertain mojibake the entity beside it made certain); a later
    uncertain one stands beside an earlier repair of the line (it undid one layer, another is
    left). An earlier finding the later round no longer makes is resolved (its text is gone),
    and an uncertain one is not reported: the line no longer holds what it saw, and the edits
    that changed it are their own findings'."""
    findings = [r.finding for r in first]
    resolved = [r.resolved for r in first]
    keyed = {(f.code, f.line): n for n, f in enumerate(findings)}
    again = {(r.finding.code, r.finding.line) for r in later}
    gone: set[int] = set()
    for n, f in enumerate(findings):
        if (f.code, f.line) not in again:
            resolved[n] = True
            if not f.replacements:
                gone.add(n)
    owners = []
    for r in later:
        key = (r.finding.code, r.finding.line)
        n = keyed.get(key, len(findings))
        if n < len(findings) and r.finding.replacements and not findings[n].replacements:
            findings[n], resolved[n] = r.finding, r.resolved
        elif n < len(findings) and (r.finding.replacements or not findings[n].replacements):
            resolved[n] = r.resolved
        else:
            n = keyed[key] = len(findings)
            findings.append(r.finding)
            resolved.append(r.resolved)
        owners.append(n)
    return _Owners(findings, resolved, owners, gone)


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
    before = _Shifts([(s.out_start, s.out_end, s.end - s.start) for s in first])
    after = _Shifts([(s.start, s.end, s.out_end - s.out_start) for s in later])
    found = []
    for members in _groups(ranges):
        ones = [first[m] for m in members if m < len(first)]
        twos = [later[m - len(first)] for m in members if m >= len(first)]
        left = min(ranges[m][0] for m in members)
        right = max(ranges[m][1] for m in members)
        o_left = min([before.moved(left, True), *(s.start for s in ones)])
        o_right = max([before.moved(right, False), *(s.end for s in ones)])
        f_left = min([after.moved(left, True), *(s.out_start for s in twos)])
        f_right = max([after.moved(right, False), *(s.out_end for s in twos)])
        owner = ones[0].owner if ones else twos[0].owner
        edit = AppliedReplacement(
            line, f_left, f_right, original[o_left:o_right], final[f_left:f_right], o_left
        )
        found.append((owner, edit))
    return found


def _groups(ranges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The ranges (indices into `ranges`) that touch, grouped: overlapping, or an empty one (a
    deletion's place, an insertion's) inside another or at the same place.

    One sweep in order of start (an empty range before a longer one at its place, which it does
    not touch): a range touches an earlier one only if it starts inside the furthest-reaching
    earlier one, which then stands for every earlier range over that place."""
    parent = list(range(len(ranges)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reach: tuple[int, int] | None = None  # the earlier non-empty range ending last, its index
    at_place: dict[int, int] = {}  # an empty range at each place
    for i in sorted(range(len(ranges)), key=lambda m: ranges[m]):
        start, end = ranges[i]
        if start == end and start in at_place:
            parent[root(i)] = root(at_place[start])
        inside = start < reach[0] if reach else False
        if inside and reach and (start < end or ranges[reach[1]][0] < start):
            parent[root(i)] = root(reach[1])
        if start == end:
            at_place.setdefault(start, i)
        elif reach is None or end > reach[0]:
            reach = (end, i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ranges)):
        groups[root(i)].append(i)
    return sorted(groups.values(), key=lambda g: min(ranges[m] for m in g))


class _Shifts:
    """What a round's edits before a place of the text they read added to it: the place's
    position in the text they wrote. Each edit is (start, end, new length) in the text read; an
    empty edit at the place counts before it for a group's left end, after it for its right."""

    def __init__(self, edits: Sequence[tuple[int, int, int]]) -> None:
        self.edits = sorted(edits, key=lambda e: (e[1], e[0]))
        self.ends = [end for _, end, _ in self.edits]
        self.sums = list(
            accumulate((new - (end - start) for start, end, new in self.edits), initial=0)
        )

    def moved(self, position: int, left: bool) -> int:
        first = bisect_left(self.ends, position)
        shift = self.sums[first]
        for start, end, new in self.edits[first : bisect_right(self.ends, position)]:
            if left or start < position:
                shift += new - (end - start)
        return position + shift
