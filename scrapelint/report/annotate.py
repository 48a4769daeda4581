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
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from scrapelint.text.lazy_pattern import lazy

if TYPE_CHECKING:
    from scrapelint.report.model import DocumentEntry
    from scrapelint.text.document import Document

DIGEST_CHARS = 16
# A text is encoded this many characters at a time for its digest: a page's text on one line is
# never encoded whole beside itself.
ENCODE_CHARS = 1 << 20
# Only lone surrogates (undecodable bytes) read differently in JSON: any other text is as it is.
SURROGATE_RE = lazy("[\ud800-\udfff]")


def digest(text: str) -> str:
    return _digest_of((text,))


def _digest_of(texts: Iterable[str]) -> str:
    """`digest` of the texts joined."""
    hasher = hashlib.sha256()
    for text in texts:
        for start in range(0, len(text), ENCODE_CHARS):
            hasher.update(text[start : start + ENCODE_CHARS].encode("utf-8", "surrogateescape"))
    return hasher.hexdigest()[:DIGEST_CHARS]


def readable(text: str) -> str:
    """Undecodable bytes (kept as lone surrogates) as backslash escapes, which JSON can carry."""
    if text.isascii() or not SURROGATE_RE.search(text):
        return text  # the same text, not a copy of it
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def document_hash(doc: Document) -> str:
    texts = doc.texts
    if sum(map(len, texts)) <= ENCODE_CHARS:
        return digest("\n".join(texts))
    return _digest_of(_with_breaks(texts))


def _with_breaks(texts: Iterable[str]) -> Iterator[str]:
    """`texts` with a line break between each two."""
    for number, text in enumerate(texts):
        if number:
            yield "\n"
        yield text


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
        fingerprint = _digest_of((f"{doc_hash}\0{finding.code}\0", text, f"\0{seen[key]}"))
        findings.append(replace(finding, text=text, fingerprint=fingerprint))
    return replace(entry, hash=doc_hash, findings=tuple(findings))
