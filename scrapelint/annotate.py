"""What the CI gate adds to the report of a run (the foundation's shape is extended, not changed).

- each document: `hash`, a digest of its text (line endings normalised), which identifies it by
  content wherever it is stored;
- each finding: `text`, the stripped text of its first line, and `fingerprint`, a digest of the
  document hash, the code, that text and its occurrence, stable when lines move (SARIF's
  `partialFingerprints`, and the key of baselines);
- with `with_texts`, each document's original `text`, for reporters that show documents (html).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapelint.document import Document
    from scrapelint.runner import FileReport

DIGEST_CHARS = 16


def annotate(report: dict, files: Sequence[FileReport]) -> dict:
    """A copy of `report` with document hashes, finding texts and fingerprints added."""
    documents = [_document(entry, original) for entry, original in _originals(report, files)]
    return {**report, "documents": documents}


def with_texts(report: dict, files: Sequence[FileReport]) -> dict:
    """A copy of `report` with each document's original `text`, for reporters that show it."""
    documents = [{**entry, "text": original.text} for entry, original in _originals(report, files)]
    return {**report, "documents": documents}


def _originals(report: dict, files: Sequence[FileReport]) -> list[tuple[dict, Document]]:
    originals = [doc.result.original for file in files for doc in file.documents]
    if len(originals) != len(report["documents"]):
        raise ValueError("the report does not describe these files")
    return list(zip(report["documents"], originals, strict=True))


def digest(text: str) -> str:
    data = text.encode("utf-8", "surrogateescape")
    return hashlib.sha256(data).hexdigest()[:DIGEST_CHARS]


def readable(text: str) -> str:
    """Undecodable bytes (kept as lone surrogates) as backslash escapes, which JSON can carry."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def document_hash(doc: Document) -> str:
    return digest("\n".join(doc.texts))


def _document(entry: dict, original: Document) -> dict:
    doc_hash = document_hash(original)
    seen: Counter[tuple[str, str]] = Counter()
    findings = []
    for finding in entry["findings"]:
        line = finding["line"] - 1
        text = readable(original.lines[line].text.strip()) if line < len(original.lines) else ""
        key = (finding["code"], text)
        seen[key] += 1
        fingerprint = digest(f"{doc_hash}\0{finding['code']}\0{text}\0{seen[key]}")
        findings.append({**finding, "text": text, "fingerprint": fingerprint})
    return {**entry, "hash": doc_hash, "findings": findings}
