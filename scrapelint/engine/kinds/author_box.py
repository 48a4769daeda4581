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

from scrapelint.engine.kinds.base import RuleKind, phrase_list
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.locate.context import BODY, Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding
from scrapelint.text.normalize import normalized_content

# A name of two to four words: "Jane Roe", "Victor Davis Hanson", "Anne-Marie de la Tour".
NAME_WORDS = range(2, 5)


class AuthorBoxRule(RuleKind):
    KIND = "author-box"

    def __init__(
        self, meta: RuleMeta, message: str, where: str, *, prefixes: list[str], bio_window: int
    ) -> None:
        super().__init__(meta, message, where)
        # Longest first: "à propos de" must be tried before "à propos".
        self.prefixes = sorted({normalized_content(p) + " " for p in prefixes}, key=len)[::-1]
        self.bio_window = bio_window

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {
            "prefixes": phrase_list(spec, "prefixes"),
            "bio_window": spec.take("bio-window", int, 25),
        }

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
