"""Which dates on a page are datelines, and of what: first publication or revision.

A date counts as a dateline when the line is built like one: the date with its time, weekday,
site name or label (`is_dateline`), a label right before it ("Published", "Updated:",
"Last update"), or a short line of names, separators and a reading time ("Jane Doe · Jan 29,
2025 · 5 min read"). A date in prose, in a copyright line, in a comment's header ("... said:") or
under a "Related"/"Comments" heading never is, nor a numeric date whose day and month could be
swapped ("02-12-2025").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scrapelint.facts.dates import MONTH_FIRST_SHAPES, DateMention, is_dateline, without_dates
from scrapelint.facts.meta_words import WORDS
from scrapelint.text.lazy_pattern import lazy

PUBLISHED, UPDATED, PLAIN = "published", "updated", "plain"

# How far before a date its label may stand ("Last updated on Monday, ...").
LABEL_REACH = 40
# A dateline holds a few words besides its dates: names, separators, a reading time.
MAX_DATELINE_WORDS = 14
# A list of dates, not a dateline: this many plain datelines of different dates, each at most
# LIST_GAP lines under the one before ("1/1/2013", "+12.8%", "2/1/2013", ...).
LIST_RUN, LIST_GAP = 3, 3
# Words of a line once its dates are cut out.
WORD_RE = lazy(r"[^\W_]+")


def swappable(mention: DateMention, month_first: bool = True) -> bool:
    """A numeric date whose day and month could be read either way ("02-12-2025"): which one
    the page means is a guess from its other dates, and a wrong date is worse than none. Its
    order is certain when a part is over 12 ("12/19/2025") or both are equal, and between dots
    ("07.12.2026") on a page with no date written month first (`month_first`): dots are how
    the countries that write the day first write it, as `dates.find_all_dates` reads it."""
    day, month = mention.date.day, mention.date.month
    if "." in mention.text and not month_first:
        return False
    return mention.shape.endswith("numeric") and day <= 12 and month <= 12 and day != month


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date that a dateline gives, of a kind (`published`, `updated` or `plain`)."""

    mention: DateMention
    kind: str
    # Labelled "Last updated" (not "Updated") on its own line, a note beside the date: the page
    # was revised after it first came out, so the publication date is another, earlier one. A
    # "Last updated" label alone on the line over the date is the name a template gives the one
    # date field it prints (the page's date, as a reader and its metadata take it): not `last`.
    last: bool = False

    @property
    def line(self) -> int:
        return self.mention.line


def datelines(lines: Sequence[str], mentions: Sequence[DateMention]) -> list[Dateline]:
    """The mentions that stand on a dateline, each with its kind, in document order."""
    found: list[Dateline] = []
    by_line: dict[int, list[DateMention]] = {}
    for mention in mentions:
        by_line.setdefault(mention.line, []).append(mention)
    for index, on_line in by_line.items():
        text = lines[index]
        if WORDS.mentions("copyright", text) or WORDS.comment_header(text):
            continue
        short = _short(text, on_line)
        over = _line_above(lines, index)
        above = _label_above(over)
        glued = _glued(text, on_line)
        for position, mention in enumerate(on_line):
            labelled = _label(text, mention)
            kind = labelled or (above if position == 0 else None)
            if kind is None and position in glued and mention.date > on_line[position - 1].date:
                kind = UPDATED
            if kind is None and (short or glued or is_dateline(text)):
                kind = PLAIN
            if kind is not None:
                label = text[max(0, mention.start - LABEL_REACH) : mention.start]
                last = kind == UPDATED and bool(labelled) and WORDS.mentions("last_updated", label)
                found.append(Dateline(mention, kind, last))
    month_first = any(m.shape in MONTH_FIRST_SHAPES for m in mentions)
    return [d for d in _without_lists(found) if not swappable(d.mention, month_first)]


def _glued(text: str, on_line: Sequence[DateMention]) -> set[int]:
    """The positions of the dates glued to a date before them ("January 12, 2025January 22,
    2025"): a page prints its publication and revision dates side by side (the later one is the
    revision), so only a dateline glues dates."""
    return {
        position
        for position in range(1, len(on_line))
        if on_line[position].start == on_line[position - 1].end
    }


def _without_lists(found: list[Dateline]) -> list[Dateline]:
    """The datelines outside a run of `LIST_RUN` or more plain ones of different dates, each
    within `LIST_GAP` lines of the next: a table of figures by date, an archive. (A labelled
    date stays: "Published" and "Updated" lines stand together by the headline.)"""
    plain = sorted((d for d in found if d.kind == PLAIN), key=lambda d: d.line)
    listed: set[int] = set()
    run: list[Dateline] = []
    for dateline in plain:
        if run and dateline.line - run[-1].line > LIST_GAP:
            listed |= _listed(run)
            run = []
        run.append(dateline)
    listed |= _listed(run)
    return [d for d in found if d.line not in listed]


def _listed(run: list[Dateline]) -> set[int]:
    if len({d.mention.date for d in run}) < LIST_RUN:
        return set()
    return {d.line for d in run}


def _line_above(lines: Sequence[str], index: int) -> str:
    """The nearest non-blank line over line `index` within two lines ("" when none)."""
    above = next((i for i in range(index - 1, max(-1, index - 3), -1) if lines[i].strip()), None)
    return "" if above is None else lines[above]


def _label_above(over: str) -> str | None:
    """The kind a label alone on the line above gives ("Published on" / "Oct 31, 2025")."""
    text = over.strip(" *:-–—|")
    if not text or len(text) > LABEL_REACH:
        return None
    for kind, pattern in ((UPDATED, WORDS.updated), (PUBLISHED, WORDS.published)):
        match = pattern.search(text)
        if match and not WORD_RE.search(text[match.end() :].replace("on", "", 1)):
            return kind
    return None


def _label(text: str, mention: DateMention) -> str | None:
    """`published` or `updated` when a label stands right before the date (nearest wins)."""
    before = text[max(0, mention.start - LABEL_REACH) : mention.start]
    best: tuple[int, str] | None = None
    for kind, pattern in ((UPDATED, WORDS.updated), (PUBLISHED, WORDS.published)):
        for match in pattern.finditer(before):
            if best is None or match.end() > best[0]:
                best = (match.end(), kind)
    if best is None:
        return None
    # Only names, separators, a weekday between label and date: "Updated: Mon, Jan 29, 2025".
    gap = before[best[0] :]
    return best[1] if len(WORD_RE.findall(gap)) <= 2 else None


def _short(text: str, on_line: Sequence[DateMention]) -> bool:
    """A line of a few words besides its dates, with no sentence in it."""
    if WORDS.relative_age.search(text):  # "3 days ago": nothing certain of the day
        return False
    rest = without_dates(text, on_line)
    words = WORD_RE.findall(rest)
    if len(words) > MAX_DATELINE_WORDS:
        return False
    stripped = rest.strip()
    return not stripped.endswith((".", "!", "?")) or len(words) <= 3
