"""What the CI gate adds to the report of a run (the foundation's shape is extended, not changed).

- each document: `hash`, a digest of its text (line endings normalised), which identifies it by
  content wherever it is stored;
- each finding: `text`, the stripped text of its first line, and `fingerprint`, a digest of the
  document hash, the code, that text and its occurrence, stable when lines move (SARIF's
  `partialFingerprints`, and the key of baselines).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapelint.report.model import DocumentEntry
    from scrapelint.text.document import Document

DIGEST_CHARS = 16


def digest(text: str) -> str:
    data = text.encode("utf-8", "surrogateescape")
    return hashlib.sha256(data).hexdigest()[:DIGEST_CHARS]


def readable(text: str) -> str:
    """Undecodable bytes (kept as lone surrogates) as backslash escapes, which JSON can carry."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def document_hash(doc: Document) -> str:
    return digest("\n".join(doc.texts))


def annotate_entry(entry: DocumentEntry, original: Document) -> DocumentEntry:
    """`entry` with its document's hash, and each finding's text and fingerprint."""
    doc_hash = document_hash(original)
    seen: Counter[tuple[str, str]] = Counter()
    findings = []
    for finding in entry.findings:
        line = finding.line - 1
        text = readable(original.lines[line].text.strip()) if line < len(original.lines) else ""
        key = (finding.code, text)
        seen[key] += 1
        fingerprint = digest(f"{doc_hash}\0{finding.code}\0{text}\0{seen[key]}")
        findings.append(replace(finding, text=text, fingerprint=fingerprint))
    return replace(entry, hash=doc_hash, findings=tuple(findings))
