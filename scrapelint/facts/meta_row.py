"""A post's meta row: the writer's name, the date and a count of comments or a reading time.

Blog themes print the writer with no label in a row of the post's facts: on one line ("Susan
December 9, 2024 0 Comments", WordPress's "author, date, comments") or as consecutive list items
("* Gabo" over "* Jan 23" over "* 11 min read", Wix's "author, date, reading time"). The row's
shape is the label: the name opens it, and the rest is a date and a count or a reading time,
nothing else. A first name alone is all such a theme prints, so one word counts here where no
label says it is a name (`byline_word`); a name is never a menu or organisation word nor one the
page prints in lowercase (a category, "Recipes December 9, 2024 0 Comments"), and a section such
as "Learn" over "7 Minute Read" has no date in its row.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.facts.byline_word import one_word
from scrapelint.facts.bylines import Byline, common_words, only_names
from scrapelint.facts.dates import find_all_dates
from scrapelint.facts.locale_data import month_number
from scrapelint.facts.meta_words import WORDS, vocabulary
from scrapelint.text.document import LIST_MARKER_RE, line_content
from scrapelint.text.lazy_pattern import lazy

# A row is a short line; a count or a reading time a short part of it.
MAX_ROW_CHARS = 100
MAX_COUNT_CHARS = 24
# A list row holds the name and at most this many items after it (date, count, reading time).
ROW_ITEMS = 3
# A date with no year, as a theme prints this year's posts: "Jan 23", "23 Jan".
YEARLESS_RE = lazy(
    r"^(?:(?P<mon>[^\W\d_]{3,10})\.?\s+(?P<day>\d{1,2})"
    r"|(?P<day2>\d{1,2})\.?\s+(?P<mon2>[^\W\d_]{3,10})\.?)$"
)
# A count and its noun: "0 Comments", "12 Kommentare", "1 reply".
COUNT_RE = lazy(r"^\d{1,6}\s*(?P<noun>[^\W\d_]+)$")
# What stands between the parts of a one-line row: spaces, bars, bullets, dashes.
SEPARATORS = " |•·⋅-–—,"


def meta_row(lines: Sequence[str], window: Sequence[int]) -> Byline | None:
    """The name opening a meta row among the lines of `window`, the first one found; never one
    of words the page prints in lowercase (a category: "Recipes" over a page about recipes)."""
    for index in window:
        raw = lines[index]
        if len(raw) > MAX_ROW_CHARS:
            continue
        if LIST_MARKER_RE.match(raw):
            name = _list_row(lines, index)
        else:
            name = _line_row(line_content(raw))
        if name and not any(common_words(n, lines) for n in name):
            return Byline(name, index)
    return None


def _line_row(text: str) -> tuple[str, ...]:
    """A row on one line, "Susan December 9, 2024 0 Comments": a name, one date, then a count
    or a reading time."""
    dates = find_all_dates([text])
    if len(dates) != 1:
        return ()
    date = dates[0]
    head = text[: date.start].strip(SEPARATORS)
    tail = text[date.end :].strip(SEPARATORS)
    return _name(head) if _counted(tail) else ()


def _list_row(lines: Sequence[str], index: int) -> tuple[str, ...]:
    """A row of list items, "* Gabo" over "* Jan 23" over "* 11 min read": the items right under
    the name are a date and a count or a reading time, and nothing else."""
    items: list[str] = []
    for below in range(index + 1, len(lines)):
        text = lines[below]
        if not text.strip():
            continue
        if not LIST_MARKER_RE.match(text) or len(items) == ROW_ITEMS:
            break
        items.append(line_content(text))
    # The two items under the name are a date and a count, in either order; a third is one
    # more of them ("* 2 min read" under "* 0 comments") or the row has ended.
    if len(items) < 2 or not _facts(items[:2]):
        return ()
    if len(items) == ROW_ITEMS and not (_is_date(items[2]) or _counted(items[2])):
        return ()
    return _name(line_content(lines[index]))


def _facts(pair: Sequence[str]) -> bool:
    """A date and a count or reading time, in either order."""
    first, second = pair
    return (_is_date(first) and _counted(second)) or (_counted(first) and _is_date(second))


def _name(text: str) -> tuple[str, ...]:
    """A person's name, or one word that may be a first name or a handle."""
    return only_names(text) or one_word([text], handle=True)


def _is_date(text: str) -> bool:
    if len(text) > MAX_COUNT_CHARS * 2:
        return False
    dates = find_all_dates([text])
    if dates:
        return len(dates) == 1 and not text[: dates[0].start].strip(SEPARATORS)
    match = YEARLESS_RE.match(text)
    if match is None:
        return False
    month, day = match["mon"] or match["mon2"], int(match["day"] or match["day2"])
    return month_number(month) is not None and 1 <= day <= 31


def _counted(text: str) -> bool:
    """A count of comments or a reading time, alone."""
    if not text or len(text) > MAX_COUNT_CHARS:
        return False
    count = COUNT_RE.match(text)
    if count is not None and count["noun"].casefold() in vocabulary()["comment_count"]:
        return True
    return text[0].isdigit() and WORDS.mentions("reading_time", text)
