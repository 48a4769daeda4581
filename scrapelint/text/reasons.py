"""The fixed set of reasons the article detector gives for calling a line junk.

Each reason is a slug the lint layer can expose as its own rule. A reason names *where* a line
stands relative to the article body and *what shape* it has -- never which site it came from -- so
each one is meaningful on its own and can be switched off alone (a caller that keeps titles, as the
seed corpus does, simply ignores ``title``). ``REASONS`` maps slug -> ``Reason`` with its category
(one of ``scrapelint.text.findings.CATEGORIES``) and a rationale.

Only reasons the locator emits are listed: captions and comment threads are found by the rule
packs (``MD003``, ``CM001``, ``CM003`` to ``CM006``), not by the locator's shape verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reason:
    """One junk reason: its slug, category and why the detector uses it."""

    slug: str
    category: str
    rationale: str


HEAD_CHROME = "head-chrome"
TAIL_CHROME = "tail-chrome"
TITLE = "title"
BYLINE = "byline"
MENU_RUN = "menu-run"
LINK_LIST = "link-list"
FRAGMENT = "short-fragment"
DETACHED_PROSE = "detached-prose"
DUPLICATE = "duplicate"

_ALL = (
    Reason(
        HEAD_CHROME,
        "navigation",
        "A line above the article body that does not read as prose: site menus, section names, "
        "sign-in and subscribe buttons, breadcrumbs, ticker headlines. Page text puts all of this "
        "before the article; nothing in it is article text once the body has been located.",
    ),
    Reason(
        TAIL_CHROME,
        "footer",
        "A line below the article body that does not read as prose: tags, share buttons, footer "
        "menus, copyright and legal links, 'most read' labels. The article has ended; short "
        "unpunctuated lines after it are page furniture.",
    ),
    Reason(
        TITLE,
        "metadata",
        "The headline: the headline-shaped line (a few words, capitalised, no sentence-final full "
        "stop) at the top of the document or just above the body. Benchmarks differ on whether "
        "the title belongs to the text, so it has its own reason and the caller decides.",
    ),
    Reason(
        BYLINE,
        "metadata",
        "A short line touching the start or the end of the body that is mostly a date, time or a "
        "few capitalised names: bylines, datelines, 'updated' stamps, reading-time notes.",
    ),
    Reason(
        MENU_RUN,
        "navigation",
        "A run of three or more short (one to three word) non-prose lines, usually list items: a "
        "menu, a tag cloud or a row of share buttons, wherever it sits in the page.",
    ),
    Reason(
        LINK_LIST,
        "sidebar",
        "A run of headline-shaped lines (several words, no sentence punctuation): 'related', "
        "'most read' and 'more stories' lists of teaser titles, inside or around the article.",
    ),
    Reason(
        FRAGMENT,
        "share",
        "A line inside the body with no prose at all -- a bare number, a counter, a lone symbol "
        "or a single word between paragraphs such as a share-count or an ad label.",
    ),
    Reason(
        DETACHED_PROSE,
        "promo",
        "A prose-shaped line far from the article body, cut off from it by page chrome: teaser "
        "summaries, newsletter pitches, cookie and legal notices, author boxes. Prose only counts "
        "as article text when it belongs to the main run of prose.",
    ),
    Reason(
        DUPLICATE,
        "duplicate",
        "A line that repeats an earlier line of the same document word for word: a headline "
        "printed twice, a caption repeated by a gallery, a teaser that echoes the lead.",
    ),
)

REASONS: dict[str, Reason] = {r.slug: r for r in _ALL}
