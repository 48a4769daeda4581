"""The standfirst: the paragraph under the headline and over the byline, outside the body.

A news page sets its headline, a paragraph that sums the story up, the byline and the date,
share buttons and a picture over the article ("Van driver ... is jailed" / "Ashton Prewett, 34,
was scrolling ..." / "By Harriet Coombe" / "14 MAR 2024" / "Share on Facebook" / a caption). The
locator finds the body under all that, and the standfirst stands outside it, as detached prose
or (short) head chrome, which its position alone would remove. The headline over it and the
byline or the date under it say what it is: its position is then weak evidence, only reported.
The benches' gold texts mostly leave a standfirst out (keeping it costs about .001 of token F1
on DEV and DEV-modern page text, `benchmarks/quality.py`); a reader misses it.
"""

from __future__ import annotations

from scrapelint.facts.credit_line import is_credit
from scrapelint.facts.headline_shape import is_headline_shaped
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.pieces import count_words

# The standfirst stands within this many non-blank lines over the body: a byline, a date, a row
# of share buttons, a caption and its credit between them. On the whole-page set 15 and 25 keep
# the same lines, 8 six fewer; DEV and DEV-modern read the same with each.
STANDFIRST_REACH = 15
# ...and holds a sentence of at least this many words (a caption is often shorter).
STANDFIRST_WORDS = 8
OPEN_WORDS = 15
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
    for index in range(article.start - 1, -1, -1):
        if lines[index].is_blank:
            continue
        if len(between) >= STANDFIRST_REACH:
            return None
        headed = _sentence(lines[index].content) and _under_a_headline(doc, index)
        if headed and any(is_credit(lines[i].content) for i in between):
            return index
        # A caption's sentence, or a section's first sentence under its heading with no byline
        # under it (the body found late, after an article's first sections): the standfirst
        # stands over them.
        between.append(index)
    return None


def _under_a_headline(doc: Document, index: int) -> bool:
    lines = doc.lines
    above = next((lines[i] for i in range(index - 1, -1, -1) if not lines[i].is_blank), None)
    return above is not None and is_headline_shaped(above.content)


def _sentence(text: str) -> bool:
    """A paragraph's sentence: `STANDFIRST_WORDS` words long or more, and closed, or long enough
    to be one without its full stop (`OPEN_WORDS`; many papers set a standfirst without it)."""
    words = count_words(text, OPEN_WORDS)
    closed = text.rstrip().endswith(SENTENCE_END)
    return words >= OPEN_WORDS or (closed and words >= STANDFIRST_WORDS)
