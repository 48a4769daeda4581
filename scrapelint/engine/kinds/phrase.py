"""`kind: phrase` — a line that is, starts with, ends with or contains a known boilerplate phrase.

`max-words` keeps a phrase from condemning prose that merely mentions it ("she said in the
newsletter she edits ..."), and `extend` lets a phrase take what belongs to it: `block` the rest of
its blank-separated block, `box` the whole of that block when it is a sign-up box's size (its
heading and pitch over a field's label or a button, see `sign_up_box`), `buttons` the short lines
right under it in its block (a consent
banner's "Accept all", see `buttons`), `to-end` everything after it (the start of a comment
widget), `link` the one headline right under it (a box linking one other story, see
`items.linked_headline`), `items` the run of headline-like items under it (a sidebar's "Most
Read" and its list, see `items`), `cards` the run of teaser cards under it when that run reaches
the end of the article's body (a "More From the Times" box of headlines and summaries, see
`cards`). A heading with fewer than `min-items` items under it is left alone: "Related" on its
own may be a word in a headline. A heading with items outside the body, where the locator's own
verdict is too weak to remove it, is only reported (see `box_place`), and so is one inside the
article that only begins with a one-word phrase (`_own_heading`) or is said over and over
(`box_place.is_label`). A `contains` phrase between quotation marks in the body is named by the
article, not said to the reader (`_mentioned`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from scrapelint.engine.guard import outweighed_from
from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.kinds.box_place import closes_body, is_label, items_level, title_lines
from scrapelint.engine.kinds.buttons import buttons_end
from scrapelint.engine.kinds.cards import card_run
from scrapelint.engine.kinds.items import (
    article_after_items,
    item_run,
    linked_headline,
    points_after_box,
)
from scrapelint.engine.kinds.menu_line import menu_lines
from scrapelint.engine.kinds.phrase_labels import labels, links
from scrapelint.engine.kinds.sign_up_box import sign_up_box
from scrapelint.engine.options import Literals, OptionError, Phrases, option
from scrapelint.engine.phrases import MODES, PhraseMatcher
from scrapelint.locate.context import BODY, Context
from scrapelint.locate.numbered import resumed_heading
from scrapelint.locate.reading import block_reading
from scrapelint.text.confidence import EDGE, PHRASE
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.normalize import normalize

# A quotation in double marks, guillemets or typographic single marks (a straight single mark
# doubles as an apostrophe; a typographic one closes at the first apostrophe, after the words).
QUOTED_RE = lazy(r'["“„«‘]([^"“”„«»‘’]{1,200})["”“»’]')
# The fewest words of a question under a heading ("Can I use a root domain?").
QUESTION_WORDS = 3
# The fewest items of a one-line menu that must be phrases (`menu_lines`).
MENU_KNOWN = 2
# The fewest words of a sentence that mentions a `contains` phrase in the body (`_said_in_prose`).
PROSE_WORDS = 12
EXTENDS = frozenset({"none", "block", "box", "buttons", "to-end", "link", "items", "cards"})


@dataclass(frozen=True, eq=False, kw_only=True)
class PhraseRule(LineKind):
    KIND = "phrase"

    phrase_list: Phrases = option(key="phrases", doc="the boilerplate phrases")
    match: str = option("line", choices=MODES, doc="where on the line a phrase must stand")
    max_words: int = option(12, doc="a longer line is prose that mentions the phrase")
    extend: str = option(
        "none",
        choices=EXTENDS,
        doc="what goes with the line: the rest of its block, everything after it, or its items",
    )
    item_max_words: int = option(
        16, doc="with extend: link, items or cards, the longest unmarked item (headline)"
    )
    min_items: int = option(
        2, doc="with extend: items or cards, a phrase over fewer items is left alone"
    )
    closes_story: bool = option(
        False,
        doc="with extend: to-end, what the heading takes closes the story, so is shorter than"
        " it: with more prose under the heading than above it, the finding is only reported",
    )
    spoken_of: bool = option(
        False,
        doc="with match: contains, the phrase is also a topic of news (cookie settings): a"
        " sentence of the article's body that holds it past its start is only reported",
    )
    menu_lines: bool = option(
        False,
        doc="with match: line, a line written as a menu (three or more short items between"
        " bars, dots or wide spaces) is taken when two of its items, and a third of all, are"
        " phrases",
    )
    label_words: Literals = option(
        Literals(()),
        doc="with match: start, one-word phrases that also open headings ('Video Marketing'):"
        " followed by more words, one counts only as a label (a colon, a bar, a dash, a bracket,"
        " a number or a credit word after it)",
    )

    def __post_init__(self) -> None:
        if self.menu_lines and self.match != "line":
            raise OptionError("menu-lines", "only with match: line")
        if self.spoken_of and self.match != "contains":
            raise OptionError("spoken-of", "only with match: contains")
        if self.closes_story and self.extend != "to-end":
            # Only a heading that takes everything after it has a story above it to weigh.
            raise OptionError("closes-story", "only with extend: to-end")

    @cached_property
    def phrases(self) -> PhraseMatcher:
        return PhraseMatcher(list(self.phrase_list), self.match)

    @property
    def key_words(self) -> frozenset[str]:
        """The words a line must hold one of to match (see `Context.lines_with_words`)."""
        return self.phrases.key_words

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        found = list(self._phrase_lines(doc, ctx))
        yield from found
        if self.menu_lines:
            taken = {i for f in found for i in range(f.line, f.end_line + 1)}
            yield from self._menus(doc, ctx, taken)

    def _menus(self, doc: Document, ctx: Context, taken: set[int]) -> Iterator[Finding]:
        """Lines written as a menu (`menu_line`) of whose items at least two, and a third of
        all, are phrases."""
        for index, items in menu_lines(doc):
            if index in taken or not ctx.is_at(index, self.where):
                continue
            known = [item for item in items if self.phrases.match(normalize(item)) is not None]
            if len(known) >= MENU_KNOWN and 3 * len(known) >= len(items):
                message = f"{self.message}: a menu of {len(items)} items (“{known[0]}”)"
                yield self.meta.finding(index, index + 1, message, confidence=PHRASE)

    def _phrase_lines(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        normalized = ctx.normalized
        resume = 0  # lines before this were taken by the last finding
        for index in ctx.lines_with_words(self.phrases.key_words, self.max_words):
            if index < resume:
                continue
            phrase = self.phrases.match(normalized[index])
            if phrase is None or not ctx.is_at(index, self.where):
                continue
            content = doc.lines[index].content
            if phrase in self.label_words and not labels(content, phrase):
                continue
            if self.match == "contains" and _mentioned(ctx, index, content, phrase):
                continue
            if self.extend in ("items", "cards") and links(content, phrase):
                continue  # "Lees ook: Waterkoker ontkalken": a link on one line, no box's heading
            start = index
            if self.extend == "items":
                resumed = resumed_heading(ctx.numbered_runs, index)
                stop = _first_after(index, *title_lines(ctx), resumed)
                body = range(ctx.article.start, ctx.article.end)
                end, items = item_run(doc, index + 1, self.item_max_words, stop, body)
                if items < self.min_items:
                    continue
                message = f"{self.message} ({items} items)"
                level = EDGE if self._own_heading(ctx, index) else items_level(doc, ctx, index)
            elif self.extend == "link":
                if not linked_headline(doc, index, self.item_max_words):
                    continue
                end, message = index + 2, self.message
                level = EDGE if self._own_heading(ctx, index) else items_level(doc, ctx, index)
            elif self.extend == "cards":
                stop = resumed_heading(ctx.numbered_runs, index)
                end, cards = card_run(doc, index + 1, self.item_max_words, stop)
                if cards < self.min_items or not closes_body(doc, ctx, index, end):
                    continue
                if self._own_heading(ctx, index) or is_label(ctx, index):
                    continue
                message, level = f"{self.message} ({cards} cards)", PHRASE
            elif self.extend == "box" and (box := sign_up_box(doc, index)) is not None:
                start, end = box
                if start < resume:
                    continue  # the box reaches up into what the last finding took
                message, level = f"{self.message}: “{phrase}” (its box)", PHRASE
            else:
                end, message = self._end(doc, ctx, index), f"{self.message}: “{phrase}”"
                weak = self._heads_questions(doc, index) or self._heads_a_story(doc, index)
                weak = weak or self._said_in_prose(ctx, index, phrase)
                level = EDGE if weak else PHRASE
            resume = end
            yield self.meta.finding(start, end, message, confidence=level)

    def _heads_questions(self, doc: Document, index: int) -> bool:
        """Whether a lone phrase line heads a question of a few words ("FAQ" over "Do I need to
        buy SSL?"): a footer's link list goes on with links, an article's FAQ with its questions,
        so a link's phrase and a place outside the located body are too weak to remove it
        (reported). Calls to action ("Contact us" over "Questions?") keep their phrase's weight."""
        if self.match != "line" or self.extend != "none" or self.where != "outside-body":
            return False
        following = doc.next_non_blank(index + 1)
        if following is None:
            return False
        text = following.content.strip()
        return text.endswith(("?", "？")) and len(text.split()) >= QUESTION_WORDS

    def _heads_a_story(self, doc: Document, index: int) -> bool:
        """Whether a heading that takes the rest of the text and closes the story with a box
        (`closes_story`: "About the Author") has more prose under it than above it: such a box is
        shorter than the story, so the story is below the heading, or in it (reported). A thread
        of comments or of teasers with their summaries can outweigh a short story; those rules
        do not say it."""
        return self.closes_story and outweighed_from(doc, index)

    def _said_in_prose(self, ctx: Context, index: int, phrase: str) -> bool:
        """Whether a line of the article's body only says a phrase of a topic of news
        (`spoken_of`) inside a sentence of its own: "a new rule lets users set their cookie
        settings once" is a story about banners, where a banner opens with its formula ("We use
        cookies ...") or is short. The phrase alone is then too weak to remove the line
        (reported). Small print a sentence long ("We sent you an activation link ...") is not
        a topic: those rules do not say it."""
        if not self.spoken_of or ctx.place(index) != BODY:
            return False
        if ctx.normalized[index].startswith(phrase) or ctx.word_counts[index] < PROSE_WORDS:
            return False
        reading = ctx.memo.value(block_reading, ctx.doc.lines[index].text)  # the locator's
        return reading is not None and reading.features.ends_sentence

    def _own_heading(self, ctx: Context, index: int) -> bool:
        """Whether a heading inside the article is its own: one that only begins with a one-word
        phrase ("Recommended Approach", "Popular cities"), where a sidebar's heading is a phrase
        ("Related", "Related Articles"). Only the page's shape is weaker evidence."""
        if ctx.place(index) != BODY and not ctx.article.extracted:
            return False
        words = ctx.normalized[index].split()
        known = self.phrases.phrases
        longest = next((k for k in range(len(words), 0, -1) if " ".join(words[:k]) in known), 0)
        return longest == 1 < len(words)

    def _end(self, doc: Document, ctx: Context, index: int) -> int:
        if self.extend == "to-end":  # ...or to where the article goes on: its steps, sections
            named = article_after_items(doc, index, self.item_max_words)
            points = points_after_box(doc, index) if self.closes_story else None
            resumed = resumed_heading(ctx.numbered_runs, index)
            resumed = _first_after(index, resumed, named, points)
            return doc.last_non_blank() + 1 if resumed is None else resumed
        if self.extend == "block":
            end = index + 1
            while end < len(doc.lines) and not doc.lines[end].is_blank:
                end += 1
            return end
        if self.extend == "buttons":
            return buttons_end(doc, index)
        return index + 1


def _first_after(index: int, *lines: int | None) -> int | None:
    """The first of `lines` below line `index`, where a box's run stops: a headline, the
    article's numbered steps going on under the box (`numbered.resumed_heading`), a section it
    names or its table (`items.article_after_items`), or its points after an author's box
    (`items.points_after_box`)."""
    return min((line for line in lines if line is not None and line > index), default=None)


def _mentioned(ctx: Context, index: int, content: str, phrase: str) -> bool:
    """Whether a line of the article's body says `phrase` inside a quotation: a story about a
    banner's "Accept all cookies" button, or a campaign's slogan ("Suscríbete y apoya el
    periodismo local"), speaks of the phrase, where a banner says it to the reader; so does a
    line under one of the body's that announces it ("The app opens with a pop-up that reads:")."""
    if ctx.place(index) != BODY:
        return False
    lines = ctx.doc.lines
    above = next((k for k in range(index - 1, -1, -1) if not lines[k].is_blank), None)
    if above is not None and lines[above].content.rstrip().endswith(":"):
        return True
    padded = f" {phrase} "
    return any(padded in f" {normalize(m.group(1))} " for m in QUOTED_RE.finditer(content))
