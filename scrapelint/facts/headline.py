"""The headline that opens the article: where it stands, and its text without a site suffix.

On a page the headline is a heading-shaped line (a few words, no closing full stop, no list
marker) just above the body, with the byline or dateline right under or over it; breadcrumbs and
"N thoughts on “…”" often repeat it. Candidates are the heading-shaped lines before the body
(and the first lines of it); each gets a point for a dateline or byline beside it (when that
one is not another candidate's: `headline_context.MetaOwners`), for being repeated elsewhere,
and loses a little for each line between it and the body, for reading as a person's name the
article does not go on about, for being a menu flattened into one line, or for standing in a row
of headings with no byline (a table of contents, a row of teasers). Inside the body a heading
needs a byline or dateline beside it: a repeat alone is the contents list naming a section.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from scrapelint.facts.bylines import common_words, names_in, only_names
from scrapelint.facts.dates import has_year_hint
from scrapelint.facts.headline_context import (
    MetaOwners,
    Topic,
    flattened_menu,
    heading_runs,
    key,
    listed_elsewhere,
)
from scrapelint.facts.headline_deck import headline_over_deck
from scrapelint.facts.headline_shape import MIN_WORDS, is_headline_shaped, word_count
from scrapelint.text.document import line_content
from scrapelint.text.hard_wrap import continued_lines
from scrapelint.text.headings import sole_level_one_heading
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.pieces import folded_lines
from scrapelint.text.words import PLAIN_WORD_RE

# How many non-blank lines above the body start a headline may stand (menus above it, a lead,
# a table of contents below), and how far into the body.
REACH_BEFORE = 60
REACH_INTO = 6
# The lines beside a headline where its byline or dateline stands.
META_AFTER = 6
META_BEFORE = 3
LONG_TITLE = 10  # words; a longer headline scores no more for its length
# A line of names whose words the body's first lines repeat more than this share is no byline.
NAME_TOPIC = 0.5
# A line of names holds at most this many words (four names of three words, separators aside).
MAX_NAME_WORDS = 12

# A site name after the headline: "Headline | Site", "Headline - Site Name" (up to six words).
SITE_SUFFIX_RE = lazy(r"\s+[|\-–—:·]\s+(?P<site>[^|\-–—:·]{1,60})$")
MAX_SITE_WORDS = 6
# How far past the lines read a repeat of the headline is looked for: the comments under the
# article ("6 thoughts on “Headline”"); the footer below holds none.
REPEAT_REACH = 200
# Words of a breadcrumb trail before the headline it ends with ("Home Research ...").
MAX_TRAIL = 6


@dataclass(frozen=True, slots=True)
class Headline:
    line: int
    text: str  # as printed, without list marker or heading hashes
    score: float = 0.0  # how sure the choice is (`Weights`): a weak one may be left unreported


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each sign counts for a headline candidate (chosen on DEV-modern with
    site-grouped cross-validation: `benchmarks/metadata.py --cv`)."""

    near_meta: float = 3.0  # a dateline, byline or reading time in the lines under it
    near_meta_before: float = 2.0  # ... or just over it
    lead: float = 0.0  # per line between it and the byline under it (the deck stands between)
    repeated: float = 1.0  # printed again: breadcrumbs, "N thoughts on “…”"
    wordy: float = 2.0  # for ten words or more, in proportion below
    distance: float = 0.05  # per line from the body start, when no byline or dateline is near
    name_like: float = 2.0  # reads as person names: more likely a byline
    deck: float = 0.25  # the line over it is a headline candidate too: it is the deck
    both: float = 0.5  # a dateline and a byline or reading time under it (an article's head)
    menu: float = 3.0  # it stands in a menu: list items around it, or their words flattened
    run: float = 1.0  # one of three or more headings in a row with no byline: a contents list
    # In a list of other articles under a "Related" heading: never reported, whatever its byline
    # and dateline (they are that article's).
    listed: float = 10.0
    # The text's only Markdown level-one heading: how Markdown marks a page's headline. No DEV
    # page is Markdown, so this one is set by that convention, not by the folds; checked on
    # `fixtures/markdown` (`benchmarks/labelled_pages.py markdown`).
    sole_h1: float = 3.0


WEIGHTS = Weights()
# The score under which a headline is too unsure to report as the title (it still places the
# windows read for the byline and dateline): a wrong title is worse than none. Chosen on
# DEV-modern with site-grouped cross-validation, a wrong title costing two right ones
# (`benchmarks/metadata.py --cv`: both folds chose 1.5, as do 3, 4 and 5 folds and a grid of
# quarters; held out .738/.158 right/wrong). Once a row of contents headings and a section named
# by the contents list no longer score, a plain headline of eight words or more right over the
# body, or a repeated one, is sure enough (between 1.5 and 2.5: 16 right, 4 wrong, two of them
# the page's own headline where the gold title adds the site's name); below 1.5, 15 of 17 chosen
# lines are wrong.
MIN_TITLE_SCORE = 1.5


def find_headline(
    lines: Sequence[str],
    body_start: int,
    meta_lines: Collection[int],
    weights: Weights = WEIGHTS,
    nonblank: Sequence[int] | None = None,
    listed: Collection[int] | None = None,
) -> Headline | None:
    """The article's headline, or None when no line is shaped like one near the body.

    `nonblank` is the indices of the non-blank lines, and `listed` the ranks of those in lists
    of other articles (`listed_elsewhere`), when the caller has them already."""
    best: tuple[float, int, int | None] | None = None  # score, line, the candidate over it
    previous: int | None = None  # the last candidate, when it scored above nothing
    for score, index in scored_candidates(lines, body_start, meta_lines, weights, nonblank, listed):
        if best is None or score > best[0]:  # a tie goes to the earlier line: it opens the head
            best = (score, index, previous)
        previous = index if score > 0 else None  # one listed elsewhere, a menu stays down
    if best is None:
        return None
    score, line, over = best
    # The deck under the headline: its byline and dateline are the headline's, and its score.
    if over is not None and headline_over_deck(lines, over, line, body_start, nonblank):
        line = over
    return Headline(line, line_content(lines[line]), score)


def scored_candidates(
    lines: Sequence[str],
    body_start: int,
    meta_lines: Collection[int],
    weights: Weights = WEIGHTS,
    nonblank: Sequence[int] | None = None,
    listed: Collection[int] | None = None,
) -> Iterator[tuple[float, int]]:
    """(score, line) of each headline candidate near the body, in page order."""
    if nonblank is None:
        nonblank = [i for i, line in enumerate(lines) if line.strip()]
    start_rank = bisect_left(nonblank, body_start)
    # A headline just past the reach still counts when its byline or dateline is within it.
    edge = max(0, start_rank - REACH_BEFORE)
    low, high = max(0, edge - META_AFTER), min(len(nonblank), start_rank + REACH_INTO)
    page = _folded_page(lines, nonblank[-1] + REPEAT_REACH if nonblank else 0)
    around = range(max(0, low - META_BEFORE - 1), min(len(nonblank), high + META_AFTER + 1))
    metas = [r for r in around if nonblank[r] in meta_lines]
    w = weights
    # The page's only level-one Markdown heading is a candidate whatever its shape: its writer
    # marked it ("# 8 best trails", "# Storm warning: the latest. Live").
    sole_h1 = sole_level_one_heading(lines, plain_underlines=False)
    # In hard-wrapped text a paragraph's first line stops short of its full stop: no headline.
    wrapped = continued_lines(lines)
    candidates = [
        nonblank[r]
        for r in range(low, high)
        if nonblank[r] == sole_h1
        or (nonblank[r] + 1 not in wrapped and is_headline_shaped(lines[nonblank[r]]))
    ]
    trails = _trails(lines, candidates)
    runs = heading_runs(lines, nonblank, range(low, high), trails)
    if listed is None:
        listed = listed_elsewhere(lines, nonblank, range(low, high))
    topic = Topic(lines, nonblank, start_rank)
    owners = MetaOwners(
        lines, nonblank, [r for r in range(low, high) if nonblank[r] in trails], metas
    )
    previous = False  # the line over this one is a candidate
    for rank in range(low, high):
        index = nonblank[rank]
        if index not in trails:
            previous = False
            continue
        after = [m - rank for m in metas if rank < m <= rank + META_AFTER and owners.owns(rank, m)]
        before = [
            rank - m for m in metas if rank - META_BEFORE <= m < rank and owners.owns(rank, m)
        ]
        if rank < edge and not after:
            previous = True
            continue
        if after:
            score = (
                w.near_meta
                + w.lead * min(after)
                + w.both * _dated_and_signed(lines, nonblank, rank, after)
            )
        elif before:
            score = w.near_meta_before - w.lead * min(before)
        else:
            score = -w.distance * abs(start_rank - rank)
        words = key(lines[index])
        repeated = len(words) >= 3 and (
            _printed_again(page, lines[index]) or trails[index] == "tail"
        )
        if repeated:
            score += w.repeated
        # A heading inside the body with nothing to say it is the article's (a repeat alone is a
        # table of contents naming its sections) is no headline; the body's first line may be.
        if not (after or before or rank < start_rank or (repeated and rank == start_rank)):
            previous = True
            continue
        if trails[index] == "trail":
            score -= w.repeated
        score += w.wordy * min(word_count(words), LONG_TITLE) / LONG_TITLE  # CJK by characters
        # A line of names beside a dateline is its byline (away from one, nobody asks), unless
        # the article goes on about its words: "Weekend Coding Agent" is no person.
        if (
            (after or before)
            and len(words) <= MAX_NAME_WORDS
            and names_in(line_content(lines[index]))
            and topic.share(rank) <= NAME_TOPIC
            and not _common_noun_phrase(lines, index)
        ):
            score -= w.name_like
        if rank in runs and not after:
            score -= w.run
        if previous:
            score -= w.deck
        if flattened_menu(lines, nonblank, rank, words):
            score -= w.menu
        if rank in listed:
            score -= w.listed
        if index == sole_h1:
            score += w.sole_h1
        previous = True
        yield round(score, 6), index


def _common_noun_phrase(lines: Sequence[str], index: int) -> bool:
    """The line is a name in form only ("Backup Strategy"): the whole of it reads as a name, and
    the page prints one of its words in lowercase, a common noun."""
    names = only_names(line_content(lines[index]))
    return len(names) == 1 and common_words(names[0], lines)


def _dated_and_signed(
    lines: Sequence[str], nonblank: Sequence[int], rank: int, after: Sequence[int]
) -> bool:
    """Among the lines `after` the one at `rank` (as distances) stand a dateline and a line with
    no date (a byline, a reading time): an article's head, not a list of posts with dates."""
    dated = [has_year_hint(lines[nonblank[rank + d]]) for d in after]
    return any(dated) and not all(dated)


def _trails(lines: Sequence[str], candidates: Sequence[int]) -> dict[int, str]:
    """Each candidate: "trail" when it is a breadcrumb ending with another candidate ("Home
    Research The Hottest Markets" over "The Hottest Markets"), "tail" when it is that other one,
    "" otherwise."""
    keys = {key(lines[i]): i for i in candidates}
    found = dict.fromkeys(candidates, "")
    for index in candidates:
        words = key(lines[index])
        for cut in range(1, min(MAX_TRAIL, len(words) - 2)):
            other = keys.get(words[cut:])
            if other is not None and other != index:
                found[index], found[other] = "trail", "tail"
                break
    return found


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
    return head if len(PLAIN_WORD_RE.findall(head)) >= MIN_WORDS else title


def _folded_page(lines: Sequence[str], end: int) -> str:
    """The page down to `end`, lower-cased, where a headline's repeats are looked for."""
    return folded_lines(lines[:end], str.lower)


def _printed_again(page: str, line: str) -> bool:
    """The line's text stands twice or more in the page: as a line, in a breadcrumb, in quotes
    ("N thoughts on “…”"). One search of the whole page in C, only for candidates."""
    text = line_content(line).lower()
    found, start = 0, page.find(text)
    while start >= 0 and found < 2:
        before = page[max(0, start - 1) : start]
        after = page[start + len(text) : start + len(text) + 1]
        found += before in REPEAT_BEFORE and after in REPEAT_AFTER
        start = page.find(text, start + len(text))
    return found >= 2


# What may stand right before and after a repeat of the headline: a line's start or end, a
# breadcrumb separator, quotes ("N thoughts on “Headline”").
REPEAT_BEFORE = frozenset(["", "\n", " ", "“", '"', "«", ">", "»", "/", "*", "#"])
REPEAT_AFTER = frozenset(["", "\n", "”", '"', "»"])
