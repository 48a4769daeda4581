"""Bylines as pages print them, read in a window of lines around the headline or the body.

Shapes: a prefix and the names ("By Jane Doe", "Written by Jane Doe and John Roe", "Author:
Jane Doe"), a prefix alone with the names on the next line, the names glued to a dateline ("By
Jane DoePublished: Jan 29, 2025", "December 15, 2025 · 30 min · Jane Doe"), a name alone on a
line next to a dateline, a reading time, a role or the headline (a social handle glued after it
is cut: "Jane Doe@janedoe"), a name with its role ("Jane Doe, Staff Writer"); one word or a
team after a label that says more than "By" (`byline_word`). At the end of the article, an
author box ("About the author" and the name or a bio naming its writer, or the name over "Jane
Doe is a ..."). Every name of two words or more must look like a person's (`looks_like_name`):
menu words, site and organisation names, dates and roles are refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from scrapelint.facts.byline_word import (
    dated_beside,
    not_a_person,
    one_word,
    said_more,
    signed_phrase,
    team,
)
from scrapelint.facts.credit_names import looks_like_name, split_names
from scrapelint.facts.dates import find_all_dates
from scrapelint.facts.meta_words import WORDS
from scrapelint.text.document import line_content
from scrapelint.text.lazy_pattern import lazy

# A label glued to the word before it: "Jane DoePublished", "2025By". Cut apart before reading.
GLUE_RE = lazy(r"(?<=[a-z\d.])(?=[A-Z])")
# A year glued to the next date or name ("September 1, 2016September 8, 2016Jane Doe"): pages
# print the published and updated dates and the byline as neighbouring spans.
GLUED_YEAR_RE = lazy(r"(?<!\d)(?:19|20)\d{2}$")
# A social handle glued to the name before it, closing the line ("Jane Doe@janedoe"): the page
# prints the writer's name and a link to their account side by side. An address goes on past
# its "@" ("jane@example.com") and is no handle.
GLUED_HANDLE_RE = lazy(r"(?<=[^\W\d_])@\w{1,30}$")
# Separators between the parts of a byline: bars, bullets, spaced dashes, and the words that
# lead from a name to a date, a place or a category ("Jane Doe on May 3", "In Travel Tips").
SEGMENT_RE = lazy(
    r"\s*[|•·⋅]\s*|\s+[-–—]\s+|\s{2,}|\s+(?:on|in|at|for|from|via|am|le|el|em|il|op)\s+"
    r"|\s+(?:on|in|at)$",
    re.IGNORECASE,
)
# "Jane Doe is a ...": the bio sentence under an author box.
BIO_RE = lazy(r"^(?P<name>(?:\S+\s+){1,3}\S+?)\s+(?:is|was|es|est|ist|é|è)\s", re.UNICODE)
# A credential after a name: "MS", "RD", "FAND", "E-RYT 200", "M.D.".
CREDENTIAL_RE = lazy(r"^(?:[A-Z][A-Z.\-]{0,7}(?:\s+\d+)?|Ph\.?\s?D\.?|M\.?D\.?)$")
MAX_BYLINE_CHARS = 160
MAX_NAME_CHARS = 60  # as `looks_like_name` allows
OWNER_TAIL = 40  # lines at the end of a page where a personal site signs its name
# "Jane Doe's blog", "Jane Doe's Tech Blog", "Jane Doe's thoughts on ...": a personal site.
OWNER_RE = lazy(
    r"^(?P<name>.{3,40}?)['’]s\s+(?:\w+\s+)?(?:blog|site|thoughts|notes|journal|website)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Byline:
    names: tuple[str, ...]
    line: int


def unglue(text: str) -> str:
    """Put a space back where a label or name was glued to the word before it, only where the
    glued word is a dateline or byline label ("DoePublished" -> "Doe Published")."""

    def cut(match: re.Match[str]) -> str:
        rest = text[match.end() :]
        glued = WORDS.published.match(rest) or WORDS.updated.match(rest) or rest[:3] == "By "
        year = GLUED_YEAR_RE.search(text, 0, match.start())
        return " " if glued or year else ""

    return GLUE_RE.sub(cut, text)


@lru_cache(maxsize=8192)  # a pure function of the text; sites repeat their bylines' furniture
def names_in(text: str) -> tuple[str, ...]:
    """The person names of the first part of a byline that holds any, dates, labels and reading
    times set apart; () when no part is names and roles only."""
    for segment in _segments(text):
        names = _names(segment)
        if names:
            return names
    return ()


@lru_cache(maxsize=8192)
def only_names(text: str) -> tuple[str, ...]:
    """The names when the whole line is names, roles and credentials; () otherwise."""
    segments = [s for s in _segments(text) if s]
    if len(segments) != 1:
        return ()
    return _names(segments[0])


def _segments(text: str) -> list[str]:
    text = GLUED_HANDLE_RE.sub("", unglue(text))
    for mention in reversed(find_all_dates([text])):
        text = f"{text[: mention.start]} | {text[mention.end :]}"
    for pattern in (WORDS.published, WORDS.updated, WORDS.reading_time):
        text = pattern.sub(" | ", text)
    segments = []
    for segment in SEGMENT_RE.split(text):
        segment = segment.strip(" ,;:|-–—*")
        while (prefix := WORDS.byline_prefix.match(segment)) is not None:
            segment = prefix["rest"].strip(" ,;:")
        if WORDS.byline_alone.match(segment):
            segment = ""
        segments.append(segment)
    return segments


def _names(segment: str) -> tuple[str, ...]:
    found: list[str] = []
    for part in split_names(segment):
        part = part.strip(" ,;:")
        if not part or WORDS.role.match(part) or CREDENTIAL_RE.match(part):
            continue
        bare = WORDS.honorific.sub("", part)  # "Dr. Jane Doe": kept as printed, checked bare
        if not looks_like_name(bare) or not_a_person(bare):
            return ()
        found.append(part)
    return tuple(found)


def _single_name(rest: str, handle: bool) -> tuple[str, ...]:
    """One name of one word after a byline label (`byline_word`)."""
    return one_word([s for s in _segments(rest) if s], handle)


def _labelled(text: str) -> re.Match[str] | None:
    """The byline label and its `rest` in the first part of a line that a label opens ("by
    infuy" in "Posted on July 1, 2024 by infuy")."""
    text = unglue(text)
    for mention in reversed(find_all_dates([text])):
        text = f"{text[: mention.start]} | {text[mention.end :]}"
    for part in SEGMENT_RE.split(text):
        if (prefix := WORDS.byline_prefix.match(part.strip(" ,;|-–—*"))) is not None:
            return prefix
    return None


def weak_labelled(text: str) -> tuple[str, ...]:
    """The names after a label that is also a common word or a name, when names alone follow it
    ("Af Mette Kjærgaard", "Teksti: Aino Hyvärinen"); () otherwise ("Door de storm", "af og
    til", "Tekst Konstytucji RP")."""
    for group in ("weak_byline", "colon_byline"):
        if WORDS.may_open(group, text) and (weak := WORDS.names_label(group).match(text)):
            return only_names(weak["rest"])
    return ()


def byline_at(lines: Sequence[str], index: int, dated: bool, near_meta: bool) -> Byline | None:
    """The byline on line `index`, if it is one. `dated`: the line is a dateline, so a name on
    it is its byline; `near_meta`: a dateline, reading time, role or the headline is the next
    line over or under, so a line of names alone counts."""
    raw = lines[index]
    if len(raw) > MAX_BYLINE_CHARS:
        return None
    content = line_content(raw)
    weak = weak_labelled(content)
    if not (dated or near_meta or weak or WORDS.may_open("byline", content)):
        return None  # no label and no date beside it: most lines, told in C
    text = unglue(content)
    if WORDS.other_credit.match(text) or WORDS.comment_header(text):
        return None  # "Reviewed by Jane Doe", "Jane Roe says:": a reviewer, a commenter
    if WORDS.byline_alone.match(text):
        after = _next_nonblank(lines, index)
        if after is not None and len(lines[after]) <= MAX_BYLINE_CHARS:
            under = line_content(lines[after])
            names = names_in(under) or _single_name(under, dated_beside(lines, after))
            names = names or team(under)
            return Byline(names, after) if names else None
        return None
    prefix = WORDS.byline_prefix.match(text)
    if prefix or dated:
        names = names_in(text)
        label = prefix or (_labelled(text) if dated else None)
        if not names and label is not None:
            beside = dated or dated_beside(lines, index)
            colon = said_more(label.string[: label.start("rest")])
            if beside or colon:
                names = _single_name(label["rest"], beside)
            if not names and beside and colon:
                names = signed_phrase([s for s in _segments(label["rest"]) if s])
            names = names or team(label["rest"])
        return Byline(names, index) if names else None
    if weak:
        return Byline(weak, index)
    if near_meta:
        names = only_names(text)
        return Byline(names, index) if names else None
    return None


def author_box(lines: Sequence[str], indices: Sequence[int]) -> Byline | None:
    """An author box at the end of the article: a heading and the name, a name over a link to
    the author's page ("Author's profile") or over a bio."""
    # The window lists its lines outward from its centre: the lines over and under a line are
    # found by their numbers.
    ordered = sorted(indices)
    place = {index: position for position, index in enumerate(ordered)}
    for index in indices:
        text = line_content(lines[index])
        position = place[index]
        over = ordered[position - 1] if position > 0 else None
        under = ordered[position + 1] if position + 1 < len(ordered) else None
        heading = WORDS.may_open("author_box", text) and WORDS.author_box.match(text)
        if heading and len(text) <= MAX_BYLINE_CHARS:
            rest = heading["rest"].strip()
            if rest and (names := names_in(rest)):
                return Byline(names, index)
            if not rest and under is not None:
                below = line_content(lines[under])
                names = names_in(below) if len(below) <= MAX_BYLINE_CHARS else ()
                if names:
                    return Byline(names, under)
                # "About the author" over "Jane Doe is a reporter ...": the bio names its writer.
                bio = BIO_RE.match(below)
                if bio and looks_like_name(bio["name"]) and not not_a_person(bio["name"]):
                    return Byline((bio["name"],), under)
        if (
            over is not None
            and WORDS.may_open("author_link", text)
            and WORDS.author_link.match(text)
        ):
            above = line_content(lines[over])
            if len(above) <= MAX_NAME_CHARS and (names := only_names(above)):
                return Byline(names, over)
        bio = BIO_RE.match(text)
        if bio and looks_like_name(bio["name"]) and over is not None:
            above = line_content(lines[over])
            if above.casefold() == bio["name"].casefold():
                return Byline((above,), over)
    return None


def site_owner(lines: Sequence[str], indices: Sequence[int]) -> Byline | None:
    """A personal site's owner: its first lines hold a name alone or "Jane Doe's blog"."""
    for index in indices:
        text = line_content(lines[index])
        owner = OWNER_RE.match(text)
        if owner is None and len(text) > MAX_NAME_CHARS:
            continue
        names = only_names(owner["name"] if owner else text)
        # "Jane Doe's thoughts on ..." may run on as the site's tagline.
        if len(names) == 1 and (
            owner or (len(text) <= MAX_BYLINE_CHARS and _signs(lines, names[0]))
        ):
            return None if common_words(names[0], lines) else Byline(names, index)
    return None


def common_words(name: str, lines: Sequence[str]) -> bool:
    """The page prints a word of `name` in lowercase ("teeth" for "Lifetime Teeth Whitening"):
    a common noun, so the name is a business's or a heading's, not a person's."""
    text = "\n".join(lines)
    for token in name.split():
        word = token.strip(".").casefold()  # particles ("van") and initials ("K.") prove nothing
        if token.islower() or len(word) < 3 or word not in text:
            continue
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            return True
    return False


def _signs(lines: Sequence[str], name: str) -> bool:
    """The name stands again alone in the page's last lines (a business signs its copyright
    line as a person's site does, so that line proves nothing)."""
    return any(name in line and line_content(line) == name for line in lines[-OWNER_TAIL:])


def _next_nonblank(lines: Sequence[str], index: int) -> int | None:
    return next((i for i in range(index + 1, min(len(lines), index + 4)) if lines[i].strip()), None)
