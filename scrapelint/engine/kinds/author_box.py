"""`kind: author-box` — the box under an article that introduces its writer.

Author boxes are a heading that names the writer ("About Jane Roe", "Sobre Carlos Nadalim",
"Über Moritz Bachmann") over a short biography that names them again: one of `prefixes`, a
capitalised name, and the same name within the first `bio-window` words of the next paragraph.
Both lines go, when nothing of the article follows them.

With `opening-verbs`, the heading is the bare name, with no prefix ("Pamela Wilson"), over a
biography that opens with the same name and one of those verbs ("Pamela Wilson is an online
educator ..."). A list of people inside an article ("Ten women to watch") has that shape once per
person, so a card goes only when it is the document's one such pair.

With `pattern`, there is no heading: the biography's first line opens with the writer's full name
and a job ("Karina Cohen is the owner of CR Maids, ..."). A story introduces its people that way
too, so the line counts only where the rule's `where` puts it (the text's last lines), only when
it is the document's one such line, and only when nothing of the story follows it: each later
line names the person again, opens with a pronoun for them, or is a link or a button of at most
`LINK_WORDS` words. The line and everything after it go. With `to-body-end`, "after it" stops
where the located body does: in page text a press release's closing profile of the company
("Ascom is a global solutions provider ...") is followed by the site's own newsletter box and
footer, which the body's end already sets apart.

With `signed`, the same holds of a first line that opens with the name the byline in the head
gives ("By Priya Lanehart" over "Priya Lanehart is the Local Democracy Reporter for ..."), in
any language: the document names its own writer, so no job word is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import Literals, Phrases, Regex, compile_option, option
from scrapelint.facts.writer_name import (
    byline_names,
    head_lines,
    may_open_with_head_name,
    opening_name,
)
from scrapelint.locate.context import BODY, LAST, Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.normalize import normalized_content

# A name of two to four words: "Jane Roe", "Victor Davis Hanson", "Anne-Marie de la Tour".
NAME_WORDS = range(2, 5)
# After a biography with no heading, a line this short may be a link or a button of the box.
LINK_WORDS = 12
# A longer line is no biography's first.
BIO_WORDS = 120
# What opens a sentence about the person just introduced, in the languages of the rule packs.
PRONOUNS = frozenset(
    {"he", "she", "they", "his", "her", "their", "il", "elle", "er", "sie", "ele", "ela", "él"}
    | {"ella", "lui", "lei"}
)
WORD_RE = lazy(r"[^\W\d_]+")
CAPITALISED_RE = lazy(r"[A-ZÀ-ÖØ-Þ][\w’'.-]*")


@dataclass(frozen=True, eq=False, kw_only=True)
class AuthorBoxRule(LineKind):
    KIND = "author-box"

    prefix_list: Phrases = option(
        Phrases(()), key="prefixes", doc="what the heading opens with, before the name"
    )
    bio_window: int = option(25, doc="the biography names the writer within this many words")
    opening_verbs: Literals = option(
        Literals(()),
        doc="instead of prefixes: the heading is the bare name, and the biography opens with it"
        " and one of these verbs",
    )
    opening_source: Regex | None = option(
        None,
        key="pattern",
        doc="instead of a heading: what the biography's first line opens with (case ignored),"
        " among the lines `where` names, with nothing of the story after it",
    )
    min_words: int = option(
        0,
        doc="with `pattern`: the first line holds at least this many words; fewer are a sentence"
        " of the story about the person or firm, not a biography",
    )
    signed: bool = option(
        False,
        doc="instead of a heading: the biography's first line opens with the name the byline in"
        " the head gives, among the lines `where` names, with nothing of the story after it",
    )
    to_body_end: bool = option(
        False,
        doc="with `pattern`: only the lines up to the located body's end must follow on from the"
        " first (page text goes on with the site's chrome)",
    )

    @cached_property
    def prefixes(self) -> list[str]:
        """Longest first: "à propos de" must be tried before "à propos"."""
        return sorted({normalized_content(p) + " " for p in self.prefix_list}, key=len)[::-1]

    @property
    def key_words(self) -> frozenset[str]:
        """A heading holds the first word of a prefix (see `Context.lines_with_words`)."""
        return frozenset(prefix.split()[0] for prefix in self.prefixes)

    @cached_property
    def opening(self) -> re.Pattern | None:
        source = self.opening_source
        if source is None:
            return None
        return compile_option(source, re.IGNORECASE, self.meta.source_name, "pattern")

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if self.signed:
            yield from self._signed(doc, ctx)
            return
        if self.opening is not None:
            yield from self._headless(ctx, self.opening)
            return
        if self.opening_verbs:
            yield from self._name_cards(doc, ctx)
            return
        normalized, counts = ctx.normalized, ctx.word_counts
        longest = max((prefix.count(" ") for prefix in self.prefixes), default=0)
        for index in ctx.lines_with_words(self.key_words, longest + NAME_WORDS.stop - 1):
            bio = _next_worded(counts, index)
            if bio is None:
                continue
            found = self._box(doc.lines[index].content, normalized[index], normalized[bio])
            if found and _closes_body(ctx, _next_worded(counts, bio)):
                yield self.meta.finding(index, bio + 1, f"{self.message}: “{found}”")

    def _box(self, heading: str, heading_form: str, bio_form: str) -> str | None:
        """The writer's name when `heading` introduces the biography `bio_form`, else None."""
        prefix = next((p for p in self.prefixes if heading_form.startswith(p)), None)
        if prefix is None:
            return None
        name = heading_form[len(prefix) :]
        if not _is_name(heading.split()[prefix.count(" ") :], name):
            return None
        window = " ".join(bio_form.split()[: self.bio_window])
        return name if f" {name} " in f" {window} " else None

    def _name_cards(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        cards = list(_bare_name_cards(doc, ctx, frozenset(self.opening_verbs)))
        if len({name for name, _, _ in cards}) != 1:
            return  # none, or a list of people: a name over each paragraph
        counts = ctx.word_counts
        for name, index, bio in cards:
            if ctx.is_at(index, self.where) and _closes_body(ctx, _next_worded(counts, bio)):
                yield self.meta.finding(index, bio + 1, f"{self.message}: “{name}”")

    def _headless(self, ctx: Context, opening: re.Pattern) -> Iterator[Finding]:
        texts = ctx.stripped
        found = [i for i in ctx.short_lines(BIO_WORDS) if opening.match(texts[i])]
        if len(found) != 1 or not ctx.is_at(found[0], self.where):
            return  # none, or a list of people: one biography per person
        first, counts = found[0], ctx.word_counts
        if counts[first] < self.min_words:
            return  # a sentence about someone closing the story, not a box about them
        name = _opening_name(texts[first])
        end = ctx.article.end if self.to_body_end and ctx.place(first) == BODY else len(texts)
        later = [i for i in range(first + 1, end) if texts[i]]
        named = frozenset(name)
        if all(_about(texts[i], counts[i], named) for i in later):
            end = later[-1] + 1 if later else first + 1
            yield self.meta.finding(first, end, f"{self.message}: “{' '.join(name)}”")

    def _signed(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        """The biography that opens with the writer's name from the byline in the head: the
        document's one line among the last ones that does, with `min-words` words or more."""
        texts, counts = ctx.stripped, ctx.word_counts
        candidates = [
            i
            for i in (ctx.last_lines if self.where == LAST else range(len(texts)))
            if counts[i] >= self.min_words and ctx.is_at(i, self.where)
        ]
        if not candidates:
            return
        head = head_lines(doc.texts)
        head_text = " ".join(doc.texts[i] for i in head).casefold()
        candidates = [i for i in candidates if may_open_with_head_name(texts[i], head_text)]
        if not candidates:
            return
        names = byline_names(doc.texts, head)
        found = [(i, name) for i in candidates if (name := opening_name(texts[i], names))]
        if len(found) != 1:
            return  # none, or several people named so: a list of them, not a box
        first, name = found[0]
        later = [i for i in range(first + 1, len(texts)) if texts[i]]
        named = frozenset(WORD_RE.findall(name))
        if all(_about(texts[i], counts[i], named) for i in later):
            end = later[-1] + 1 if later else first + 1
            yield self.meta.finding(first, end, f"{self.message}: “{name}”")


def _about(text: str, words: int, name: frozenset[str]) -> bool:
    """Whether a line after a headless biography's first is still the box's: it names the person,
    opens with a pronoun for them, or is short enough to be a link or a button."""
    opening = WORD_RE.match(text)
    if opening is not None and opening.group().casefold() in PRONOUNS:
        return True
    return words <= LINK_WORDS or not name.isdisjoint(WORD_RE.findall(text))


def _opening_name(line: str) -> tuple[str, ...]:
    """The words of the capitalised words that open the line, in order: the person's name."""
    words: list[str] = []
    for word in line.split():
        if not CAPITALISED_RE.fullmatch(word.strip(",")):
            break
        words.extend(WORD_RE.findall(word))
    return tuple(words)


def _bare_name_cards(
    doc: Document, ctx: Context, verbs: frozenset[str]
) -> Iterator[tuple[str, int, int]]:
    """Each bare name over a paragraph that opens with it and one of `verbs`: the name, its line
    and the biography's line."""
    normalized, counts = ctx.normalized, ctx.word_counts
    for index in ctx.short_lines(NAME_WORDS.stop - 1):
        name, words = normalized[index], doc.lines[index].content.split()
        bio = _next_worded(counts, index) if _is_name(words, name) else None
        if bio is None:
            continue
        opening = normalized[bio].split()[: len(words) + 1]
        if len(opening) > len(words) and " ".join(opening[:-1]) == name and opening[-1] in verbs:
            yield name, index, bio


def _is_name(words: list[str], form: str) -> bool:
    """Two to four words, capitalised but for one particle ("Ana de Souza", "Jan van Dijk")."""
    if len(words) not in NAME_WORDS or len(form.split()) != len(words):
        return False
    capitalised = [word[:1].isupper() for word in words]
    return capitalised[0] and capitalised[-1] and sum(capitalised) >= len(words) - 1


def _next_worded(counts: tuple[int, ...], index: int) -> int | None:
    return next((i for i in range(index + 1, len(counts)) if counts[i]), None)


def _closes_body(ctx: Context, after: int | None) -> bool:
    """Whether nothing of the article body follows the box: a biography is prose, and the article
    locator may count the box as the body's last paragraph, but a subheading with a name inside
    the article ("About Rosa Parks") has more of the story after it."""
    return after is None or ctx.place(after) != BODY
