"""The run of teaser cards under a heading: what `extend: cards` of a phrase rule takes.

"More From the Times", "Popular articles", "Read Next" boxes under an article are written out as
cards: a headline, often a one- or two-sentence summary right under it, and short lines of date,
author or section between. `items` stops at the first headline with a paragraph under it, since
an article's own subheading looks the same; a card's summary is told apart by being short and by
standing right under a headline, never under another paragraph. The shape alone does not tell a
box of cards from a list of sections of the article, so the phrase rule takes a run of cards only
where it reaches the end of the article's body (see `PhraseRule`): nothing of the article is left
below it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.engine.kinds.items import (
    asks,
    faq_over_question,
    is_item,
    is_paragraph,
    set_apart,
)
from scrapelint.engine.kinds.table_heads import heads_pairs, heads_table
from scrapelint.facts.dates import find_all_dates, is_dateline, without_dates
from scrapelint.facts.locale_data import month_names, normalize_name
from scrapelint.locate.lists import POINT_WORDS, table_row
from scrapelint.locate.numbered import TIME_HEADING_RE, labelled_time
from scrapelint.locate.section_heading import names_a_section
from scrapelint.text.document import LINK_MARK, Document, Line
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.pieces import count_words

# A teaser's summary: a few sentences at most; a longer paragraph ends the run. Chosen by
# site-grouped cross-validation (`benchmarks/quality.py`, `RULE_KNOBS`: 30, 50, 80, 120 tried): the
# folds keep 80; on raw training scores, before a fold had to beat the shipped value by .001, they
# chose 120 four times and 80 once, for about the same figures (DEV-modern page text 109 junk
# tokens apart, DEV none); the shorter one is kept, a summary being short.
SUMMARY_MAX_WORDS = 80
_WORD_RE = lazy(r"[^\W\d_]+")
# How far over a box's heading an interview's questions are looked for: two questions and
# their answers, with a short line or two between.
INTERVIEW_REACH = 8
# A word and a year of four digits, "de" or "of" between them maybe.
_MONTH_YEAR_RE = lazy(r"([^\W\d_]{3,}\.?)\s+(?:(?:de|of)\s+)?(?:1[89]|20)\d\d$", re.I)


def card_run(
    doc: Document, start: int, item_max_words: int, stop: int | None = None
) -> tuple[int, int]:
    """End (exclusive) and number of headlines of the run of cards from `start`: headlines and
    card lines (list items, short lines that end no sentence), each headline with at most one
    short paragraph under it. Blank lines between cards are allowed; the run ends at line `stop`
    if it gets there.

    A paragraph under a list item leaves the run in doubt: there it may be the article going on
    after an inline list of links. More cards settle it; a plain line after a list item or its
    paragraph counts as one only when more cards follow it (a list item, or another card after
    its summary), or when the box has had such plain cards already: an article's question and
    the sentence answering it, under a box of list items set between its paragraphs, are no
    card."""
    run = _CardRun(start)
    lines = doc.lines
    index = start
    limit = len(lines) if stop is None or stop < start else stop
    while index < limit:
        line = lines[index]
        index += 1
        if line.is_blank:
            continue
        if is_item(line, item_max_words):
            if run.linked and line.heading_level and LINK_MARK not in line.text:
                break  # the cards are links: a Markdown heading without one is the article's
            if _entry_head(line.content) and _summary_follows(lines, index):
                break  # a clock time or a date over its sentence: the article's entry
            if names_a_section(line.text) or faq_over_question(doc, line):
                run.prose_follows()  # ...and the one card with a summary above it was one too
                break  # "FAQ", "Summary": a section of the article goes on
            if run.last_marked and not run.plain_cards and _opens_faq(doc, line, index):
                break  # after a box of links, a question over its answer: the article's FAQ
            if asks(line) and _summary_follows(lines, index) and _interview_over(doc, start - 1):
                break  # an interview's questions and answers go on under the box
            if line.list_marker is not None and _point(line.content):
                break  # a list of the article's sentences, where a card names a headline
            if table_row(line.content) or heads_table(doc, line) or heads_pairs(doc, line):
                break  # a table's row ("1  Vale do Sorraia  22  15  4  3  41-17  49") or heading
            if run.headlines and not run.any_marked and _heads_list(doc, line):
                break  # plain cards, then a heading over a list: the article's section
            run.headline(line, index)
        elif run.under_marked is not None and _summary(line.content):
            run.summary(index)
        else:
            if is_paragraph(line):
                run.prose_follows()
            break
    return run.settled, run.settled_headlines


class _CardRun:
    """Where a run of cards is known to end, as its lines are read."""

    def __init__(self, start: int) -> None:
        self.settled = start  # the end of the run without lines still in doubt
        self.settled_headlines = 0
        self.headlines = 0
        # Whether the headline a summary may stand under is a list item; None: there is none.
        self.under_marked: bool | None = None
        self.doubt = False  # a paragraph under a list item: the article may have resumed
        # A plain line after a list item or its paragraph: a card only if more cards follow it
        # (its summary alone does not do: an article's question and its answer look the same).
        self.pending = False
        self.pending_summary = False  # the pending line has its summary under it
        self.plain_cards = False  # a plain card after list items was settled: the box has them
        self.last_marked = False  # the last headline is a list item
        # The first headline is a Markdown link: the scraper kept the box's link targets, so a
        # Markdown heading without one is a section of the article, not a card.
        self.linked = False
        self.after_summary = False  # the last line read is a summary, which ends at `summary_end`
        self.summary_end = start
        self.before_card = (start, 0)  # where the run was settled before the last headline
        self.summaries = 0
        self.any_marked = False  # a headline was a list item

    def headline(self, line: Line, end: int) -> None:
        self.after_summary = False
        self.before_card = (self.settled, self.settled_headlines)
        if not self.headlines:
            self.linked = LINK_MARK in line.text
        self.headlines += 1
        marked = line.list_marker is not None
        self.any_marked = self.any_marked or marked
        if self.pending and (marked or self.pending_summary):
            self.pending = self.pending_summary = False  # more cards: the plain one was a card
            self.plain_cards = True
        if not marked and not self.plain_cards and (self.doubt or self.last_marked):
            self.pending = True
        self.doubt = False
        if not self.pending:
            self._settle(end)
        self.under_marked = self.last_marked = marked

    def prose_follows(self) -> None:
        """A paragraph, or a section the article names, right under the last card's summary,
        the only summary of a box whose other cards have none: that headline and its paragraph
        were a section of the article, which goes on ("Mesures applicables aux agriculteurs"
        under a box of one bare link; "Laden: Die Kurve hält" over "Plus"). A box's cards are
        alike: where they all have summaries, the paragraph is the page's."""
        if self.after_summary and self.summaries == 1 and self.settled == self.summary_end:
            self.settled, self.settled_headlines = self.before_card

    def summary(self, end: int) -> None:
        self.after_summary, self.summary_end = True, end
        self.summaries += 1
        if self.pending:
            self.pending_summary = True
        elif self.under_marked:
            self.doubt = True
        else:
            self._settle(end)
        self.under_marked = None

    def _settle(self, end: int) -> None:
        self.settled, self.settled_headlines = end, self.headlines


def _heads_list(doc: Document, line: Line) -> bool:
    """Whether a plain line set apart by a blank line heads two list items or more of a few
    words each ("Under cover" over a garden's jobs, "구별 득표율" over the districts' shares):
    after plain cards, headlines with or without a summary, the article's section."""
    if not set_apart(doc, line):
        return False
    under = doc.next_non_blank(line.index + 1)
    if under is None or not _wordy(under):
        return False
    second = doc.next_non_blank(under.index + 1)
    return second is not None and _wordy(second)


def _wordy(line: Line) -> bool:
    """A list item of `POINT_WORDS` words or more: a point of the article, where a menu's item
    names a section in a word or two."""
    return line.list_marker is not None and count_words(line.content, POINT_WORDS) >= POINT_WORDS


def _entry_head(content: str) -> bool:
    """A clock time, a date or a month of a year alone on a line, or a time with its step after
    a dash or an ideographic space (`numbered.labelled_time`): what heads a live blog's entry, a
    timeline's or an itinerary's, where a teaser card has a headline (and its date, if any,
    under the summary). A question heads a teaser as often as an FAQ's answer ("Did Schiff Unfairly
    Squelch Stefanik?"), and a name beside the date heads a comment ("Magda 13 stycznia 2025 o
    18:42")."""
    text = content.strip()
    if TIME_HEADING_RE.match(text):  # "17:31 Uhr", "9:30 p.m.", as a live blog's entries read
        return True
    if labelled_time(text) is not None:  # "16:30　宿にチェックイン", an itinerary's step
        return True
    if _month_of_year(text):  # "Janeiro de 2025", "March 2024", as a timeline's entries read
        return True
    if not is_dateline(text):
        return False
    rest = without_dates(text, find_all_dates([text]))
    return not any(word[0].isupper() for word in _WORD_RE.findall(rest))


def _month_of_year(text: str) -> bool:
    """A month's name and a year alone: "March 2024", "Janeiro de 2025", "June of 2019"."""
    match = _MONTH_YEAR_RE.match(text)
    return match is not None and normalize_name(match.group(1)) in month_names()


def _point(content: str) -> bool:
    """A list item that is a sentence of `POINT_WORDS` words or more closed by a full stop ("*
    38' 1ºT – Juninho Lopes acerta o travessão."): a headline ends with none."""
    text = content.rstrip()
    return text.endswith((".", "。")) and count_words(text, POINT_WORDS) >= POINT_WORDS


def _opens_faq(doc: Document, line: Line, end: int) -> bool:
    """Whether a plain line (right after a box's list items) opens an FAQ: a question over its
    answer, or a heading over them ("Was Pendler jetzt wissen müssen" / "Fährt der Bus weiter?"
    / "Die Linie 47 fährt ..."). A teaser's headline stands over its summary, not over a
    question answered."""
    if asks(line):
        return _summary_follows(doc.lines, end)
    question = doc.next_non_blank(end)
    if line.list_marker is not None or question is None or not asks(question):
        return False
    return _summary_follows(doc.lines, question.index + 1)


def _interview_over(doc: Document, heading: int) -> bool:
    """Whether the article right over a box's heading is an interview: two of its last
    `INTERVIEW_REACH` lines ask a question with an answer under each, a sentence that asks none
    ("Come ha cominciato?" / "Per caso. ..."). Under the box a question over its answer is the
    next one, where a teaser card's headline asks as often ("Did Schiff Unfairly Squelch
    Stefanik?") under a story that asks none."""
    if heading <= 0:
        return False
    asked, seen = 0, 0
    for line in reversed(doc.lines[max(0, heading - 3 * INTERVIEW_REACH) : heading]):
        if line.is_blank:
            continue
        seen += 1
        if seen > INTERVIEW_REACH:
            break
        if asks(line) and _answered(doc, line):
            asked += 1
    return asked >= 2


def _answered(doc: Document, question: Line) -> bool:
    answer = doc.next_non_blank(question.index + 1)
    return answer is not None and _running(answer) and not asks(answer)


def _summary_follows(lines: Sequence[Line], start: int) -> bool:
    """Whether the next non-blank line from `start` is a paragraph, not another short line."""
    following = next((line for line in lines[start:] if not line.is_blank), None)
    return following is not None and _running(following)


def _running(line: Line) -> bool:
    """A sentence that is no list's item: running text."""
    return line.list_marker is None and _sentence(line)


def _sentence(line: Line) -> bool:
    return line.content.rstrip().endswith((".", "!", "?", "。", "…", ")", "”", '"'))


def _summary(content: str) -> bool:
    return count_words(content, SUMMARY_MAX_WORDS) <= SUMMARY_MAX_WORDS
