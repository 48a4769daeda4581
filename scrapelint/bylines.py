"""Bylines as pages print them, read in a window of lines around the headline or the body.

Shapes: a prefix and the names ("By Jane Doe", "Written by Jane Doe and John Roe", "Author:
Jane Doe"), a prefix alone with the names on the next line, the names glued to a dateline ("By
Jane DoePublished: Jan 29, 2025", "Jane Doe January 4, 2025 — 7 minutes read"), a name alone on a
line next to a dateline, a reading time or a role, a name with its role ("Jane Doe, Staff
Writer"). At the end of the article, an author box ("About the author" and the name, or the name
over "Jane Doe is a ..."). Every name must look like a person's (`looks_like_name`): menu words,
site names, dates and roles are refused.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from scrapelint.credit_names import looks_like_name, split_names
from scrapelint.dates import DateMention, find_all_dates
from scrapelint.document import line_content
from scrapelint.meta_words import WORDS, chrome_words

# A label glued to the word before it: "Jane DoePublished", "2025By". Cut apart before reading.
GLUE_RE = re.compile(r"(?<=[a-z\d.])(?=[A-Z])")
# Separators between a name and what follows it on a byline: bars, bullets, spaced dashes.
SEGMENT_RE = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+|\s{2,}")
# "Jane Doe is a ...": the bio sentence under an author box.
BIO_RE = re.compile(r"^(?P<name>(?:\S+\s+){1,3}\S+?)\s+(?:is|was|es|est|ist|é|è)\s", re.UNICODE)
MAX_BYLINE_CHARS = 160
# How far from a dateline or reading time a bare name line may stand (non-blank lines).
BARE_REACH = 2


@dataclass(frozen=True, slots=True)
class Byline:
    names: tuple[str, ...]
    line: int


def unglue(text: str) -> str:
    """Put a space back where a label or name was glued to the word before it, only where the
    glued word is a dateline or byline label ("DoePublished" -> "Doe Published")."""

    def cut(match: re.Match[str]) -> str:
        rest = text[match.end() :]
        labels = (WORDS.published, WORDS.updated, WORDS.byline_alone, WORDS.reading_time)
        glued = any(p.match(rest) for p in labels[:2]) or rest[:3].casefold() in ("by ",)
        return " " if glued else ""

    return GLUE_RE.sub(cut, text)


def names_in(text: str) -> tuple[str, ...]:
    """The person names a byline's text holds, up to the first date or label; () if any other
    words stand among them (a sentence, a menu, a site name)."""
    text = unglue(text)
    cut = min([m.start for m in find_all_dates([text])] + [len(text)])
    for pattern in (WORDS.published, WORDS.updated, WORDS.reading_time):
        match = pattern.search(text, 0, cut)
        if match:
            cut = min(cut, match.start())
    head = SEGMENT_RE.split(text[:cut].strip(" ,;:|-–—"))[0]
    found: list[str] = []
    for part in split_names(head):
        part = part.strip(" ,;:")
        if not part or WORDS.role.match(part) or _credential(part):
            continue
        if not looks_like_name(part) or _chrome(part):
            return ()
        found.append(part)
    return tuple(found)


def _chrome(part: str) -> bool:
    """A menu or section label in a name's shape ("Get Started", "Mental Health")."""
    chrome = chrome_words()
    return part.isupper() or any(w.casefold() in chrome for w in part.split())


def _credential(part: str) -> bool:
    return part.isupper() and len(part) <= 5


def byline_at(
    lines: Sequence[str],
    index: int,
    mentions: Sequence[DateMention],
    near_meta: bool,
) -> Byline | None:
    """The byline on line `index`, if it is one. `near_meta`: a dateline, reading time or role
    stands within a line or two, so a bare name counts."""
    raw = lines[index]
    if len(raw) > MAX_BYLINE_CHARS:
        return None
    text = unglue(line_content(raw))
    prefix = WORDS.byline_prefix.match(text)
    if prefix:
        names = names_in(prefix["rest"])
        return Byline(names, index) if names else None
    if WORDS.byline_alone.match(text):
        after = _next_nonblank(lines, index)
        if after is not None and len(lines[after]) <= MAX_BYLINE_CHARS:
            names = names_in(line_content(lines[after]))
            return Byline(names, after) if names else None
        return None
    if mentions or near_meta:
        names = names_in(text)
        if names and (mentions or _only_names(text, names)):
            return Byline(names, index)
    return None


def author_box(lines: Sequence[str], indices: Sequence[int]) -> Byline | None:
    """An author box at the end of the article: a heading and the name, or a name over a bio."""
    for position, index in enumerate(indices):
        text = line_content(lines[index])
        heading = WORDS.author_box.match(text)
        if heading and len(text) <= MAX_BYLINE_CHARS:
            rest = heading["rest"].strip()
            if rest and (names := names_in(rest)):
                return Byline(names, index)
            if not rest and position + 1 < len(indices):
                following = indices[position + 1]
                names = names_in(line_content(lines[following]))
                if names and len(lines[following]) <= MAX_BYLINE_CHARS:
                    return Byline(names, following)
        bio = BIO_RE.match(text)
        if bio and looks_like_name(bio["name"]) and position > 0:
            above = line_content(lines[indices[position - 1]])
            if above.casefold() == bio["name"].casefold():
                return Byline((above,), indices[position - 1])
    return None


def _only_names(text: str, names: Collection[str]) -> bool:
    """The line is the names and nothing else but separators and roles."""
    rest = text
    for name in names:
        rest = rest.replace(name, " ")
    return all(not w.strip(" ,;:&|-–—") or WORDS.role.match(w.strip()) for w in rest.split(","))


def _next_nonblank(lines: Sequence[str], index: int) -> int | None:
    return next((i for i in range(index + 1, min(len(lines), index + 4)) if lines[i].strip()), None)
