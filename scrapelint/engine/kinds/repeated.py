"""`kind: repeated` — a line its site repeats in many documents: chrome learned from the corpus.

Reads the boilerplate table `scrapelint learn` wrote (`--boilerplate FILE` or `boilerplate` in
the configuration; without a table the rule finds nothing). A line whose folded form occurs in at
least `min-documents` documents of the document's source, and in at least `min-share` of them
(chrome is on nearly every page of a site; a heading such as "Conclusion" is on a few pages of
many), is proposed for removal when it stands
outside the located article body, away from its edge. Inside the body, and wherever it reads like
article prose (a long sentence of ordinary words), it is reported only: a wire story syndicated
across a site's pages repeats too. At the body's edge its removal is weak evidence (reported,
applied by `--aggressive`): a site's sign-off ("Originally published on ...") belongs to its
articles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from scrapelint.corpus.address import document_address, source_of
from scrapelint.corpus.line_keys import form_key
from scrapelint.corpus.table import reader
from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import OptionError, option
from scrapelint.locate.context import Context
from scrapelint.text import confidence as C
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding
from scrapelint.text.line_features import line_reading

# What reads as a sentence of an article: enough words, a sentence end, ordinary function words.
PROSE_MIN_WORDS = 12
PROSE_MIN_FUNCTION_SHARE = 0.2


@dataclass(frozen=True, eq=False, kw_only=True)
class RepeatedRule(LineKind):
    KIND = "repeated"

    min_documents: int = option(5, doc="the fewest documents of a source a line must be in")
    min_share: float = option(0.5, doc="the least share of a source's documents it must be in")
    table: str | None = None  # not an option: the run's `--boilerplate`, bound by `with_table`

    def __post_init__(self) -> None:
        if self.min_documents < 2:
            raise OptionError("min-documents", "a line must repeat in at least 2 documents")
        if not 0 <= self.min_share <= 1:
            raise OptionError("min-share", "expected a share between 0 and 1")

    def with_table(self, table: str) -> RepeatedRule:
        return replace(self, table=table)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if self.table is None:
            return
        table = reader(self.table)
        file, record = document_address(doc.path)
        source = table.source_of(file, record, source_of(file, None))
        if source is None:
            return
        least = max(self.min_documents, self.min_share * table.documents(source))
        # The normal forms the phrase rules read, and each form's key once per document: a fix
        # pass reads the lines the last one kept.
        value = ctx.memo.value
        forms = ctx.normalized
        keys = {index: value(form_key, forms[index]) for index in _non_blank(doc)}
        counts = table.counts(source, {key for key in keys.values() if key is not None})
        for index, key in keys.items():
            seen = counts.get(key, 0) if key is not None else 0
            if seen < least or not ctx.is_at(index, self.where):
                continue
            message = f"{self.message} (in {seen} documents of this source)"
            text = doc.lines[index].text
            chrome = ctx.is_at(index, "outside-body") and not value(reads_as_prose, text)
            yield self.meta.finding(
                index, index + 1, message, remove=chrome, confidence=_confidence(ctx, index)
            )


def _confidence(ctx: Context, index: int) -> float:
    """Repetition and a place away from the body are strong together; at the body's edge (or on
    text already extracted, where the locator's verdicts are weak) a site's sign-off repeats too
    ("Originally published on ...", a copyright line the article ends with), so the line is
    reported and removed only by `--aggressive`."""
    verdict = ctx.article.verdicts[index]
    return C.PLACED_SHAPE if verdict.confidence > C.EDGE else C.EDGE


def _non_blank(doc: Document) -> list[int]:
    return [line.index for line in doc.lines if not line.is_blank]


def reads_as_prose(text: str) -> bool:
    features = line_reading(text).features
    return (
        features.words >= PROSE_MIN_WORDS
        and features.ends_sentence
        and features.function_share >= PROSE_MIN_FUNCTION_SHARE
    )
