"""`kind: foreign-script` — short lines inside the article in another script than the article's.

A Korean or Russian article scraped with its page keeps Latin-script widget labels ("Share",
"Facebook", "Top") between its paragraphs; an English article sometimes keeps a label of a
language switcher in Cyrillic or Hangul. A short line whose letters are all in another script
than the body's is chrome. Long lines (a quotation in its original language) and lines with
digits only are left alone, and the body must itself be clearly in one script.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import option
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding
from scrapelint.text.scripts import dominant_script

# The body counts as written in one script when this share of its letters are.
BODY_SHARE = 0.9
# A line counts as written in another script when this share of its letters are.
LINE_SHARE = 0.9


@dataclass(frozen=True, eq=False, kw_only=True)
class ForeignScriptRule(LineKind):
    KIND = "foreign-script"

    max_words: int = option(4, doc="a longer line (a quotation) is left alone")

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        article = ctx.article
        body = doc.texts[article.start : article.end]
        script, share = dominant_script(body)
        if script is None or share < BODY_SHARE:
            return
        for index in range(article.start, article.end):
            words = ctx.word_counts[index]
            if not 0 < words <= self.max_words or not ctx.is_at(index, self.where):
                continue
            other, line_share = dominant_script([doc.texts[index]])
            if other is not None and other != script and line_share >= LINE_SHARE:
                yield self.meta.finding(index, index + 1, f"{self.message} ({other.lower()})")
