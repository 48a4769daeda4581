"""Find publication dates in the head of a scraped document, and tell a dateline from prose.

Dates are read in each shape `facts.date_shapes` names (and, for other scripts, those of
`facts.script_dates`), only on lines holding a four-digit year 1900-2099.

Numeric dates policy (``04/11/2017``): a part above 12 decides the order; otherwise the date
is read day-first, unless the same text (the head window for :func:`find_dates`) also holds an
English month-first date ("November 4, 2017" or an unambiguous "11/24/2017"), in which case it
is read month-first. Dotted numerics (``04.11.2017``) are day-first unless the second part is
above 12 (``06.18.2025``, as some US sites print it).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import replace

from scrapelint.facts.date_residue import is_dateline_residue
from scrapelint.facts.date_shapes import (
    MONTH_FIRST_HINT_RE,
    YEAR_HINT_RE,
    DateMention,
    drop_overlaps,
    make_date,
    scan,
)
from scrapelint.facts.locale_data import month_number
from scrapelint.facts.script_dates import CJK_DATE_RE, ascii_digits, has_cjk_mark
from scrapelint.text.lazy_pattern import lazy

# Markdown link targets "](/news/2017/11/3/index.md)": URLs are not visible dateline text.
LINK_TARGET_RE = lazy(r"\]\([^)]*\)")
# A clock time written with a dot right after a numeric date's year, as Finnish pages print it
# ("Julkaistu 9.11.2024 7.02"): the date says the figure is its time, not a price.
YEAR_DOTTED_TIME_RE = lazy(r"(?<=\d{4})\s+(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,])")
# What stands between the two dates of a span, and may stand around them.
_SPAN_DASHES = frozenset({"-", "–", "—", "−", "‒", "―", "～", "〜"})
_SPAN_MARKS = " *_()[]"
# What follows the date of a timeline's entry: a colon or a dash, then its words.
_ENTRY_RE = lazy(r"\s*[:–—-]\s+\w")


def _has_month_first_context(texts: Sequence[str]) -> bool:
    for text in texts:
        if any(month_number(m["mon"]) for m in MONTH_FIRST_HINT_RE.finditer(text)):
            return True
    return False


# The shapes of a date written month first: beside one, a day-first reading is in doubt.
MONTH_FIRST_SHAPES = frozenset({"mdy-numeric", "month-day-year"})


def _is_ambiguous(mention: DateMention) -> bool:
    """A day-first numeric date whose parts could be swapped ("04/11/2017", not "04.11.2017")."""
    day, month = mention.date.day, mention.date.month
    return mention.shape == "dmy-numeric" and day <= 12 and day != month and "." not in mention.text


def _apply_numeric_policy(mentions: list[DateMention], texts: Sequence[str]) -> list[DateMention]:
    """Re-read ambiguous day-first numerics month-first when the context is month-first."""
    if not any(_is_ambiguous(m) for m in mentions):
        return mentions
    month_first = any(m.shape in MONTH_FIRST_SHAPES for m in mentions)
    if not (month_first or _has_month_first_context(texts)):
        return mentions
    return [_swap_day_month(m) if _is_ambiguous(m) else m for m in mentions]


def _swap_day_month(mention: DateMention) -> DateMention:
    old = mention.date
    swapped = datetime.date(old.year, old.day, old.month)  # both parts are <= 12
    return replace(mention, date=swapped, shape="mdy-numeric")


def has_year_hint(text: str) -> bool:
    """Whether YEAR_HINT_RE finds a year in ``text``. Every year holds "19" or "20", which `in`
    looks for in C far faster than the regex tries each position; most lines hold neither."""
    return ("19" in text or "20" in text) and YEAR_HINT_RE.search(text) is not None


def head_indices(lines: Sequence[str], head: int) -> list[int]:
    """Indices of the first ``head`` non-blank lines."""
    picked: list[int] = []
    for index, line in enumerate(lines):
        if len(picked) >= head:
            break
        if line.strip():
            picked.append(index)
    return picked


def find_dates(lines: Sequence[str], head: int = 12) -> tuple[DateMention, ...]:
    """Dates in the first ``head`` non-blank lines, in document order."""
    indices = head_indices(lines, head)
    mentions: list[DateMention] = []
    for index in indices:
        if has_year_hint(lines[index]):
            mentions.extend(scan(lines[index], index))
    return tuple(_apply_numeric_policy(mentions, [lines[i] for i in indices]))


def find_all_dates(
    lines: Sequence[str], only: Iterable[int] | None = None, head: int | None = None
) -> tuple[DateMention, ...]:
    """Dates on every line (or the lines `only` names), in document order, in any script
    :mod:`scrapelint.facts.script_dates` reads (CJK datelines, Arabic-Indic digits); the numeric
    policy is that of the lines read. `head`: only the first `head` characters of each line are
    read (a dateline opens its line; a paragraph of prose holds years all along)."""
    mentions: list[DateMention] = []
    hinted: list[str] = []
    indices = range(len(lines)) if only is None else sorted(only)
    for index in indices:
        line = lines[index] if head is None else lines[index][:head]
        text = line if line.isascii() else ascii_digits(line)
        if has_year_hint(text):
            hinted.append(text)
            found = scan(text, index)
            if has_cjk_mark(text):
                found = drop_overlaps([*found, *_cjk(text, index)])
            mentions.extend(found)
    return tuple(_apply_numeric_policy(mentions, hinted))


def _cjk(text: str, index: int) -> list[DateMention]:
    found = []
    for match in CJK_DATE_RE.finditer(text):
        date = make_date(int(match["y"]), int(match["m"]), int(match["d"]))
        if date is not None:
            found.append(
                DateMention(index, match.start(), match.end(), date, None, match[0], "cjk")
            )
    return found


def find_dates_in(text: str) -> tuple[DateMention, ...]:
    """Dates in one string (metadata field, URL, file path); ``line`` is always 0."""
    if not has_year_hint(text):
        return ()
    return tuple(_apply_numeric_policy(scan(text, 0, paths=True), [text]))


def is_dateline(line: str) -> bool:
    """True when the whole line is essentially a dateline (date plus time, weekday, site name,
    "Updated"/"Published" ...), so it can move from the body into metadata."""
    text = line if line.isascii() else ascii_digits(line)
    if not has_year_hint(text):
        return False
    cleaned = YEAR_DOTTED_TIME_RE.sub(" ", LINK_TARGET_RE.sub("]", text))
    mentions = scan(cleaned, 0)
    if has_cjk_mark(cleaned):  # "2025年6月2日 10:00", as `find_all_dates` reads it
        mentions = drop_overlaps([*mentions, *_cjk(cleaned, 0)])
    if not mentions or _a_span(cleaned, mentions):
        return False
    return is_dateline_residue(without_dates(cleaned, mentions))


def _a_span(text: str, mentions: Sequence[DateMention]) -> bool:
    """Two dates of different years and a dash between them, alone on the line: a life's span
    under an obituary's name ("June 3, 1938 – April 11, 2025") or a period's, no dateline."""
    if len(mentions) != 2 or mentions[0].date.year == mentions[1].date.year:
        return False
    first, second = mentions
    between = text[first.end : second.start].strip(_SPAN_MARKS)
    outside = (text[: first.start] + text[second.end :]).strip(_SPAN_MARKS)
    return between in _SPAN_DASHES and not outside


def is_dated_entry(line: str) -> bool:
    """True when the line opens with a date, a colon or a dash after it, and goes on with more
    than a dateline holds: an entry of a timeline or a changelog ("2026-01-03: Report received",
    "12 May 2025 – Fix released"), not a dateline with its byline ("May 3, 2025 by Jo Lee")."""
    if not has_year_hint(line):
        return False
    opened = line.lstrip(" -*•·–—")
    mentions = scan(LINK_TARGET_RE.sub("]", opened), 0)
    if not mentions or mentions[0].start != 0:
        return False
    return _ENTRY_RE.match(opened, mentions[0].end) is not None and not is_dateline(opened)


def without_dates(text: str, mentions: Sequence[DateMention]) -> str:
    """`text` with each of its date `mentions` (in order, on this line) cut out, a space apart."""
    pieces, pos = [], 0
    for mention in mentions:
        pieces.append(text[pos : mention.start])
        pos = mention.end
    pieces.append(text[pos:])
    return " ".join(pieces)


def publication_date(
    lines: Sequence[str], head: int = 12, mentions: Sequence[DateMention] | None = None
) -> DateMention | None:
    """The most likely publication date: the first one on a dateline, else the first one.

    ``mentions`` is ``find_dates(lines, head)`` when the caller has it already.
    """
    if mentions is None:
        mentions = find_dates(lines, head)
    for mention in mentions:
        if is_dateline(lines[mention.line]):
            return mention
    return mentions[0] if mentions else None


__all__ = [  # DateMention and YEAR_HINT_RE are read from here as before the shapes moved out
    "YEAR_HINT_RE",
    "DateMention",
    "find_all_dates",
    "find_dates",
    "find_dates_in",
    "has_year_hint",
    "head_indices",
    "is_dated_entry",
    "is_dateline",
    "publication_date",
    "without_dates",
]
