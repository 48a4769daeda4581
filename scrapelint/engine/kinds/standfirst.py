"""The standfirst: the paragraph under the headline and over the byline, outside the body.

A news page sets its headline, a paragraph that sums the story up, the byline and the date,
share buttons and a picture over the article ("Van driver ... is jailed" / "Ashton Prewett, 34,
was scrolling ..." / "By Harriet Coombe" / "14 MAR 2024" / "Share on Facebook" / a caption). The
locator finds the body under all that, and the standfirst stands outside it, as detached prose
or (short) head chrome, which its position alone would remove. The headline over it and the
byline or the date under it say what it is: its position is then weak evidence, only reported.
(Right under the headline, byline or not, the locator's verdict is only reported already:
`locate.deck`.)
Farther from the body (a review's rating, a dealer's box and its pros and cons between), only
a sentence framed by the headline right over it and a byline (not a date) right under it is.
The benches' gold texts mostly leave a standfirst out (keeping it costs about .001 of token F1
on DEV and DEV-modern page text, `benchmarks/quality.py`); a reader misses it.
"""

from __future__ import annotations

from scrapelint.facts.credit_line import is_byline, is_credit
from scrapelint.facts.dates import find_all_dates
from scrapelint.facts.headline_shape import is_headline_shaped
from scrapelint.locate.context import Context
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.document import Document, Line
from scrapelint.text.pieces import count_words

# The standfirst stands within this many non-blank lines over the body: a byline, a date, a row
# of share buttons, a caption and its credit between them. On the whole-page set 15 and 25 keep
# the same lines, 8 six fewer; DEV and DEV-modern read the same with each.
STANDFIRST_REACH = 15
# Farther up, within this many non-blank lines over the body (a rating, a dealer's box and a
# review's pros and cons between), a standfirst needs its headline right over it and its byline
# right under it.
FAR_REACH = 40
# ...and holds a sentence of at least this many words (a caption is often shorter).
STANDFIRST_WORDS = 8
OPEN_WORDS = 15
# The article's first paragraphs stand under at most this many lines of its head: a date, a
# byline, a comment count.
CREDIT_REACH = 4
# A line of at most this many words and characters that holds a date dates the article.
DATED_WORDS = 10
DATED_CHARS = 80
# A label of at most this many words between two kept parts ("Reklama") is passed over.
LABEL_WORDS = 2
SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "。", "！", "？")


def standfirst(doc: Document, ctx: Context) -> int | None:
    """The line of the standfirst over the body, if the page has one: the nearest sentence of
    `STANDFIRST_WORDS` words or more over the body right under a headline-shaped line (the
    locator calls it detached prose or, short, head chrome), with a byline or a dateline between
    it and the body."""
    article = ctx.article
    if article.extracted:
        return None  # the locator's verdicts there are only reported already
    lines = doc.lines
    between: list[int] = []
    for index in range(_kept_top(ctx) - 1, -1, -1):
        if lines[index].is_blank:
            continue
        if len(between) >= STANDFIRST_REACH:
            return _framed(doc, between, index)
        above = _headline_over(doc, index) if _sentence(lines[index].content) else None
        if above is not None and _dated(doc, between, above):
            return index
        # A caption's sentence, or a section's first sentence under its heading with no byline
        # under it (the body found late, after an article's first sections): the standfirst
        # stands over them.
        between.append(index)
    return None


def lead_lines(doc: Document, ctx: Context) -> frozenset[int]:
    """The article's first paragraphs right over the body (blank lines between), under the page's
    head: the page's headline (`Context.title_line`, as the metadata reads it) and a dateline or
    a byline under it, within `CREDIT_REACH` lines over the paragraphs: "Nu är det dags! ..." /
    "Här är precis hur jag gör" under "18 mars 2025" / "av Ingrid" / "12 kommentarer", over the
    steps the locator took for the body. A teaser's card over the body may date its summary, but
    under its own headline, not the page's."""
    if ctx.article.extracted:
        return frozenset()
    lines = doc.lines
    lead: list[int] = []
    index = _kept_top(ctx) - 1
    while index >= 0 and (lines[index].is_blank or _sentence(lines[index].content)):
        if not lines[index].is_blank:
            lead.append(index)
        index -= 1
    if not lead or not _credited(doc, index, ctx.title_line):
        return frozenset()
    return frozenset(lead)


def _credited(doc: Document, index: int, title: int | None) -> bool:
    """Whether the page's headline (line `title`) stands among the `CREDIT_REACH` non-blank
    lines from line `index` up, over a credit (`_credit`) among them."""
    lines = doc.lines
    seen, credited = 0, False
    while title is not None and index >= title and seen < CREDIT_REACH:
        line = lines[index]
        if not line.is_blank:
            if index == title:
                return credited
            credited = credited or _credit(line.text.strip())
            seen += 1
        index -= 1
    return False


def _framed(doc: Document, between: list[int], start: int) -> int | None:
    """The nearest sentence from line `start` up, within `FAR_REACH` non-blank lines over the
    body (`between` holds the nearer ones, nearest first), right under a headline-shaped line
    and right over a byline (a teaser's card over the body may date its summary, none signs it)."""
    lines = doc.lines
    under = lines[between[-1]].text.strip()
    seen = len(between)
    for index in range(start, -1, -1):
        if lines[index].is_blank:
            continue
        if seen >= FAR_REACH:
            break
        text = lines[index].content
        if _sentence(text) and is_byline(under) and _headline_over(doc, index) is not None:
            return index
        under, seen = lines[index].text.strip(), seen + 1
    return None


def _dated(doc: Document, between: list[int], above: Line) -> bool:
    """Whether a byline or a dateline (`is_credit`) stands among the lines `between`, or a
    short line with a date (`_short_dated`) under a headline that is no list's item: a menu's last
    item ("* About us") over a cookie banner is headline-shaped, and an exhibition's dates under
    the banner date nothing of it."""
    texts = [doc.lines[i].text.strip() for i in between]
    if any(map(is_credit, texts)):
        return True
    return above.list_marker is None and any(map(_short_dated, texts))


def _credit(text: str) -> bool:
    """A byline or a dateline (`is_credit`), or a short line that holds a date, whose other
    words a dateline's vocabulary may lack ("14 March 2023 · 12 photographs", "نُشر في: 16
    نوفمبر 2025 - 09:40 ص")."""
    return is_credit(text) or _short_dated(text)


def _short_dated(text: str) -> bool:
    """A line of at most `DATED_WORDS` words and `DATED_CHARS` characters that holds a date."""
    if len(text) > DATED_CHARS or count_words(text, DATED_WORDS + 1) > DATED_WORDS:
        return False  # a paragraph of a script written without spaces has few "words"
    return bool(find_all_dates([text]))


def _kept_top(ctx: Context) -> int:
    """The first line of what the locator keeps over its body, the body included: a ranking or
    an outline over it (`ArticleMap.top`, where the body found is a box under a product
    round-up), and the lines over either whose position is only reported (an interview's first
    questions and answers over the body found), past an ad's label of a word or two between."""
    article, lines = ctx.article, ctx.doc.lines
    top = article.start if article.top < 0 else article.top
    verdicts, counts = article.verdicts, ctx.word_counts

    def kept(index: int) -> bool:
        return lines[index].is_blank or verdicts[index].confidence < REMOVE_AT

    while top > 0:
        if kept(top - 1):
            top -= 1
        elif (
            counts[top - 1] <= LABEL_WORDS and top > 2 and lines[top - 2].is_blank and kept(top - 3)
        ):
            top -= 2  # "Reklama" between two answers of an interview
        else:
            break
    return top


def _headline_over(doc: Document, index: int) -> Line | None:
    """The line over line `index`, when it is headline-shaped."""
    lines = doc.lines
    above = next((lines[i] for i in range(index - 1, -1, -1) if not lines[i].is_blank), None)
    return above if above is not None and _headline(above.content) else None


def _headline(text: str) -> bool:
    """Headline-shaped, or two headline-shaped parts, the first closed by a full stop: a
    headline of two sentences ("Podul de pe strada Morii se închide trei luni. Pe unde ocolesc
    șoferii"), which the title search refuses as a prompt in some shapes (a button's word in it,
    more words than a headline: `facts.headline_sentences`)."""
    if is_headline_shaped(text):
        return True
    parts = text.split(". ")
    return len(parts) == 2 and all(map(is_headline_shaped, parts))


def _sentence(text: str) -> bool:
    """A paragraph's sentence: `STANDFIRST_WORDS` words long or more, and closed, or long enough
    to be one without its full stop (`OPEN_WORDS`; many papers set a standfirst without it)."""
    words = count_words(text, OPEN_WORDS)
    closed = text.rstrip().endswith(SENTENCE_END)
    return words >= OPEN_WORDS or (closed and words >= STANDFIRST_WORDS)
