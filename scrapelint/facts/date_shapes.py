"""The shapes a date is printed in, one named regular expression each, and a line's scan.

ISO ("2017-11-04"), year first with slashes ("2017/11/04") or with dots or bullets and two-digit
parts ("2025.12.17", "2025•01•08"), numeric day/month/year ("04/11/2017"), month first ("November 4,
2017"), day first ("4 de noviembre de 2017") and the Vietnamese month number ("16 tháng 3, 2025").
Month and weekday words are matched by a generic letter pattern and looked up afterwards in CLDR's
tables (:mod:`facts.locale_data`); a shape is tried only near a four-digit year 1900-2099, and every
candidate is validated with :class:`datetime.date`. A textual date's year may have a clock time
glued to it ("Tue, Nov 19 20197:05 AM EST", a date and a time printed as neighbouring spans).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from scrapelint.facts.locale_data import month_number, weekday_number
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.marks import WORD_MARKS


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date found in a line; ``start``/``end`` index into that line."""

    line: int
    start: int
    end: int
    date: datetime.date
    weekday_ok: bool | None  # None: no weekday given; False: the weekday contradicts the date
    text: str
    shape: str


# A clock time glued to the year before it, as a page prints a date and a time in neighbouring
# spans ("Nov 19 20197:05 AM"): an hour 0-23, a colon and the minutes, and no digit after.
_GLUED_TIME = r"(?=(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))"
# Cheap pre-filter: no shape matches a line without a standalone four-digit year 1900-2099 (or
# one a time is glued to).
YEAR_HINT_RE = lazy(rf"(?<!\d)(?:19|20)\d{{2}}(?:(?!\d)|{_GLUED_TIME})")

# A month or weekday candidate: letters (any script, with the vowel signs of the scripts that
# write them as marks: "मार्च", "มีนาคม"), one optional hyphenated part for "segunda-feira", an
# optional abbreviation dot. Validated against the CLDR tables afterwards.
_LETTER = rf"(?:[^\W\d_]|[{WORD_MARKS}])"
_WORD = rf"{_LETTER}+(?:-{_LETTER}+)?\.?"
# A four-digit year; a following digit or "%" means it is part of a bigger number or a share.
_YEAR = r"(?P<y>(?:19|20)\d{2})(?![\d%])"
# The year of a textual date, which a time may follow glued ("Tue, Nov 19 20197:05 AM EST"):
# the month's name says it is a date, so the digits after the year are the time.
_TEXT_YEAR = rf"(?P<y>(?:19|20)\d{{2}})(?:(?![\d%])|{_GLUED_TIME})"
# An optional leading weekday ("Saturday, "), checked against the date when it is a weekday.
_WEEKDAY = rf"(?:(?P<wd>{_WORD}),?\s+)?"

# ISO 8601 date with optional time: "2017-11-04", "2017-11-3", "2017-11-04T10:54:00Z".
# Not preceded by a word char, dot, comma, slash or dash (ranges "1,500-2,500", paths).
ISO_RE = lazy(
    r"(?<![\w.,/-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?P<time>T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d]|-\d)"
)

# Year-first with slashes, "2017/11/04". Dots are left out on purpose: "2019.1.2" is a version.
YMD_SLASH_RE = lazy(r"(?<![\w.,/-])(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d]|/\d)")

# Year first with dots or bullets and two-digit parts, as some blogs print it: "2025.12.17",
# "2025•01•08". Both parts must have two digits and nothing may follow: "2019.1.2" and
# "2024.01.15.1" are versions.
YMD_DOTS = frozenset(".•·")
YMD_DOTTED_RE = lazy(
    r"(?<![\w.,/-])(?P<y>(?:19|20)\d{2})(?P<sep>[.•·])(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?![\d.•·])"
)

# Dates inside URL or file paths, "/news/2017/11/3/index.md"; only used by find_dates_in,
# because in article lines such paths belong to links to *other* pages.
PATH_RE = lazy(r"(?<![\w])(?P<y>(?:19|20)\d{2})[/_-](?P<m>\d{2})[/_-](?P<d>\d{1,2})(?!\d)")

# Numeric day/month/year, "04/11/2017", "4.11.2017", "04-11-2017"; both separators must agree.
# The guards refuse versions ("v1.2.2017"), times and longer digit runs such as phone numbers.
NUMERIC_RE = lazy(
    r"(?<![\w.,/:-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)" + _YEAR + r"(?![./-]\d)"
)
# Day first with a space after each dot, as Czech, Slovak and Slovenian sites print it: "16. 3.
# 2025", "16.\xa03. 2025". Always day first; the guards refuse a longer run ("1. 2. 3. 2025").
NUMERIC_SPACED_RE = lazy(
    r"(?<![\w.,/:-])(?<!\d\.\s)(?P<d>\d{1,2})\.\s(?P<m>\d{1,2})\.\s" + _YEAR + r"(?!\.\s?\d)"
)

# Month first: "November 4, 2017", "Nov. 4, 2017", "November 3rd, 2017",
# "Wednesday, November 20, 2019", "December 19. 2025" (a dot where the comma goes).
# A digit may stand right before it: the year of a date the page glued to it ("January 12,
# 2025January 22, 2025", a publication and a revision date printed side by side).
MONTH_DAY_YEAR_RE = lazy(
    r"(?<![^\W\d])"
    + _WEEKDAY
    + rf"(?P<mon>{_WORD})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[,.]?\s+"
    + _TEXT_YEAR
)

# Day first: "04 November 2017", "4. November 2017", "1er novembre 2017", "4-Nov-2017",
# "22 de outubro de 2010", "4 ноября 2017". The day must not continue a number ("1,5 May").
DAY_MONTH_YEAR_RE = lazy(
    r"(?<![\w.,])" + _WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|\.)?(?:\s+|-)"
    rf"(?:de\s+)?(?P<mon>{_WORD})(?:,?\s+|-)(?:del?\s+)?" + _TEXT_YEAR
)

# Year first, Hungarian style: "2024. október 9.", "2025. márc. 3.", or Lithuanian: "2025 m.
# kovo 7 d." The dot after the year (or "m.", metai) is what tells it from a year in prose ("in
# 2019 May 3 people ...").
YEAR_MONTH_DAY_RE = lazy(
    r"(?<![\w.,])(?P<y>(?:19|20)\d{2})(?:\.|\s+m\.)\s+"
    rf"(?P<mon>{_WORD})\s+(?P<d>\d{{1,2}})(?:\.|\s+d\.)?(?!\d)"
)

# Vietnamese, the month a number after "tháng" (month): "16 tháng 3, 2025", "ngày 16 tháng 3
# năm 2025" (năm, year). CLDR's month names there are "tháng 3", which no word pattern reads.
MONTH_NUMBER_RE = lazy(
    r"(?<![\w.,])(?P<d>\d{1,2})\s+(?i:tháng)\s+(?P<m>\d{1,2})(?:\s*,\s*|\s+(?i:năm)\s+)" + _YEAR
)
_MONTH_WORD = "tháng"
_MONTH_NUMBER_REACH = 24  # characters before a year that "16 tháng 12 năm" spans

# English month-first context: a textual "Month D, YYYY" (comma after the day).
MONTH_FIRST_HINT_RE = lazy(rf"(?<!\w)(?P<mon>{_WORD})\s+\d{{1,2}}(?:st|nd|rd|th)?,\s")

_SHAPES: dict[str, re.Pattern[str]] = {
    "iso": ISO_RE,
    "ymd-slash": YMD_SLASH_RE,
    "ymd-dotted": YMD_DOTTED_RE,
    "path": PATH_RE,
    "numeric": NUMERIC_RE,
    "numeric-spaced": NUMERIC_SPACED_RE,
    "month-day-year": MONTH_DAY_YEAR_RE,
    "day-month-year": DAY_MONTH_YEAR_RE,
    "year-month-day": YEAR_MONTH_DAY_RE,
    "day-month-number": MONTH_NUMBER_RE,
}

# The day number right before a year in "November 4, 2017" / "November 3rd, 2017" /
# "December 19. 2025".
DAY_TOKEN_RE = lazy(r"\d{1,2}(?:st|nd|rd|th)?\.?")

_TEXT_REACH = 64  # characters before a year that a textual date with its weekday can span
_ISO_REACH = 32  # characters after a year that an ISO timestamp can span
_YMD_REACH = 24  # characters after a year that a year-first textual date can span
_TIME_REACH = 6  # characters after a year that its guards read: a glued time "23:59" and one more


def make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _numeric_parts(match: re.Match[str]) -> tuple[int, int, str]:
    """(month, day, shape) for a numeric match, day-first unless a part above 12 says otherwise."""
    a, b = int(match["a"]), int(match["b"])
    if a > 12 or (match["sep"] == "." and b <= 12):
        return b, a, "dmy-numeric"
    if b > 12:
        return a, b, "mdy-numeric"
    return b, a, "dmy-numeric"


def _resolve(name: str, match: re.Match[str]) -> tuple[datetime.date, str, int] | None:
    """Validate a regex match: (date, shape, start) or None. ``start`` skips a non-weekday."""
    groups = match.groupdict()
    start = match.start()
    if name == "numeric":
        month, day, shape = _numeric_parts(match)
    elif "mon" in groups:
        named = month_number(match["mon"])
        if named is None:
            return None
        month, day, shape = named, int(match["d"]), name
        if groups.get("wd") is not None and weekday_number(match["wd"]) is None:
            start = match.start("mon") if name == "month-day-year" else match.start("d")
    else:
        month, day = int(match["m"]), int(match["d"])
        shape = "iso-timestamp" if name == "iso" and match["time"] else name
        shape = "dmy-numeric" if name == "numeric-spaced" else shape
    found = make_date(int(match["y"]), month, day)
    return None if found is None else (found, shape, start)


def _weekday_ok(match: re.Match[str], found: datetime.date) -> bool | None:
    wd = match.groupdict().get("wd")
    number = None if wd is None else weekday_number(wd)
    return None if number is None else number == found.weekday()


def _search_all(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Matches inside text[lo:hi] (look-behinds still see before ``lo``); a match that fails
    validation only skips one character."""
    while (match := pattern.search(text, lo, hi)) is not None:
        yield match
        lo = match.start() + 1


def _token_before(text: str, end: int) -> str:
    """The word before ``end``, past "de"/"del" and commas: "4 de noviembre de" -> "noviembre"."""
    words = text[max(0, end - _TEXT_REACH) : end].replace(",", " ").split()
    while words and words[-1].casefold() in ("de", "del"):
        words.pop()
    return words[-1] if words else ""


def _token_after(text: str, start: int) -> str:
    """The word from ``start`` on, past spaces: "2024. október 9." -> "október"."""
    words = text[start : start + _TEXT_REACH].split(maxsplit=1)
    return words[0] if words else ""


def _windows(text: str, paths: bool) -> Iterator[tuple[str, int, int]]:
    """(shape, lo, hi) regions worth a regex, found from each four-digit year and its neighbours.

    Prose years ("since 2014") have no date structure next to them and cost no regex search.
    """
    for year in YEAR_HINT_RE.finditer(text):
        ys, ye = year.span()
        before, after = text[ys - 1 : ys] if ys else "", text[ye : ye + 1]
        if after == "-":
            yield "iso", ys, ye + _ISO_REACH
        if after == "/":
            yield "ymd-slash", ys, ye + _ISO_REACH
        if after in YMD_DOTS:
            yield "ymd-dotted", ys, ye + _ISO_REACH
        if after == "." and month_number(_token_after(text, ye + 1)) is not None:
            yield "year-month-day", ys, ye + _YMD_REACH
        elif text.startswith(" m. ", ye) and month_number(_token_after(text, ye + 4)) is not None:
            yield "year-month-day", ys, ye + 3 + _YMD_REACH
        if paths and after in "/_-" and after:
            yield "path", ys, ye + _ISO_REACH
        if before and before in "./-":
            yield "numeric", max(0, ys - 6), ye + 2
        elif before.isspace() and text[ys - 2 : ys - 1] == ".":
            yield "numeric-spaced", max(0, ys - 8), ye + 3
        token = _token_before(text, ys)
        if DAY_TOKEN_RE.fullmatch(token):
            yield "month-day-year", max(0, ys - _TEXT_REACH), ye + _TIME_REACH
        if _MONTH_WORD in text[max(0, ys - _MONTH_NUMBER_REACH) : ys].casefold():
            yield "day-month-number", max(0, ys - _MONTH_NUMBER_REACH), ye + _TIME_REACH
        if before == "-" or month_number(token) is not None:
            yield "day-month-year", max(0, ys - _TEXT_REACH), ye + _TIME_REACH


def scan(text: str, index: int, paths: bool = False) -> list[DateMention]:
    found: list[DateMention] = []
    for name, lo, hi in _windows(text, paths):
        for match in _search_all(_SHAPES[name], text, lo, hi):
            resolved = _resolve(name, match)
            if resolved is None:
                continue
            date, shape, start = resolved
            end = match.end()
            weekday_ok = _weekday_ok(match, date)
            found.append(DateMention(index, start, end, date, weekday_ok, text[start:end], shape))
    return drop_overlaps(found)


def drop_overlaps(mentions: list[DateMention]) -> list[DateMention]:
    """Keep the earliest, then longest, of overlapping mentions; return them in line order."""
    kept: list[DateMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept
