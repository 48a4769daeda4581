"""Which line of a window around the article is its byline, strongest evidence first.

`labelled_byline`: a line that says it is a byline ("By Jane Doe", names on a dateline).
`signed_at_end`: the same under the body ("By Jane Doe" as the article's last line).
`bare_byline`: a line of names alone, next to a dateline, a reading time, a role or the headline;
never words of the headline itself (a sub-heading such as "Mobile Apps" under "Mobile Apps and
Mobile App Development", tags such as "Corporate Relocation, Employee Relocation" under "Corporate
Relocation Company vs. Moving Company").
`named_in_bio`: a name alone in the window that opens a writer's bio sentence elsewhere on the page.
`boxed_below`: an author box under the end window ("Article written by:" under the citations), when
the locator ended the body early.
`signed_anywhere`: when the windows find nothing (the headline was misread), a labelled byline
anywhere above the body's end that a date, a reading time or a reviewer's credit stands beside
("By Jane Doe" over "Updated Sep 9, 2025").
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.facts.bylines import (
    BIO_RE,
    Byline,
    author_box,
    byline_at,
    names_in,
    only_names,
    weak_labelled,
)
from scrapelint.facts.datelines import Dateline
from scrapelint.facts.dates import find_all_dates, has_year_hint
from scrapelint.facts.meta_words import WORDS
from scrapelint.text.document import LIST_MARKER_RE, line_content
from scrapelint.text.lazy_pattern import lazy

# A reading time, a role or a byline is a short line (a glued byline still fits).
MAX_LABEL_CHARS = 100
# A name alone on a line is a byline only right next to a dateline, reading time or role.
BARE_REACH = 1
# How many non-blank lines over or under a byline found far from the article a date may stand.
SIGNED_REACH = 2
# A letter of any script: a line without one is a count or a mark, not text.
LETTER_RE = lazy(r"[^\W\d_]")


def labelled_byline(
    lines: Sequence[str], near: Sequence[int], stamps: Sequence[Dateline]
) -> Byline | None:
    """The first byline in the window that says it is one: a prefix ("By", "Por", "Door"),
    else names on a dateline. A prefix is the surer sign: "Buenos Aires, 20 de septiembre de
    2024" over "Por Martín Fernández" names its place the way "Jane Doe, 3 May 2024" names its
    writer."""
    dated = {d.line for d in stamps}
    prefixed = [
        i
        for i in near
        if WORDS.byline_prefix.match(text := line_content(lines[i])) or weak_labelled(text)
    ]
    for index in [*prefixed, *(i for i in near if i not in prefixed)]:
        found = byline_at(lines, index, index in dated, near_meta=False)
        if found is not None:
            return found
    return None


def signed_at_end(lines: Sequence[str], tail: Sequence[int]) -> Byline | None:
    """A prefixed byline in the window at the end of the body ("By Jane Doe")."""
    for index in tail:
        text = line_content(lines[index])
        if len(text) <= MAX_LABEL_CHARS and WORDS.byline_prefix.match(text):
            found = byline_at(lines, index, False, near_meta=False)
            if found is not None:
                return found
    return None


def bare_byline(
    lines: Sequence[str],
    near: Sequence[int],
    stamps: Sequence[Dateline],
    headline: int | None,
    title: str = "",
) -> Byline | None:
    """A line of names alone beside a dateline, a reading time, a role or under the headline."""
    short = [i for i in near if len(lines[i]) <= MAX_LABEL_CHARS]
    marks = {d.line for d in stamps}
    marks |= {i for i in short if WORDS.mentions("reading_time", lines[i])}
    marks |= {i for i in short if WORDS.role.match(lines[i].strip(" *"))}
    marks |= {i for i in short if _other_credit(lines[i])}
    title_words = {w.casefold() for w in title.split()}
    for index in near:
        beside = _beside(lines, index, BARE_REACH)
        # A name alone right under the headline is its byline too.
        under_headline = headline is not None and headline in beside and headline < index
        if not (under_headline or any(i in marks for i in beside)) or _credited(lines, index):
            continue
        found = byline_at(lines, index, False, near_meta=True)
        if found is not None and not _tags_or_heading(found, title_words):
            return found
    return None


def named_in_bio(lines: Sequence[str], near: Sequence[int], page: Sequence[int]) -> Byline | None:
    """A line of one name alone in the window whose name opens a bio sentence elsewhere on the
    page ("Jane Doe" by the headline, "Jane Doe is a freelance writer ..." under the article);
    the sentence names a writer's role, and the name is no list item (a company under review
    has its sentence too: "Acme Moving is a family-owned moving company")."""
    alone: dict[int, str] = {}
    for index in near:
        text = lines[index]
        if len(text) > MAX_LABEL_CHARS or LIST_MARKER_RE.match(text):
            continue
        names = only_names(line_content(text))
        if len(names) == 1 and not _credited(lines, index):
            alone[index] = names[0]
    if not alone:
        return None
    starts = tuple(set(alone.values()))
    bios = set()
    for other in page:  # one pass, a C prefix test first: most lines open with no such name
        text = lines[other]
        if not text.startswith(starts):
            continue
        bio = BIO_RE.match(line_content(text))
        if bio is not None and WORDS.mentions("roles", text):
            bios.add(bio["name"])
    return next((Byline((n,), i) for i, n in alone.items() if n in bios), None)


def _credited(lines: Sequence[str], index: int) -> bool:
    """The line over `index` is another credit's label alone ("Fact checked by" over "Jane
    Doe"): the name is that credit's, not the author's."""
    over = _beside(lines, index, 1)
    if not over or over[0] > index:
        return False
    text = line_content(lines[over[0]])
    return WORDS.other_credit.match(text) is not None and not names_in(text)


def _tags_or_heading(byline: Byline, title_words: set[str]) -> bool:
    """A name made only of words of the headline: a sub-heading or a tag that echoes it."""
    return any({w.casefold() for w in name.split()} <= title_words for name in byline.names)


def signed_anywhere(lines: Sequence[str], indices: Sequence[int]) -> Byline | None:
    """The first labelled byline among `indices` with a date, a reading time or a reviewer's
    credit on its line or within `SIGNED_REACH` non-blank lines of it."""
    prefix, alone = WORDS.byline_prefix, WORDS.byline_alone
    for index in indices:
        text = lines[index]  # the patterns skip a list marker or heading hashes themselves
        if len(text) > MAX_LABEL_CHARS or not WORDS.may_open("byline", text):
            continue
        if not (prefix.match(text) or alone.match(text)):
            continue
        found = byline_at(lines, index, False, near_meta=False)
        if found is not None and _attested(lines, found.line):
            return found
    return None


def boxed_below(lines: Sequence[str], start: int) -> Byline | None:
    """The author box whose heading is the first one from line `start` down, over no heading of
    other articles or comments (a box under those is another article's or a commenter's)."""
    heading, elsewhere = WORDS.author_box, WORDS.elsewhere
    for index in range(start, len(lines)):
        text = lines[index]
        if not text or len(text) > MAX_LABEL_CHARS:
            continue
        text = text.strip()
        if WORDS.may_open("elsewhere", text) and elsewhere.match(text):
            return None
        if WORDS.may_open("author_box", text) and heading.match(text):
            under = _beside(lines, index, 1)
            return author_box(lines, [index, *(i for i in under if i > index)])
    return None


def _other_credit(text: str) -> bool:
    """A reviewer's or editor's credit opens the line; most lines open with none, told in C."""
    return WORDS.may_open("other_credits", text) and WORDS.other_credit.match(text) is not None


def _attested(lines: Sequence[str], index: int) -> bool:
    for near in (index, *_beside(lines, index, SIGNED_REACH)):
        text = lines[near]
        if len(text) > MAX_LABEL_CHARS:
            continue
        if WORDS.mentions("reading_time", text) or _other_credit(text):
            return True
        if has_year_hint(text) and find_all_dates([text]):
            return True
    return False


def _beside(lines: Sequence[str], index: int, reach: int) -> list[int]:
    """The `reach` nearest non-blank lines over and under line `index`, past a line of neither
    letters nor a year (a view count such as "210412" between a name and its dateline)."""
    found: list[int] = []
    for step in (-1, 1):
        i, seen = index + step, 0
        while 0 <= i < len(lines) and seen < reach:
            text = lines[i]
            if text.strip() and (LETTER_RE.search(text) or has_year_hint(text)):
                found.append(i)
                seen += 1
            i += step
    return found
