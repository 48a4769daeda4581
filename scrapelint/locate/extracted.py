"""Text extracted already: no navigation around the article, so the locator does not cut the
text's edges and its verdicts there are only reported."""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.locate.verdicts import LineVerdict, junk
from scrapelint.text import confidence as C
from scrapelint.text import reasons as R
from scrapelint.text.document import LINK_MARK, line_content
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import LineFeatures, LineReading
from scrapelint.text.pieces import count_words

# Text with no run of this many one- or two-word lines in a row (a menu, a row of buttons, a tag
# cloud) around the body, above or below it, is taken to be extracted already: there is no
# navigation around the article, and the locator's verdicts there are only reported (it does not
# cut the text's edges).
# Each fix pass reads this afresh from the text the passes before it kept, on purpose: once the
# first pass has taken the navigation, a later pass reads the rest as extracted text and only
# reports, which stops a cascade (the body re-located in a smaller stretch, a resource list that
# weak verdicts kept in the first pass). Reusing the first pass's reading instead took 176 article
# lines of one DEV-modern page and 42 of another (keep_R .987 -> .969; put back only the share
# lines for the reading: .984), for as much junk removed elsewhere.
NAVIGATION_RUN = 5
NAVIGATION_WORDS = 2
# Nor a longer run of lines of up to four words, none a sentence or a figure: a menu whose
# entries name products or services ("Contractor General Liability Insurance") or a mega-menu.
# An extracted text's own lists of that length are steps, ingredients and prices (sentences,
# quantities, figures); a list of its sections is shorter. Both values were checked by
# site-grouped cross-validation (`benchmarks/quality.py`, `RULE_KNOBS`).
MENU_RUN = 12
MENU_ITEM_WORDS = 4
# What stays a strong verdict on extracted text: the headline and a byline touching the body.
_EXTRACTED_KEEPS = frozenset({R.TITLE, R.BYLINE})


# An indented line with code's punctuation (`  web:`, `    image: nginx`, `  x = 1`) is a line of
# a code or configuration block kept in a tutorial, not a menu entry: it breaks a navigation run.
# A menu nested in a list ("  - Home") has neither, and an indented link is no code.
_CODE_LINE_RE = lazy(r"^(?: {2,}|\t)\S.*[:={}();\[\]<>$]")


def extracted(feats: Sequence[LineFeatures], texts: Sequence[str] = ()) -> bool:
    """Whether the text looks extracted already: no run of `NAVIGATION_RUN` blocks of at most
    `NAVIGATION_WORDS` words, nor of `MENU_RUN` menu entries (`_menu_entry`), so no navigation
    around the article. `texts` are the blocks' lines, when the caller has them: a line of code
    among them is no navigation."""
    run = menu = 0
    for position, f in enumerate(feats):
        words = _visible_words(texts, position, f)
        short, entry = words <= NAVIGATION_WORDS, _menu_entry(f, words)
        code = (short or entry) and _code(texts, position)  # one test for both runs
        run = run + 1 if short and (f.link_like or not code) else 0
        menu = menu + 1 if entry and not code else 0
        if run >= NAVIGATION_RUN or menu >= MENU_RUN:
            return False
    return True


def _menu_entry(f: LineFeatures, words: int) -> bool:
    """A line of at most `MENU_ITEM_WORDS` words that is neither a sentence nor holds a figure."""
    return words <= MENU_ITEM_WORDS and not f.ends_sentence and not f.digit_share


def _visible_words(texts: Sequence[str], position: int, f: LineFeatures) -> int:
    """The line's words as a reader sees them: a Markdown menu entry, "[News](https://...)", is
    one word, not the six its address adds to its features."""
    if position >= len(texts) or LINK_MARK not in texts[position]:
        return f.words
    return count_words(line_content(texts[position]), f.words)


def _code(texts: Sequence[str], position: int) -> bool:
    return position < len(texts) and _CODE_LINE_RE.match(texts[position]) is not None


def head_top(readings: Sequence[LineReading | None], verdicts: Sequence[LineVerdict]) -> int:
    """The index of the first line of the article's own shape (a sentence of three words or more,
    or an item of a short list) that is neither the headline nor a byline: on extracted text those
    stand above the article, so a line the locator took for them below such a line (a listicle's
    next item, a changelog's heading) is the article's. A section label or a date above the
    headline does not count, nor an item of a list as long as a menu (a table of contents)."""
    run = 0  # list items in a row, blank lines aside, up to the line read
    for index, (reading, verdict) in enumerate(zip(readings, verdicts, strict=False)):
        if reading is None:
            continue
        f = reading.features
        run = run + 1 if f.list_item else 0
        if verdict.reason in _EXTRACTED_KEEPS:
            continue
        if f.ends_sentence and f.words >= 3 and not f.list_item:
            return index
        if f.list_item and _short_list(readings, index, run):
            return index
    return len(verdicts)


def _short_list(readings: Sequence[LineReading | None], index: int, run: int) -> bool:
    """Whether the list item at `index`, the `run`-th in a row, is in a list shorter than a menu."""
    for after in range(index + 1, len(readings)):  # not a slice: no copy of the rest per item
        if run >= NAVIGATION_RUN:
            break
        reading = readings[after]
        if reading is None:
            continue
        if not reading.features.list_item:
            break
        run += 1
    return run < NAVIGATION_RUN


def weakened(verdict: LineVerdict, below_prose: bool = False) -> LineVerdict:
    """A verdict on extracted text: only reported, unless it is one that stays strong there.

    The headline and the byline stand at the head of the text: below a paragraph (`below_prose`)
    a short line the locator took for them is the article's own subheading ("Method" under a
    recipe's introduction and its list of ingredients), where the body was found to start late."""
    if verdict.reason is None or (verdict.reason in _EXTRACTED_KEEPS and not below_prose):
        return verdict
    return junk(verdict.reason, min(verdict.confidence, C.EXTRACTED))
