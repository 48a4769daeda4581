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
from functools import lru_cache

from scrapelint.corpus.address import document_address, source_of
from scrapelint.corpus.line_keys import form_key
from scrapelint.corpus.table import Reader, reader
from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import OptionError, option
from scrapelint.locate.article import ArticleMap
from scrapelint.locate.context import Context
from scrapelint.locate.reading import block_reading
from scrapelint.locate.verdicts import LineVerdict
from scrapelint.text import confidence as C
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding
from scrapelint.text.line_features import LineReading

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
        source = table.source_of(file, record, _folder_source(file))
        if source is None:
            return
        least = max(self.min_documents, self.min_share * table.documents(source))
        seen = _seen(doc, ctx, table, (self.table, source))
        read = ctx.memo.value
        edges: tuple[int, int] | None = None
        for line in doc.lines:
            index = line.index
            if line.is_blank or seen[line.text] < least or not ctx.is_at(index, self.where):
                continue
            message = f"{self.message} (in {seen[line.text]} documents of this source)"
            edges = edges or _body_edges(ctx.article)
            # The locator's reading of the line, remembered by its text: read once per document.
            chrome = ctx.is_at(index, "outside-body") and not reads_as_prose(
                read(block_reading, line.text)
            )
            yield self.meta.finding(
                index, index + 1, message, remove=chrome, confidence=_confidence(ctx, index, edges)
            )


def _seen(doc: Document, ctx: Context, table: Reader, at: tuple[str, int]) -> dict[str, int]:
    """In how many documents of the source each line's text occurs, by text, remembered for the
    document: a fix pass reads the lines the last one kept, and asks only for those it has not."""
    known: dict[str, int] = ctx.memo.by_text(at)
    new = {line.text: line.index for line in doc.lines if not (line.is_blank or line.text in known)}
    if new:
        forms = ctx.normalized  # the normal forms the phrase rules read
        keys = {text: form_key(forms[index]) for text, index in new.items()}
        counts = table.counts(at[1], {key for key in keys.values() if key is not None})
        for text, key in keys.items():
            known[text] = counts.get(key, 0) if key is not None else 0
    return known


@lru_cache(maxsize=4096)
def _folder_source(file: str) -> str:
    """The source of a document the table did not learn: its folder (asked on every pass)."""
    return source_of(file, None)


def _confidence(ctx: Context, index: int, edges: tuple[int, int]) -> float:
    """Repetition and a place away from the body are strong together; at the body's edge (or on
    text already extracted, where the locator's verdicts are weak) a site's sign-off repeats too
    ("Originally published on ...", a copyright line the article ends with), so the line is
    reported and removed only by `--aggressive`. A line with a line the locator is sure is not
    the article (a title, a byline) between it and the body is not at the body's edge."""
    verdict = ctx.article.verdicts[index]
    away = index < edges[0] or index > edges[1]
    return C.PLACED_SHAPE if away or verdict.confidence > C.EDGE else C.EDGE


def _body_edges(article: ArticleMap) -> tuple[int, int]:
    """The lines nearest the body, above and below it, that the locator is sure are not the
    article (-1 and the line count when there are none): what lies beyond them is away from the
    body's edge, so a site's sign-off there is no longer the article's end."""
    verdicts = article.verdicts
    above = next((i for i in range(article.start - 1, -1, -1) if _sure_junk(verdicts[i])), -1)
    below = next(
        (i for i in range(article.end, len(verdicts)) if _sure_junk(verdicts[i])), len(verdicts)
    )
    return above, below


def _sure_junk(verdict: LineVerdict) -> bool:
    return verdict.junk and verdict.confidence > C.EDGE


def reads_as_prose(reading: LineReading | None) -> bool:
    """Whether a line the locator reads as `reading` (`block_reading`) is a sentence of an
    article; a line without a letter or digit (no reading) has no function word, so is none."""
    if reading is None:
        return False
    features = reading.features
    return (
        features.words >= PROSE_MIN_WORDS
        and features.ends_sentence
        and features.function_share >= PROSE_MIN_FUNCTION_SHARE
    )
