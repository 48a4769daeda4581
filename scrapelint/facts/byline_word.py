"""Bylines that are no person's full name, after a byline label: one word, a phrase, a team.

One word is a first name, a handle or a site's name; a phrase a site's or a team's name.

"By: ShawnHymel | December 16, 2025", "Posted on July 1, 2024 by infuy", "by jsteinhardt" over
"18th Dec 2025", "Author" over "Venteur", "By : CottageCare", "Written by" over "Eliz - Product
marketer". One word after "By" is a name only where the page says more than the preposition: a
date on the line or on the line next to it, a colon after the label, or the label alone on the
line over the word. "By Industry" heads a menu. A lowercase handle ("infuy") counts only beside a
date: alone, a lowercase word after "by" is prose ("by default"). Menu, heading and organisation
words, roles and agencies are never names. After "By:" on a dateline a short capitalised phrase
is the writer too ("By: FlowGuard EMEA on 04-ago-2021"). A team signs as "By" over "The
Investopedia Team": after a label, its name is the credit the page gives (the bench's gold takes
it so).
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.facts.credit_names import JUNK_WORDS, ORG_WORDS, agency_in, looks_like_org
from scrapelint.facts.dates import has_year_hint, is_dateline
from scrapelint.facts.meta_words import WORDS, chrome_words, org_words
from scrapelint.text.lazy_pattern import lazy

# A one-word name or handle: capitalised, letters (and inner capitals, digits after the first
# letter), at least three characters.
SINGLE_NAME_RE = lazy(r"^[A-Z][^\W_]{2,30}$")
# A lowercase handle: letters first, then letters, digits, dots, dashes or underscores.
HANDLE_RE = lazy(r"^[a-z][a-z\d._-]{2,30}$")
# A team's credit: "The Investopedia Team", "Gardenista Team".
TEAM_RE = lazy(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s+){1,3}Team$")
# A dateline standing beside the label is a short line.
MAX_DATELINE_CHARS = 100
# How many lines over or under the label its dateline may stand (blank lines count).
DATE_REACH = 2


def one_word(segments: Sequence[str], handle: bool) -> tuple[str, ...]:
    """The first segment when it is one word that can name a person or a site's writer; a
    lowercase handle only when `handle` (a date stands beside it)."""
    if not segments or " " in segments[0]:
        return ()
    word = segments[0]
    shaped = SINGLE_NAME_RE.match(word) or (handle and HANDLE_RE.match(word))
    if not shaped or not_a_person(word) or WORDS.role.match(word):
        return ()
    if word.casefold() in JUNK_WORDS or word.casefold() in ORG_WORDS or agency_in(word):
        return ()
    return (word,)


def signed_phrase(segments: Sequence[str]) -> tuple[str, ...]:
    """The first segment when it is a short capitalised phrase that names no menu, section,
    organisation word or role ("FlowGuard EMEA"): taken only after a label with a colon on a
    dateline ("By: FlowGuard EMEA on 04-ago-2021"), where the page says it names the writer."""
    if not segments:
        return ()
    phrase = segments[0]
    if not looks_like_org(phrase) or not_a_person(phrase) or WORDS.role.match(phrase):
        return ()
    return () if agency_in(phrase) or phrase.casefold() in JUNK_WORDS else (phrase,)


def team(text: str) -> tuple[str, ...]:
    """The team that `text` (what follows a byline label) names, if it is only that."""
    text = text.strip(" ,;:*")
    return (text,) if TEAM_RE.match(text) else ()


def not_a_person(part: str) -> bool:
    """A menu, section or organisation label in a name's shape ("Get Started", "Alignment
    Forum")."""
    chrome, orgs = chrome_words(), org_words()
    return any(w.casefold() in chrome or w.casefold() in orgs for w in part.split())


def said_more(label: str) -> bool:
    """The label says it heads a byline, not only "by": a colon ("By:", "Author:")."""
    return ":" in label


def dated_beside(lines: Sequence[str], index: int) -> bool:
    """A short dateline within `DATE_REACH` lines over or under line `index`."""
    for near in (*range(index - DATE_REACH, index), *range(index + 1, index + DATE_REACH + 1)):
        if 0 <= near < len(lines):
            text = lines[near]
            if len(text) <= MAX_DATELINE_CHARS and has_year_hint(text) and is_dateline(text):
                return True
    return False
