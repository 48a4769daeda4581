"""One document's original text, from its cleaned text and its report entry."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from itertools import pairwise

from scrapelint.text.document import Document


class MalformedEntry(ValueError):
    """The report's entry is not as `fix` writes it (edited by hand, cut short)."""


def restore(cleaned: str, entry: dict) -> str:
    """The original text of a document, from its cleaned text and its report entry.

    Raises ValueError when the two do not fit together (the cleaned text was edited since), and
    `MalformedEntry` when the entry is not as `fix` writes it (a report edited by hand).
    """
    _check(entry)
    try:
        return _restored(cleaned, entry)
    except (TypeError, KeyError, AttributeError, binascii.Error) as error:
        raise MalformedEntry(
            f"its entry in the report is not as fix wrote it ({error!r})"
        ) from None


def _check(entry: dict) -> None:
    """Raise `MalformedEntry` unless the fields `restore` reads have the types `fix` writes."""
    findings = entry.get("findings")
    if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
        raise MalformedEntry("its entry in the report has no list of findings")
    for finding in findings:
        spans = finding.get("removed_spans", [])
        ends = finding.get("removed_ends") or []
        removed = finding.get("removed")
        good = (
            isinstance(spans, list)
            and all(_pair_of_ints(span) for span in spans)
            and isinstance(ends, list)
            and all(type(end) is int for end in ends)
            and (removed is None or isinstance(removed, str))
        )
        if not good:
            code = finding.get("code", "?")
            raise MalformedEntry(f"its finding {code} in the report is not as fix wrote it")


def _pair_of_ints(span: object) -> bool:
    return isinstance(span, list) and len(span) == 2 and all(type(n) is int for n in span)


def _restored(cleaned: str, entry: dict) -> str:
    removed: dict[int, str] = {}
    for finding in entry["findings"]:
        spans = finding["removed_spans"]
        pieces = _span_lines(removed_text(finding), finding.get("removed_ends") or ())
        numbers = [n for start, end in spans for n in range(start, end + 1)]
        if len(numbers) != len(pieces):
            raise ValueError(f"finding {finding['code']} does not match its removed text")
        removed.update(zip(numbers, pieces, strict=True))
    kept = _lines(cleaned)
    total = len(removed) + len(kept)
    if "lines" in entry and total != entry["lines"]:
        raise ValueError(
            f"{len(kept)} cleaned lines, but the report left {entry['lines'] - len(removed)}"
        )
    if removed and max(removed) > total:
        raise ValueError("the report removed lines past the end of the text")
    remaining = iter(kept)
    lines = [removed[n] if n in removed else next(remaining) for n in range(1, total + 1)]
    return "".join(_unrepaired(lines, entry["findings"]))


def _unrepaired(lines: list[str], findings: list[dict]) -> list[str]:
    """`lines` with every recorded in-line repair undone, each line's from its right end, so
    that undoing one does not move the others (by where each stood before the repair: two
    deletions side by side stand at the same place after it)."""
    edits = sorted(
        (edit for finding in findings for edit in finding.get("replaced") or ()),
        key=lambda edit: (edit["line"], edit.get("at", edit["start"]), edit["start"]),
        reverse=True,
    )
    for edit in edits:
        number, start, end = edit["line"], edit["start"], edit["end"]
        if not 1 <= number <= len(lines) or lines[number - 1][start:end] != edit["replacement"]:
            raise ValueError(f"line {number} no longer holds the repair {edit['replacement']!r}")
        line = lines[number - 1]
        lines[number - 1] = line[:start] + edit["original"] + line[end:]
    return lines


def removed_text(finding: dict) -> str:
    """What a finding removed, exactly: its bytes when `removed` could not carry them."""
    if finding.get("removed_b64"):
        exact = base64.b64decode(finding["removed_b64"], validate=True)
        return exact.decode("utf-8", errors="surrogateescape")
    return finding["removed"] or ""


def _span_lines(text: str, ends: Sequence[int]) -> list[str]:
    """The lines of the removed text, each span's apart when the report says where the spans'
    texts end (`removed_ends`): joined, a span ending in a lone CR and the next, starting with an
    LF, would read as one CRLF line."""
    bounds = [0, *ends, len(text)]
    return [line for a, b in pairwise(bounds) for line in _lines(text[a:b])]


def _lines(text: str) -> list[str]:
    return [line.raw for line in Document.from_text(text).lines]
