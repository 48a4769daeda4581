"""Which finding takes which line, and what a removal takes with it.

Each line to remove goes to exactly one finding, the first to ask for it, so the report can give
every removed line back. Blank lines follow the lines they belong to: a removal must not leave
paragraphs run together, stray blank runs, or a blank line that would vanish into a CRLF.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from scrapelint.text.document import Document, Line
from scrapelint.text.findings import AppliedRemoval, Finding

# Whether a line (by index) is kept from the rule of a code.
Keeps = Callable[[int, str], bool]


def claim_lines(
    doc: Document, findings: Sequence[Finding], keeps: Keeps | None = None
) -> dict[int, tuple[int, ...]]:
    """Give each line to remove to one finding (the first to ask), blank lines to a neighbour.

    `keeps(index, code)` tells a line an inline suppression keeps from the rule `code`: it goes
    to the next finding that asks for it, if any.
    """
    owner: dict[int, int] = {}
    for position, finding in enumerate(findings):
        if finding.removal is None:
            continue
        for index in range(finding.removal.start, finding.removal.end):
            if keeps is None or not keeps(index, finding.code):
                owner.setdefault(index, position)
    if not owner:
        return {}
    for blank, neighbour in _orphaned_blanks(doc, owner.keys()):
        owner[blank] = owner[neighbour]
    for blank in _breaks_kept(doc, owner.keys()):
        del owner[blank]
    for blank, neighbour in _blanks_after_cr(doc, list(owner)):
        owner[blank] = owner[neighbour]
    claims: dict[int, list[int]] = {}
    for index in sorted(owner):
        claims.setdefault(owner[index], []).append(index)
    return {position: tuple(lines) for position, lines in claims.items()}


def _orphaned_blanks(doc: Document, removed: Iterable[int]) -> list[tuple[int, int]]:
    """Blank lines left without purpose by a removal, each paired with the removed line beside it.

    A blank run goes when removed lines (or an end of the text) stand on both of its sides, when
    the removed run just before it was itself preceded by a blank run, and when nothing but
    removed and blank lines follows it: paragraphs stay separated by the blank lines they had,
    never by two runs where there was one, and a text whose tail was removed does not end blank.
    """
    gone = set(removed)
    lines = doc.lines
    last_kept = _last_kept(lines, gone)
    pairs: list[tuple[int, int]] = []
    for start, end in _blank_runs(lines):
        after_removal = start > 0 and (start - 1) in gone
        before_removal = end < len(lines) and end in gone
        if not (after_removal or before_removal):
            continue
        enclosed = (after_removal or start == 0) and (before_removal or end == len(lines))
        trailing = before_removal and last_kept < end  # nothing but removed and blank after
        if enclosed or trailing or (after_removal and _blank_before_run(lines, gone, start)):
            neighbour = start - 1 if after_removal else end
            pairs.extend((blank, neighbour) for blank in range(start, end))
    return pairs


def _breaks_kept(doc: Document, removed: Iterable[int]) -> list[int]:
    """The blank lines to leave between two lines that stay and that blank lines parted, when
    the removal would take every one of them: the blank run nearest the second line.

    A menu's last item kept over its removed last item, then a breadcrumb removed and the
    headline under it would otherwise run together into one block, which a later pass (and a
    second fix) reads as one list, not as a menu over a headline."""
    gone = set(removed)
    restored: list[int] = []
    kept_before = False  # a non-blank line that stays came before
    blanks: list[int] = []  # the blank lines since it
    for line in doc.lines:
        if line.is_blank:
            if kept_before:
                blanks.append(line.index)
        elif line.index not in gone:
            if blanks and all(blank in gone for blank in blanks):
                restored.extend(_last_run(blanks))
            kept_before, blanks = True, []
    return restored


def _last_run(blanks: list[int]) -> list[int]:
    """The last run of consecutive indices in `blanks` (ascending)."""
    start = len(blanks) - 1
    while start > 0 and blanks[start - 1] == blanks[start] - 1:
        start -= 1
    return blanks[start:]


def _blanks_after_cr(doc: Document, removed: Iterable[int]) -> list[tuple[int, int]]:
    """Empty LF lines that a removal would bring right after a line ending in a lone CR.

    Joined, "\\r" and "\\n" read back as one CRLF line: the blank line would vanish from the
    cleaned text without a record, and the report could no longer restore the original. Such a
    blank line (and any like it after it) goes with the removed line before it.
    """
    if not any(line.ending == "\r" for line in doc.lines):
        return []  # no lone CR, the common case: nothing to pair
    gone = set(removed)
    pairs: list[tuple[int, int]] = []
    last_kept: Line | None = None
    for line in doc.lines:
        if line.index in gone:
            continue
        follows_removal = line.index > 0 and (line.index - 1) in gone
        if follows_removal and line.raw == "\n" and last_kept and last_kept.ending == "\r":
            pairs.append((line.index, line.index - 1))
            gone.add(line.index)
            continue
        last_kept = line
    return pairs


def _blank_runs(lines: Sequence[Line]) -> Iterator[tuple[int, int]]:
    start = None
    for line in lines:
        if line.is_blank and start is None:
            start = line.index
        elif not line.is_blank and start is not None:
            yield start, line.index
            start = None
    if start is not None:
        yield start, len(lines)


def _blank_before_run(lines: Sequence[Line], gone: set[int], blank_start: int) -> bool:
    """True when the removed run ending just before `blank_start` is itself preceded by a blank."""
    index = blank_start - 1
    while index >= 0 and index in gone:
        index -= 1
    return index < 0 or lines[index].is_blank


def _last_kept(lines: Sequence[Line], gone: set[int]) -> int:
    """The index of the last non-blank line that stays, or -1 when none does."""
    for line in reversed(lines):
        if line.index not in gone and not line.is_blank:
            return line.index
    return -1


def removed_spans(
    doc: Document, indices: Sequence[int], origin: Sequence[int]
) -> tuple[AppliedRemoval, ...]:
    """Group removed lines into contiguous spans of the original text, with their exact text."""
    if not indices:
        return ()  # most findings of a pass: their lines went to an earlier finding, or none
    spans: list[AppliedRemoval] = []
    first = last = origin[indices[0]]
    texts: list[str] = []  # joined once per span: adding line by line copies the span each time
    for index in indices:
        start = origin[index]
        if start != last + 1 and texts:
            spans.append(AppliedRemoval(first, last + 1, "".join(texts)))
            first, texts = start, []
        line = doc.lines[index]
        texts.append(line.text + line.ending)
        last = start
    spans.append(AppliedRemoval(first, last + 1, "".join(texts)))
    return tuple(spans)
