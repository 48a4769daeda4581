"""What the lines around a headline candidate say of it: whose its byline or dateline is, whether
it is a menu flattened into one line, and whether the article goes on about its words.

`headline.scored_candidates` weighs these beside its own signs (a dateline near, a repeat
elsewhere, its length).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from functools import lru_cache

from scrapelint.facts.bylines import names_in
from scrapelint.facts.dates import has_year_hint
from scrapelint.facts.headline_shape import is_breadcrumb, is_headline_shaped
from scrapelint.facts.meta_words import WORDS
from scrapelint.text.document import LIST_MARKER_RE, line_content
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.words import FUNCTION_WORDS, PLAIN_WORD_RE

# A headline under its dateline has this many words at least (fewer: a label, "Written by").
MIN_OWNER_WORDS = 3
# A menu flattened into one line: how many non-blank lines over it are read for list items, how
# many of them its words come from at least, and the share of its words they hold.
MENU_REACH = 20
MIN_FLAT_ITEMS = 4
FLAT_SHARE = 0.75
# The body's first non-blank lines, whose words say what the article is about; how many letters
# of a word are compared ("gardeners" meets "garden").
TOPIC_LINES = 10
STEM = 5
# Headings in a row, with nothing but numbers between, that make a list (a table of contents,
# a row of teasers) rather than a headline over its deck.
MIN_RUN = 3
# A paragraph: this many words or more, ending a sentence.
PROSE_WORDS = 8
# How many non-blank lines under a "Related" or "You may also like" heading its list of other
# articles runs, unless a breadcrumb (the article's own head) comes first.
LISTED_REACH = 16
# A heading is a short line.
MAX_HEADING_CHARS = 100
# A heading over this many lines of at most this many words each, no blank between, is a menu's
# item.
MENU_ITEMS, MENU_ITEM_WORDS = 3, 3
# Words of three letters or more, no digits: the words a topic is made of.
CONTENT_WORD_RE = lazy(r"[^\W\d_]{3,}")


# A pure function of the line, asked of each candidate by several signs (its repeats, a row of
# headings, a breadcrumb's tail, its length): computed once.
@lru_cache(maxsize=4096)
def key(line: str) -> tuple[str, ...]:
    """The words of a line, case folded: what two printings of a headline share."""
    return tuple(w.casefold() for w in PLAIN_WORD_RE.findall(line_content(line)))


class MetaOwners:
    """Which candidates a byline or dateline speaks for.

    A dateline over the headline ("December 17, 2025" / "Stop Nesting Database Systems") is the
    headline's, not that of a menu or banner a few lines over it: a dateline with a titled line
    right under it belongs to that line, and to the lines over it only when nothing but
    candidates and other bylines or datelines stands between (a headline over its deck)."""

    def __init__(
        self,
        lines: Sequence[str],
        nonblank: Sequence[int],
        candidates: Collection[int],
        metas: Collection[int],
    ) -> None:
        self._candidates = frozenset(candidates)  # ranks of the candidates
        self._metas = frozenset(metas)  # ranks of the bylines and datelines
        self._lines, self._nonblank = lines, nonblank
        self._under: dict[int, int | None] = {}

    def owns(self, rank: int, meta: int) -> bool:
        """Whether the byline or dateline at rank `meta` speaks for the candidate at `rank`."""
        low, high = sorted((rank, meta))
        between = range(low + 1, high)
        if all(r in self._candidates or r in self._metas for r in between):
            return True
        if meta < rank and any(_is_prose(self._lines[self._nonblank[r]]) for r in between):
            return False  # a paragraph between: the dateline heads the body, not a heading in it
        under = self._titled_under(meta)
        return under is None or under == rank

    def _titled_under(self, meta: int) -> int | None:
        """The rank of the titled line right under the dateline at `meta` (other bylines and
        datelines aside), or None; None under a byline or reading time (a byline under the
        lead, a section heading under it)."""
        if meta not in self._under and not has_year_hint(self._lines[self._nonblank[meta]]):
            self._under[meta] = None
        if meta not in self._under:
            rank = meta + 1
            while rank in self._metas:
                rank += 1
            titled = rank in self._candidates and is_titled(self._lines[self._nonblank[rank]])
            self._under[meta] = rank if titled else None
        return self._under[meta]


def is_titled(line: str) -> bool:
    """A candidate that reads as a title rather than a label: three words or more, not ending in
    a function word ("In partnership with"), no publication words or age, no person's name."""
    words = key(line)
    if len(words) < MIN_OWNER_WORDS or words[-1] in FUNCTION_WORDS:
        return False
    text = line_content(line)
    if WORDS.mentions("published", text) or WORDS.mentions("updated", text):
        return False
    return WORDS.relative_age.search(text) is None and not names_in(text)


def heading_runs(
    lines: Sequence[str], nonblank: Sequence[int], ranks: range, headings: Collection[int]
) -> set[int]:
    """The ranks (among `ranks`) of `headings` (line indices) that stand in a row of three
    different ones or more, lines without letters ("* 5") aside: a table of contents or a row of
    teasers. A headline stands over its deck, or under a kicker, two in a row; a repeat of the
    headline ("Nagel on Reason" twice) adds none."""
    found: set[int] = set()
    row: list[int] = []
    for rank in [*ranks, None]:
        if rank is not None:
            text = lines[nonblank[rank]]
            if nonblank[rank] in headings:
                row.append(rank)
                continue
            if not any(c.isalpha() for c in text):
                continue
        if len({key(lines[nonblank[r]]) for r in row}) >= MIN_RUN:
            found.update(row)
        row = []
    return found


def listed_elsewhere(lines: Sequence[str], nonblank: Sequence[int], ranks: range) -> set[int]:
    """The ranks (among `ranks`) that stand in a list of other articles: under a heading such
    as "Related posts" or "You may also like..." (not a menu item naming the section). Their
    titles, dates and bylines are those articles'. The list ends at a breadcrumb trail, which
    opens the article's own head, or at a title that repeats one of its entries: a list of
    "Trending stories" often holds the article itself, whose headline follows it."""
    found: set[int] = set()
    heading = WORDS.elsewhere
    until, entries = -1, set[tuple[str, ...]]()
    for rank in range(max(0, ranks.start - LISTED_REACH), min(ranks.stop, len(nonblank))):
        text = lines[nonblank[rank]]
        # The heading's first words, told in C, before its pattern; most lines are neither.
        if (
            len(text) <= MAX_HEADING_CHARS
            and WORDS.may_open("elsewhere", text)
            and heading.match(text)
            and not LIST_MARKER_RE.match(text)
            and not _menu_under(lines, nonblank, rank)
        ):
            until, entries = rank + LISTED_REACH, set()
            continue
        if rank > until:
            continue
        if is_breadcrumb(text) or key(text) in entries:
            until = -1
            continue
        if is_headline_shaped(text):
            entries.add(key(text))
        if rank in ranks:
            found.add(rank)
    return found


def _menu_under(lines: Sequence[str], nonblank: Sequence[int], rank: int) -> bool:
    """Whether the heading-like line at `rank` is a menu's first item: the next `MENU_ITEMS`
    lines under it, no blank between, are menu items ("Latest news" / "Research news" / "Campus
    life"). A list of other articles lists their headlines, a comment thread names its writers."""
    index = nonblank[rank]
    under = lines[index + 1 : index + 1 + MENU_ITEMS]
    return len(under) == MENU_ITEMS and all(map(_menu_item, under))


def _menu_item(line: str) -> bool:
    """A menu's item: a few words, no list marker (a list of short headlines has one), no digit
    (a ranking's number, a comment's date), no person's name (a commenter's)."""
    text = line.strip()
    return (
        bool(text)
        and len(text.split()) <= MENU_ITEM_WORDS
        and not LIST_MARKER_RE.match(text)
        and not any(c.isdigit() for c in text)
        and not names_in(text)
    )


def _is_prose(line: str) -> bool:
    """A paragraph: a sentence of several words."""
    text = line.strip()
    return len(text.split()) >= PROSE_WORDS and text.endswith((".", "!", "?"))


def flattened_menu(
    lines: Sequence[str], nonblank: Sequence[int], rank: int, words: tuple[str, ...]
) -> bool:
    """The line at `rank` (of `words`) is made of the words of several list items right over
    it: the menu flattened into one line (a drop-down, "Select Destination Africa Asia ...")."""
    if len(words) < MIN_FLAT_ITEMS or not (
        rank and LIST_MARKER_RE.match(lines[nonblank[rank - 1]])
    ):
        return False
    wanted = set(words)
    held: set[str] = set()
    items = 0
    for r in range(max(0, rank - MENU_REACH), rank):
        text = lines[nonblank[r]]
        if LIST_MARKER_RE.match(text) and (found := wanted.intersection(key(text))):
            if len(found) * 2 > len(wanted):
                return False  # one item holding most of the line: its breadcrumb
            held |= found
            items += 1
    return items >= MIN_FLAT_ITEMS and len(held) >= FLAT_SHARE * len(wanted)


class Topic:
    """What the article is about: the words of the body's first lines, read when first asked."""

    def __init__(self, lines: Sequence[str], nonblank: Sequence[int], start_rank: int) -> None:
        self._lines, self._nonblank, self._start = lines, nonblank, start_rank
        self._stems: Counter[str] | None = None

    def share(self, rank: int) -> float:
        """The share of the words of the line at `rank` that the body's first lines hold (the
        line itself aside, when it is one of them)."""
        stems = _stems(self._lines[self._nonblank[rank]])
        if not stems:
            return 0.0
        if self._stems is None:
            self._stems = Counter()
            for index in self._nonblank[self._start : self._start + TOPIC_LINES]:
                self._stems.update(_stems(self._lines[index]))
        inside = self._start <= rank < self._start + TOPIC_LINES
        own = Counter(stems) if inside else Counter()
        distinct = set(stems)
        return sum(self._stems[s] > own[s] for s in distinct) / len(distinct)


def _stems(line: str) -> list[str]:
    """The content words of a line, cut to their first letters."""
    return [w[:STEM] for w in CONTENT_WORD_RE.findall(line.casefold()) if w not in FUNCTION_WORDS]
