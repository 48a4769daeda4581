"""Baselines: accept today's findings of a legacy corpus, fail only on new ones.

An entry is keyed by content, never by line number: the document's hash, the finding's code and
the text of its line. A finding matches an entry with the same hash, code and text (the document
is unchanged, wherever it now lives); failing that, one at the same path with the same code and
text (the document was edited elsewhere). Equal keys are counted, so a second "Share" line in a
document is new. Entries that match nothing are reported as no longer occurring.

File format (JSON, sorted, so it diffs well in review):
`{"format": "scrapelint-baseline", "version": 1, "entries": [{"path", "document", "code", "text",
"count"}]}`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import orjson

from scrapelint.engine.spec import Spec, SpecError
from scrapelint.report.documents import mapped
from scrapelint.report.model import BaselineEntry as Entry
from scrapelint.report.model import DocumentEntry, Report
from scrapelint.report.summary import finding_counts

FORMAT = "scrapelint-baseline"
VERSION = 1


@dataclass(frozen=True, slots=True)
class Outcome:
    """What applying a baseline did: the report without the known findings, and stale entries."""

    report: Report
    matched: int
    stale: tuple[Entry, ...]


def entries_of(report: Report) -> Counter[Entry]:
    """The baseline of a run: every finding still there (a fixed one needs no excuse)."""
    return Counter(entry for _, entry in _remaining(report))


def dumps(entries: Counter[Entry]) -> bytes:
    rows = [{**asdict(entry), "count": count} for entry, count in sorted(entries.items())]
    data = {"format": FORMAT, "version": VERSION, "entries": rows}
    return orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"


def load(path: Path) -> Counter[Entry]:
    source = str(path)
    try:
        data = orjson.loads(path.read_bytes())
    except OSError as error:
        raise SpecError(source, "<file>", f"cannot read: {error.strerror or error}") from None
    except orjson.JSONDecodeError as error:
        raise SpecError(source, "<file>", f"not valid JSON: {error}") from None
    spec = Spec(source, data)
    if spec.take("format", str) != FORMAT:
        raise spec.error("format", f"expected {FORMAT!r}")
    if spec.take("version", int) != VERSION:
        raise spec.error("version", f"expected {VERSION}")
    entries: Counter[Entry] = Counter()
    for number, row in enumerate(spec.take("entries", list)):
        item = Spec(source, row, f"entries[{number}]")
        entry = Entry(*(item.take(key, str) for key in ("path", "document", "code", "text")))
        entries[entry] += item.take("count", int, 1)
        item.finish()
    spec.finish()
    return entries


def apply(report: Report, baseline: Counter[Entry]) -> Outcome:
    left = Counter(baseline)
    by_content = _index(left, lambda e: (e.document, e.code, e.text))
    by_place = _index(left, lambda e: (e.path, e.code, e.text))
    known: set[tuple[int, int]] = set()
    unmatched = []
    for where, entry in _remaining(report):
        if _take(left, by_content.get((entry.document, entry.code, entry.text), ())):
            known.add(where)
        else:
            unmatched.append((where, entry))
    for where, entry in unmatched:
        if _take(left, by_place.get((entry.path, entry.code, entry.text), ())):
            known.add(where)
    stale = tuple(sorted(+left))
    return Outcome(_without(report, known), len(known), stale)


def _remaining(report: Report) -> Iterator[tuple[tuple[int, int], Entry]]:
    for d, document in enumerate(report.documents):
        path = _location(document)
        for f, finding in enumerate(document.findings):
            if not finding.fixed:
                yield (d, f), Entry(path, _text(document.hash), finding.code, _text(finding.text))


def _text(value: str | None) -> str:
    # Every entry of a run is annotated (`annotate`): its hash and texts are there.
    assert value is not None
    return value


def _location(document: DocumentEntry) -> str:
    path = Path(_text(document.path)).as_posix()
    if document.record is None:
        return path
    return f"{path}#{document.record.id or document.record.number}"


def _index(entries: Counter[Entry], key: Callable[[Entry], tuple]) -> dict[tuple, list[Entry]]:
    index: dict[tuple, list[Entry]] = {}
    for entry in entries:
        index.setdefault(key(entry), []).append(entry)
    return index


def _take(left: Counter[Entry], candidates: Iterable[Entry]) -> bool:
    """Use up one count of the first candidate that has any left."""
    for entry in candidates:
        if left[entry] > 0:
            left[entry] -= 1
            return True
    return False


def _without(report: Report, known: set[tuple[int, int]]) -> Report:
    def excused(d: int, doc: DocumentEntry) -> DocumentEntry:
        kept = tuple(f for i, f in enumerate(doc.findings) if (d, i) not in known)
        return replace(doc, findings=kept)

    documents = mapped(report.documents, excused)  # read as a stream, never held whole
    findings = (f for doc in documents for f in doc.findings)
    summary = replace(report.summary, counts=finding_counts(findings))
    return replace(report, documents=documents, summary=summary)
