"""The headline that opens the article: where it stands, and its text without a site suffix.

On a page the headline is a heading-shaped line (a few words, no closing full stop, no list
marker) just above the body, with the byline or dateline right under or over it; breadcrumbs and
"N thoughts on “…”" often repeat it. Candidates are the heading-shaped lines before the body
(and the first lines of it); each gets a point for a dateline or byline beside it, for being
repeated elsewhere, and loses a little for each line between it and the body.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from scrapelint.bylines import names_in
from scrapelint.credit_names import JUNK_WORDS, NON_NAME_WORDS
from scrapelint.dates import is_dateline
from scrapelint.document import LIST_MARKER_RE, line_content
from scrapelint.meta_words import WORDS, chrome_words

# How many non-blank lines above the body start a headline may stand (menus above it, a lead,
# a table of contents below), and how far into the body.
REACH_BEFORE = 60
REACH_INTO = 3
# The lines beside a headline where its byline or dateline stands.
META_AFTER = 6
META_BEFORE = 3
MIN_WORDS, MAX_WORDS = 2, 30
MAX_CHARS = 250
# Scores: a byline or dateline beside it, a repeat elsewhere, four words or more, each line of
# distance from the body.
NEAR_META = 3.0
NEAR_META_BEFORE = 2.0
LEAD = 0.0
REPEATED = 1.5
WORDY = 1.0
NAME_LIKE = 2.0  # a line that reads as person names ("Jane Doe") is more likely a byline
LONG_TITLE = 10  # words; a longer headline scores no more for its length
DISTANCE = 0.05

# A site name after the headline: "Headline | Site", "Headline - Site Name" (up to six words).
SITE_SUFFIX_RE = re.compile(r"\s+[|\-–—:·]\s+(?P<site>[^|\-–—:·]{1,60})$")
MAX_SITE_WORDS = 6
# Words (any script) of a line, for its length and for comparing repeats.
WORD_RE = re.compile(r"[^\W_]+")
# Characters that end a sentence: a headline does not end with one (a question mark may).
SENTENCE_END = (".", ":", ";", "。", ",")


@dataclass(frozen=True, slots=True)
class Headline:
    line: int
    text: str  # as printed, without list marker or heading hashes


def find_headline(
    lines: Sequence[str], body_start: int, meta_lines: Collection[int]
) -> Headline | None:
    """The article's headline, or None when no line is shaped like one near the body."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    start_rank = next((r for r, i in enumerate(nonblank) if i >= body_start), len(nonblank))
    low, high = max(0, start_rank - REACH_BEFORE), min(len(nonblank), start_rank + REACH_INTO)
    keys = _repeat_keys(lines, nonblank)
    metas = {r for r, i in enumerate(nonblank) if i in meta_lines}
    best: tuple[float, int] | None = None
    for rank in range(low, high):
        index = nonblank[rank]
        if not is_headline_shaped(lines[index]):
            continue
        after = [m - rank for m in metas if rank < m <= rank + META_AFTER]
        before = [rank - m for m in metas if rank - META_BEFORE <= m < rank]
        if after:
            # The headline opens the head block: above a deck, a photo credit and the byline.
            score = NEAR_META + LEAD * min(after)
        elif before:
            score = NEAR_META_BEFORE - LEAD * min(before)
        else:
            score = -DISTANCE * abs(start_rank - rank)
        key = _key(lines[index])
        if len(key) >= 4 and keys.get(key, 0) > 1:
            score += REPEATED
        score += WORDY * min(len(key), LONG_TITLE) / LONG_TITLE
        if names_in(line_content(lines[index])):
            score -= NAME_LIKE
        if best is None or score > best[0]:
            best = (score, index)
    if best is None:
        return None
    return Headline(best[1], line_content(lines[best[1]]))


def is_headline_shaped(line: str) -> bool:
    """A few words, no list marker, no closing full stop, not a dateline, byline or label."""
    if LIST_MARKER_RE.match(line) or len(line) > MAX_CHARS:
        return False
    text = line_content(line)
    first = next((c for c in text if c.isalpha()), "")
    if first.islower():
        return False  # "book intro call": a headline starts with a capital (where case exists)
    words = WORD_RE.findall(text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS or _ends_sentence(text):
        return False
    if sum(w.isdigit() for w in words) * 2 > len(words):
        return False
    if INNER_SENTENCE_RE.search(text) or LABEL_RE.match(text):
        return False
    content = [w for w in (w.casefold() for w in words) if w not in NON_NAME_WORDS]
    chrome = chrome_words()
    if sum(w in chrome or w in JUNK_WORDS for w in content) * 2 >= len(content):
        return False
    return not (
        is_dateline(text)
        or WORDS.byline_prefix.match(text)
        or WORDS.elsewhere.match(text)
        or WORDS.reading_time.search(text)
        or WORDS.copyright.search(text)
    )


def _ends_sentence(text: str) -> bool:
    """A closing full stop, colon or comma; an abbreviation's dot ("in the U.S.") is none."""
    if not text.endswith(SENTENCE_END):
        return False
    last = text.split()[-1]
    return not (text.endswith(".") and "." in last[:-1])


def strip_site_suffix(title: str, site_text: str = "") -> str:
    """ "Headline | Site" -> "Headline", when the page names the site elsewhere (`site_text`:
    its copyright lines, its metadata). An unknown suffix stays: it may be half the headline."""
    match = SITE_SUFFIX_RE.search(title)
    if match is None:
        return title
    site = match["site"].strip().casefold()
    if len(site.split()) > MAX_SITE_WORDS or not site or site not in site_text.casefold():
        return title
    head = title[: match.start()].strip()
    return head if len(WORD_RE.findall(head)) >= MIN_WORDS else title


def _key(line: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in WORD_RE.findall(line))


def _repeat_keys(lines: Sequence[str], nonblank: Sequence[int]) -> dict[tuple[str, ...], int]:
    """How often each line's words occur as a line, or inside quotes ("thoughts on “X”")."""
    counts: dict[tuple[str, ...], int] = {}
    for index in nonblank:
        key = _key(lines[index])
        counts[key] = counts.get(key, 0) + 1
        for quoted in QUOTED_RE.findall(lines[index]):
            inner = _key(quoted)
            if inner != key:
                counts[inner] = counts.get(inner, 0) + 1
    return counts


# A sentence ends inside the line: "Never miss a post. Get our ..." is a prompt, not a headline.
INNER_SENTENCE_RE = re.compile(r"[a-z]{2}\.\s+[A-Z]|[a-z][.!][A-Z][a-z]")
# "Credit: ...", "Source: ...": a labelled field, not a headline.
LABEL_RE = re.compile(r"^\w+:\s")

# Text in quotes, as comment headings and breadcrumbs repeat a headline.
QUOTED_RE = re.compile(r"[“\"«]([^”\"»]{8,200})[”\"»]")
