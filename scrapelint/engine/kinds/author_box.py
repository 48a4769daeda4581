"""`kind: author-box` — the box under an article that introduces its writer.

Author boxes are a heading that names the writer ("About Jane Roe", "Sobre Carlos Nadalim",
"Über Moritz Bachmann") over a short biography that names them again: one of `prefixes`, a
capitalised name, and the same name within the first `bio-window` words of the next paragraph.
Both lines go, when nothing of the article follows them. A bare name over a paragraph that opens
with it is left alone: a list of people inside an article ("Ten women to watch") has that shape
too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import Phrases, option
from scrapelint.locate.context import BODY, Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding
from scrapelint.text.normalize import normalized_content

# A name of two to four words: "Jane Roe", "Victor Davis Hanson", "Anne-Marie de la Tour".
NAME_WORDS = range(2, 5)


@dataclass(frozen=True, eq=False, kw_only=True)
class AuthorBoxRule(LineKind):
    KIND = "author-box"

    prefix_list: Phrases = option(
        key="prefixes", doc="what the heading opens with, before the name"
    )
    bio_window: int = option(25, doc="the biography names the writer within this many words")

    @cached_property
    def prefixes(self) -> list[str]:
        """Longest first: "à propos de" must be tried before "à propos"."""
        return sorted({normalized_content(p) + " " for p in self.prefix_list}, key=len)[::-1]

    @property
    def key_words(self) -> frozenset[str]:
        """A heading holds the first word of a prefix (see `Context.lines_with_words`)."""
        return frozenset(prefix.split()[0] for prefix in self.prefixes)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
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
