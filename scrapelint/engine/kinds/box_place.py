"""Where a box's heading stands, and how strong that makes it: a heading the phrase rules find
over items or cards ("Most Read", "More From the Times") is taken with them by their shape, which a
page of lists and tables shares; its place beside the located body says how far to trust it."""

from __future__ import annotations

from scrapelint.locate import outside
from scrapelint.locate.context import BODY, TAIL, Context
from scrapelint.text.confidence import EDGE, PHRASE, REMOVE_AT
from scrapelint.text.document import Document
from scrapelint.text.reasons import TITLE

# A heading said this many times in a document labels cards: it heads no sidebar.
LABEL_COPIES = 3


def title_lines(ctx: Context) -> tuple[int, ...]:
    """The lines the locator took for the article's headline (by its shape, and as the page's
    headline read around the body), where a box's items stop."""
    return tuple(i for i, v in enumerate(ctx.article.verdicts) if v.reason == TITLE)


def items_level(doc: Document, ctx: Context, index: int) -> float:
    """How strong a heading and its items are, by where the heading stands.

    The items are taken by their shape (short, headline-like lines), which a page of lists and
    tables shares: "most popular" over a table's rows, "Read More" under each card of a resource
    list. Away from the body, where the locator's own verdict on the heading is still too weak to
    remove it (between two parts of the text that may be one article), the run is only as strong
    as that position: reported, not removed. Inside the body an inline "Related" box stays a
    phrase's find, as does a "Most Read" box right at the body's edge, and any heading in text
    extracted already."""
    if is_label(ctx, index):
        return EDGE
    article = ctx.article
    if ctx.place(index) == BODY or article.extracted or _at_edge(doc, ctx, index):
        return PHRASE
    return PHRASE if article.verdicts[index].confidence >= REMOVE_AT else EDGE


def closes_body(doc: Document, ctx: Context, index: int, end: int) -> bool:
    """Whether a heading at `index` and its cards up to `end` close the article: the heading
    stands after the body, or nothing but blank lines stands between the last card and the
    body's end. A box of cards with more of the body below it may be the article's own list."""
    place, lines = ctx.place(index), doc.lines
    if place == BODY:
        return all(lines[i].is_blank for i in range(end, ctx.article.end))
    # Over the body the article may start before the locator's body does (a poem, an intro).
    return place == TAIL


def is_label(ctx: Context, index: int) -> bool:
    """Whether the heading is a button label: a line said `LABEL_COPIES` times or more ("Read
    More" under each card of a resource list) labels each item, it heads no box of them."""
    normalized = ctx.normalized
    return normalized.count(normalized[index]) >= LABEL_COPIES


def _at_edge(doc: Document, ctx: Context, index: int) -> bool:
    """Whether fewer than the locator's `EDGE_REACH` lines stand between the body and `index`."""
    article = ctx.article
    between = range(article.end, index) if index >= article.end else range(index + 1, article.start)
    lines = doc.lines
    return sum(1 for i in between if not lines[i].is_blank) < outside.EDGE_REACH
