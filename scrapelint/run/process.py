"""One file's bytes: split into documents, fix, describe and judge each, render the file back.

This is where formats meet the engine; neither knows the other. Nothing here reads, prints or
writes: `pipeline` hands in the bytes, and the `FileReport` that comes out becomes a plain
`FileResult` (`file_result`) that reporters format and the CLI writes out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from scrapelint.engine import apply as engine
from scrapelint.engine.kinds.corpus_duplicate import CorpusDuplicateRule
from scrapelint.engine.rule import Rule
from scrapelint.engine.suppression import RECORD_FIELD
from scrapelint.facts.dates import find_dates
from scrapelint.facts.document_facts import Facts
from scrapelint.facts.html_meta import printed, with_page_metadata
from scrapelint.facts.metadata import DocumentMeta, describe
from scrapelint.facts.policy import Policy
from scrapelint.facts.record_metadata import ForeignField, MetadataEdit, plan
from scrapelint.facts.stated import NOTHING_STATED, Stated, stated
from scrapelint.io.compression import compress_codec
from scrapelint.io.encodings import is_blank
from scrapelint.io.formats import EMPTY_FILE, Parsed, Problem, line_breaks, parse, render
from scrapelint.io.json_members import find, line_digest, value_text
from scrapelint.io.sources import Source
from scrapelint.locate.article import locate_article
from scrapelint.text.document import Document


@dataclass(frozen=True)
class Settings:
    rules: tuple[Rule, ...]
    fix: bool = False
    policy: Policy = field(default_factory=Policy)
    text_field: str = "text"
    add_metadata: bool = False  # cleaned JSONL records carry what was read from them
    drop_duplicates: bool = False  # a JSONL record the boilerplate table knows as a copy goes


@dataclass(frozen=True, slots=True)
class DocumentReport:
    result: engine.Result
    meta: DocumentMeta
    record: int | None = None  # 1-based line of the JSONL record
    record_id: str | None = None
    text_field: str | None = None  # the record's field that holds the text
    metadata: MetadataEdit | None = None  # what `fix --add-metadata` writes into the record
    digest: str | None = None  # of the record's line as read, so restore can tell it is exact
    dropped: str | None = None  # the record's line as read, when `--drop-duplicates` took it out
    first_line: int = 1  # the file's line of the text's first (Markdown front matter stands above)


@dataclass(frozen=True)
class FileReport:
    source: Source
    documents: tuple[DocumentReport, ...] = ()
    problems: tuple[Problem, ...] = ()
    output: bytes | None = None  # the cleaned file, when a fix changed it
    original: bytes = field(default=b"", repr=False)  # decompressed
    target_name: str = ""  # the cleaned file's name: the input's, or a page's `.txt` beside it

    @property
    def path(self) -> str:
        return str(self.source.path)


def unreadable(source: Source, problem: Problem) -> FileReport:
    return FileReport(source, problems=(_fatal(problem),))


def process_raw(source: Source, raw: bytes, settings: Settings) -> FileReport:
    """Process a file whose (decompressed) bytes have been read."""
    if is_blank(raw):
        # Nothing to lint: said once, by name, rather than as a missing date, author, language.
        problem = Problem(str(source.path), None, EMPTY_FILE)
        return FileReport(source, problems=(problem,), original=raw, target_name=source.path.name)
    kind = source.kind
    parsed = parse(str(source.path), raw, settings.text_field, kind)
    reports = process_parsed(parsed, settings)
    output = None
    target = kind.target
    if settings.fix and reports:
        rendered = render_cleaned(parsed, reports, settings)
        if target != source.path.name or rendered != raw:
            output = compress_codec(kind.target_codec, rendered)
    return FileReport(source, reports, tuple(parsed.problems), output, raw, target)


def process_parsed(parsed: Parsed, settings: Settings) -> tuple[DocumentReport, ...]:
    return tuple(_document(doc, parsed, n, settings) for n, doc in enumerate(parsed.documents))


def render_cleaned(
    parsed: Parsed, reports: tuple[DocumentReport, ...], settings: Settings
) -> bytes:
    """The parsed file (or batch of records) with each document's cleaned text."""
    extra = [r.metadata.member if r.metadata else None for r in reports]
    dropped = frozenset(
        parsed.record_of_document[number] for number, r in enumerate(reports) if r.dropped
    )
    return render(parsed, [r.result.cleaned for r in reports], extra, dropped)


def _fatal(problem: Problem) -> Problem:
    return Problem(problem.path, problem.line, problem.message, fatal=True)


def clean_document(
    doc: Document,
    rules: tuple[Rule, ...],
    policy: Policy,
    said: Stated = NOTHING_STATED,
    *,
    record_ignore: list[str] | None = None,
    page: Parsed | None = None,
) -> tuple[engine.Result, DocumentMeta]:
    """Fix one document, read its metadata, and judge its date, attribution and language.

    `check` reports what `fix` would do, so both see the same findings and the same cleaned text
    (the title and language are read from it). `page` is the parsed HTML page: what it states of
    itself (`Parsed.metadata`) and its visible text, where its dateline and byline are read.
    """
    result = engine.fix(doc, rules, record_ignore, remove_at=policy.remove_at)
    head_dates = find_dates(doc.texts)  # read once: the publication date is one of them
    meta = describe(
        doc,
        result.cleaned,
        language=policy.detect_language,
        detector=policy.language_detector,
        head_dates=head_dates,
        body=(result.article.start, result.article.end) if result.article else None,
        unread=_unread_lines(result),
    )
    if page is not None and page.page:
        found = locate_article(page.page)  # the article on the page's visible text
        printed_here = printed(page.page, (found.start, found.end))
        meta = with_page_metadata(meta, {**page.metadata, **printed_here})
    facts = Facts(
        original=doc,
        cleaned=result.cleaned,
        meta=meta,
        head_dates=head_dates,
        metadata_date=said.date,
        policy=policy,
        stated_credit=said.credited,
    )
    return engine.judge(result, rules, facts), meta


# What the fix removes for these reasons is no headline, byline or dateline of the article: a
# commenter's "Sandeep K. | 29 Jan 2025", a cookie banner over the story. Not so for menus,
# share bars or boxes of links: a menu's finding may run on through the headline under it
# (measured on DEV-modern: titles right .760 -> .743, authors .850 -> .830 with them).
UNREAD_CATEGORIES = frozenset({"comments", "consent"})


def _unread_lines(result: engine.Result) -> frozenset[int]:
    """The original lines the fix removed for one of `UNREAD_CATEGORIES` (only vocabulary rules
    have them: the article locator's verdicts fall in other categories)."""
    return frozenset(
        index
        for outcome in result.outcomes
        if outcome.finding.category in UNREAD_CATEGORIES
        for removal in outcome.removed
        for index in range(removal.start, removal.end)
    )


def _document(doc: Document, parsed: Parsed, number: int, settings: Settings) -> DocumentReport:
    record = _record(parsed, number)
    said = stated(parsed, record)
    line = parsed.first_line + parsed.record_of_document[number] if record is not None else 0
    ignore = None if record is None else _record_ignore(parsed, record, line)
    result, meta = clean_document(
        doc,
        settings.rules,
        settings.policy,
        said,
        record_ignore=ignore,
        page=parsed if parsed.page else None,
    )
    if record is None:
        return DocumentReport(result, meta, first_line=1 + line_breaks(parsed.front_matter))
    adds = settings.fix and settings.add_metadata
    metadata = _metadata_edit(parsed, number, meta, line) if adds else None
    position = parsed.record_of_document[number]
    digest = line_digest(parsed.raw_lines[position]) if settings.fix else None
    record_id = _record_id(parsed, number)
    drops = settings.fix and settings.drop_duplicates and is_copy(result, settings.rules)
    dropped = parsed.raw_lines[position] if drops else None
    return DocumentReport(
        result, meta, line, record_id, parsed.text_field, metadata, digest, dropped
    )


def _record_ignore(parsed: Parsed, record: dict, line: int) -> list[str] | None:
    try:
        return record_ignore(record)
    except ValueError as error:
        parsed.problems.append(Problem(parsed.path, line, str(error)))
        return None


def record_ignore(record: dict) -> list[str] | None:
    """The codes the record's `scrapelint_ignore` field keeps from the whole record.

    Raises ValueError, naming the field, when it holds anything but a list of codes."""
    value = record.get(RECORD_FIELD)
    if value is None:
        return None
    if isinstance(value, list) and all(isinstance(code, str) for code in value):
        return value
    raise ValueError(f"{RECORD_FIELD}: expected a list of rule codes, got {value!r}; not applied")


def is_copy(result: engine.Result, rules: tuple[Rule, ...]) -> bool:
    """Whether the boilerplate table knows the document as a copy of an earlier one."""
    codes = _copy_codes(rules)
    return any(o.finding.code in codes for o in result.outcomes)


@lru_cache(maxsize=8)
def _copy_codes(rules: tuple[Rule, ...]) -> frozenset[str]:
    return frozenset(rule.meta.code for rule in rules if isinstance(rule, CorpusDuplicateRule))


def _record_id(parsed: Parsed, number: int) -> str | None:
    """The record's `id`; a number as written, so no digit of a big one is lost."""
    position = parsed.record_of_document[number]
    member = find(parsed.members[position], "id")
    value = (parsed.records[position] or {}).get("id")
    if member is None or value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value_text(parsed.raw_lines[position], member)
    return str(value)


def _metadata_edit(
    parsed: Parsed, number: int, meta: DocumentMeta, line: int
) -> MetadataEdit | None:
    position = parsed.record_of_document[number]
    record = parsed.records[position] or {}
    try:
        return plan(record, parsed.raw_lines[position], parsed.members[position], meta)
    except ForeignField as error:
        # Not an error in the file, but the user asked for metadata this record does not get.
        parsed.problems.append(Problem(parsed.path, line, str(error)))
        return None


def _record(parsed: Parsed, number: int) -> dict | None:
    if not parsed.is_jsonl:
        return None
    return parsed.records[parsed.record_of_document[number]] or {}
