"""A box of the article's own between its byline and its body: "Das Wichtigste in Kürze" and its
points, a guide's "Project overview" (working time, cost) and its tools, a round-up's table of
its picks, the races a live blog will follow, and the paragraphs that open the article over
such a list (a review's first paragraph over its pros and cons).

Over the body the locator finds, every line it does not take for the headline or a byline is
head chrome: a menu, share buttons, a caption. Between the byline (or the date) and the body the
page has already named its article, and a list, a table or a box of labelled facts there, under
its heading, is the article's more often than a menu is: their position is weak evidence, only
reported. What the vocabulary rules find among them (share buttons as list items, "Anzeige")
still goes.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.engine.kinds.standfirst import SENTENCE_END, STANDFIRST_WORDS
from scrapelint.facts.credit_line import is_credit, is_reviewer_credit
from scrapelint.facts.headline_shape import is_headline_shaped
from scrapelint.locate.context import Context
from scrapelint.locate.lists import MIN_ITEM_WORDS, table_row
from scrapelint.locate.section_heading import names_a_section
from scrapelint.locate.tail_tables import PLAIN_FACT_RE
from scrapelint.text.document import Document, Line
from scrapelint.text.pieces import count_words

# The byline or date stands within this many non-blank lines over the body.
CREDIT_REACH = 40
# A labelled fact ("Working time: 45 mins") is a short line; a box's heading shorter still.
FACT_WORDS = 12
HEADING_WORDS = 8
# A summary's points between the headline and the byline: at least this many list items.
SUMMARY_POINTS = 2
# The paragraphs over a list's heading are the article's opening when they end sentences as long
# as a standfirst's, one of them of this many words or more.
OPENING_WORDS = 20
# The rows of a box average this many words or more (`lists.MIN_ITEM_WORDS`).
ROW_WORDS = MIN_ITEM_WORDS


def head_box_lines(doc: Document, ctx: Context) -> frozenset[int]:
    """The lines of the boxes between the byline (or the date, or a reviewer's credit) nearest
    the body and the body: list items, table rows and labelled facts, and the heading right over
    a run of them."""
    article = ctx.article
    if article.extracted:
        return frozenset()  # the locator's verdicts there are only reported already
    lines = doc.lines
    above = [i for i in range(article.start - 1, -1, -1) if not lines[i].is_blank]
    above = above[: CREDIT_REACH + 1]
    if not any(_row(lines[i]) for i in above):
        return frozenset()  # no box: the byline need not be looked for
    credit = next((n for n, i in enumerate(above) if _signs(lines[i])), None)
    if credit is None:
        return frozenset()
    below = above[:credit]  # the non-blank lines between the credit and the body, upwards
    below.reverse()
    found = set(_summary_box(ctx, above[credit:]))
    for run in _row_runs(lines, below):
        heading = below.index(run[0]) - 1
        titled = heading >= 0 and _heading(lines[below[heading]])
        named = titled and names_a_section(lines[below[heading]].content)
        if (_wordy(lines, run) or named) and not _repeated(ctx, run):
            found.update(run)
            if titled:
                found.add(below[heading])
            # A list under its heading ("Pros") is a part of the article, not a box of facts
            # over it: the paragraphs over the heading are the article's too.
            if titled and all(lines[i].list_marker is not None for i in run):
                found.update(_opening(lines, below, box=heading))
    return frozenset(found)


def _opening(lines: Sequence[Line], below: Sequence[int], box: int) -> list[int]:
    """The paragraphs right over the list's heading at `below[box]`, up to the credit: the
    article's first paragraphs, which a review sets over its pros and cons ("Orrin's earbuds
    have always been the sensible pick: ..." / "Pros"); a short sentence among them goes with
    them ("October is our favourite month."). A button or a price between them and the heading
    ends them; a long caption or a prompt over a list without a heading is no opening."""
    found, longest = [], 0
    for index in reversed(below[:box]):
        content = lines[index].content.rstrip()
        words = count_words(content, OPENING_WORDS)
        if words < STANDFIRST_WORDS or not content.endswith(SENTENCE_END):
            break
        found.append(index)
        longest = max(longest, words)
    return found if longest >= OPENING_WORDS else []


def _summary_box(ctx: Context, over: Sequence[int]) -> list[int]:
    """The points summing the story up between the headline and its byline ("Key points" over
    four bullets, then "By Sam Hollis"), from the non-blank lines `over` the body upwards from
    the credit nearest it: `SUMMARY_POINTS` list items or more over the credits, its heading
    maybe, and right over them a headline-shaped line."""
    lines = ctx.doc.lines
    k = 0
    while k < len(over) and _signs(lines[over[k]]):
        k += 1
    if k < len(over) and lines[over[k]].list_marker is None and _heading(lines[over[k]]):
        k += 1  # a byline the credits' words miss ("Riverside FM newsroom: Sam Hollis")
    start = k
    while k < len(over) and lines[over[k]].list_marker is not None:
        k += 1
    points = list(over[start:k])
    if len(points) < SUMMARY_POINTS or not _wordy(lines, points) or _repeated(ctx, points[::-1]):
        return []
    headline = k + 1 < len(over) and is_headline_shaped(lines[over[k + 1]].text)
    if headline and _heading(lines[over[k]]):
        points.append(over[k])  # "Key points"
        k += 1
    return points if k < len(over) and is_headline_shaped(lines[over[k]].text) else []


def _row_runs(lines: Sequence[Line], indices: Sequence[int]) -> list[list[int]]:
    """The runs of rows among the lines at `indices` (blank lines between them are no break)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index in indices:
        if _row(lines[index]):
            run.append(index)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return runs


def _wordy(lines: Sequence[Line], run: Sequence[int]) -> bool:
    """Whether a run's rows average `ROW_WORDS` words or more: a menu's or a share row's items,
    a tag list, are a word or two each."""
    words = sum(count_words(lines[i].content) for i in run)
    return words >= ROW_WORDS * len(run)


def _repeated(ctx: Context, run: Sequence[int]) -> bool:
    """Whether a row of the run is said again below it: a table of contents' entry repeats its
    section's heading."""
    normalized = ctx.normalized
    later = set(normalized[run[-1] + 1 :])
    return any(normalized[i] in later for i in run if normalized[i])


def _row(line: Line) -> bool:
    """An item of a list, a row of a table or a labelled fact."""
    content = line.content
    if line.list_marker is not None:
        return True
    if table_row(content):
        return True
    short = count_words(content, FACT_WORDS) <= FACT_WORDS
    return short and PLAIN_FACT_RE.match(content) is not None


def _heading(line: Line) -> bool:
    content = line.content.rstrip()
    return count_words(content, HEADING_WORDS) <= HEADING_WORDS and not content.endswith(".")


def _signs(line: Line) -> bool:
    """A byline, a dateline, or the credit of who checked the article, which a health page sets
    where a news page sets its byline (`credit_line.is_reviewer_credit`); no list item."""
    text = line.text.strip()
    return is_credit(text) or (line.list_marker is None and is_reviewer_credit(text))
