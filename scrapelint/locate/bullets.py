"""Bulleted sentences that carry the article on: a summary, key points, the steps of an argument.

A run of long bullets is more often a teaser list ("* Headline of another story") than part of
the article, so the locator lets no bullet carry prose on to its neighbours and counts it at a
fraction of its words (`span.block_values`). A run of bullets that the article leads into is
the exception: prose, or prose then a single heading ("Key Takeaways", "To sum up:"), right above
the run. Its bullets that are sentences (prose, closing with a full stop) are the article's own
points and count as paragraphs. A news ticker's bullets sit under a menu or a "Breaking News"
label, with no prose above them, and stay teasers.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.text.line_features import ELLIPSIS_END_RE, LineFeatures

# How much a bulleted sentence the article leads into is worth, per word, against a paragraph's 1
# (a plain bullet's is `span.LIST_ITEM_WEIGHT`). Tuned by site-grouped CV
# (`benchmarks/quality.py`).
LED_ITEM_WEIGHT = 1.0
# A section of the article's own points (`_headed_section`): at least this many bullets, each a
# sentence of this many words to `SECTION_ITEM_MAX_WORDS` (a teaser's headline run on into its
# story's first sentence is longer), under a heading of at most `SECTION_HEADING_WORDS` words.
SECTION_ITEMS = 3
SECTION_ITEM_WORDS = 6
SECTION_ITEM_MAX_WORDS = 30
SECTION_HEADING_WORDS = 8


def led_sentences(
    texts: Sequence[str],
    classes: Sequence[str],
    feats: Sequence[LineFeatures],
    flows: Sequence[bool],
    prose: str,
    heading: frozenset[str],
) -> set[int]:
    """The bulleted sentences (class `prose`, closing a sentence) of every run of bullets whose
    block above -- or the block above a single non-bulleted heading-class line (`heading`) right
    over the run -- lets prose flow (`flows`), and of every run that is a section of its own
    (`_headed_section`)."""
    found: set[int] = set()
    i, n = 0, len(feats)
    first_prose = next((k for k, cls in enumerate(classes) if cls == prose), n)
    while i < n:
        if not feats[i].list_item:
            i += 1
            continue
        j = i
        while j < n and feats[j].list_item:
            j += 1
        if _led(classes, feats, flows, i - 1, heading) or (
            first_prose < i - 1
            and _headed_section(texts, classes, feats, range(i, j), prose, heading)
        ):
            found.update(k for k in range(i, j) if classes[k] == prose and feats[k].ends_sentence)
        i = j
    return found


def _led(
    classes: Sequence[str],
    feats: Sequence[LineFeatures],
    flows: Sequence[bool],
    above: int,
    heading: frozenset[str],
) -> bool:
    """Whether the article leads into a run of bullets whose block above is `above`."""
    if above >= 0 and not flows[above] and classes[above] in heading:
        above -= 1  # a single heading between the prose and its list
    return above >= 0 and flows[above]


def _headed_section(
    texts: Sequence[str],
    classes: Sequence[str],
    feats: Sequence[LineFeatures],
    run: range,
    prose: str,
    heading: frozenset[str],
) -> bool:
    """Whether a run of bullets is a section of the article's own points: a short heading right
    over `SECTION_ITEMS` bullets or more, every one a sentence of a point's length ("Other
    business", then what the board approved). The caller asks only below a paragraph -- so that
    a newsletter's or a "Read more" box set into the article between the prose and the section
    does not cut the article short there: a ticker of bulleted sentences under the menu has no
    paragraph above it. A "Breaking News" box under the article has teasers, each a headline
    run on into its story's first sentence, longer than a point; a box of recent comments has
    snippets cut short by an ellipsis ("Maitama Tambari: Congratulations for a well…")."""
    top = run.start - 1
    if classes[top] not in heading or feats[top].words > SECTION_HEADING_WORDS:
        return False
    if len(run) < SECTION_ITEMS:
        return False
    return all(
        classes[k] == prose
        and feats[k].ends_sentence
        and SECTION_ITEM_WORDS <= feats[k].words <= SECTION_ITEM_MAX_WORDS
        and ELLIPSIS_END_RE.search(texts[k]) is None
        for k in run
    )
