"""One junk block, one finding: the findings that share lines, or that alternate side by side
between rules of the same pack, are reported as one.

Rules overlap by design: a comment thread (CM003) is also, line by line, the tail chrome and the
detached prose of the article's shape (AR002, AR009); a newsletter line carries both the prompt
(NL001) and the small print (NL003). Reported one by one, a block of junk reads as a dozen
problems. The engine has already given each removed line to one finding; here those findings are
grouped, and the group is reported as the finding that took most of its lines, the others listed
as `related`. Nothing is lost: the group's removed text and spans are its members', in order, so
a report still restores the original byte for byte.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scrapelint.engine.result import Outcome
from scrapelint.text.document import Document
from scrapelint.text.findings import Severity

PACK_CHARS = 2  # a code's pack: NL001 and NL003 are both newsletter rules
# The article-shape verdicts say where a line stands (the tail of the page), not what it is (a
# share button): in a block they name it only when no other rule does.
SHAPE_PACK = "AR"


@dataclass(frozen=True, slots=True)
class Group:
    """Findings reported as one: `primary` names the block, `related` the rest."""

    primary: Outcome
    related: tuple[Outcome, ...] = ()

    @property
    def members(self) -> tuple[Outcome, ...]:
        return (self.primary, *self.related)

    @property
    def severity(self) -> Severity:
        return max((o.finding.severity for o in self.members), key=lambda s: s.rank)


def group(outcomes: Sequence[Outcome], doc: Document) -> list[Group]:
    """`outcomes` grouped by block, in report order (line, then code).

    Findings that ask for no removal (a missing date, the guard) stand alone: they are about the
    document, not a block of it. A removal held back for weak evidence is still about its block."""
    singles = [Group(o) for o in outcomes if not _about_lines(o)]
    blocks: list[list[Outcome]] = []
    end = -1
    for outcome in sorted(
        (o for o in outcomes if _about_lines(o)),
        key=lambda o: (o.finding.line, o.finding.end_line, o.finding.code),
    ):
        if blocks and _joins(blocks[-1], outcome, end, doc):
            blocks[-1].append(outcome)
        else:
            blocks.append([outcome])
            end = -1
        end = max(end, outcome.finding.end_line)
    groups = singles + [_as_group(block) for block in blocks]
    return sorted(groups, key=lambda g: (g.primary.finding.line, g.primary.finding.code))


def _about_lines(outcome: Outcome) -> bool:
    """Whether the finding asked for its lines to go (the run may have held the removal back)."""
    return outcome.finding.removal is not None or outcome.finding.held


def _joins(block: list[Outcome], outcome: Outcome, end: int, doc: Document) -> bool:
    """Whether `outcome` belongs to the block ending at line `end`: it shares a line with it, or
    only blank lines part it from the block's last finding, another rule of the same pack (the
    same rule again is the same junk again, counted as such, as baselines count it)."""
    start = outcome.finding.line
    if start <= end:
        return True
    code, last = outcome.finding.code, block[-1].finding.code
    if code == last or code[:PACK_CHARS] != last[:PACK_CHARS]:
        return False
    return all(doc.lines[index].is_blank for index in range(end + 1, start))


def _as_group(block: list[Outcome]) -> Group:
    """The block's finding, the most specific: one whose removal the run did not hold back for
    weak evidence, a rule that says what the lines are rather than where they stand, then the one
    that removed most of the block's lines (each line goes to the first finding that asks for it),
    then the widest, then the first."""

    def weight(outcome: Outcome) -> tuple[bool, bool, int, int, int]:
        removed = sum(span.end - span.start for span in outcome.removed)
        finding = outcome.finding
        shape = finding.code.startswith(SHAPE_PACK)
        return (finding.held, shape, -removed, -(finding.end_line - finding.line), finding.line)

    ranked = sorted(block, key=weight)
    return Group(ranked[0], tuple(ranked[1:]))
