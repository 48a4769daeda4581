"""`kind: mojibake` — text decoded with the wrong encoding (`Itâ€™s`, `Ã©tÃ©`), repaired with ftfy.

ftfy finds the sequence of encodings that undoes the damage and explains it. The repair is applied
only when it is certain: every step re-encodes and decodes as UTF-8 (nothing guessed or filled
in), the result no longer looks like mojibake, and it adds no replacement character. A line that
looks like mojibake but has no such repair is reported and left as it is. The repair replaces the
smallest span of the line that changed, so the report shows what became what.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scrapelint.engine.kinds.base import LineKind
from scrapelint.locate.context import Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding, Replacement
from scrapelint.text.lazy_pattern import lazy

REPLACEMENT_CHARACTER = "\ufffd"
# The only steps a certain repair is made of: encode in some single-byte encoding, decode UTF-8.
# ftfy's other steps (`apply` of a heuristic, decoding in another encoding) may be right, but
# are guesses a corpus cleaner should show rather than make.
_CERTAIN_ACTIONS = frozenset({"encode", "decode"})
# UTF-8 misread as Windows-1252 or Latin-1 (or Windows-1251) shows each lead byte 0xC2-0xF4 as one
# of these characters, and Windows-1252 read as Latin-1 leaves C1 controls; a line without any
# (English with curly quotes and dashes, most of a corpus's non-ASCII lines) needs no further
# look. ftfy's own test is a far larger expression.
LEAD_BYTE_RE = lazy("[\u0080-\u009f\u00c2-\u00f4\u0402-\u045f]")
# The C0 control characters `rules/hygiene/control-character.yaml` removes from a line (its
# pattern, written the same; `tests/engine/test_repairs.py` holds the two equal).
CONTROL_RE = lazy(r"[\x00-\x08\x0e-\x1b\x7f]")
# The zero-width characters `rules/hygiene/zero-width.yaml` drops wherever they stand (a stray
# byte-order mark before "Ã©" kept the repair back until a second fix).
ZERO_WIDTH_RE = lazy("[\u200b\u2060\ufeff\u180e]")


@dataclass(frozen=True, eq=False, kw_only=True)
class MojibakeRule(LineKind):
    KIND = "mojibake"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        return iter(())  # everything happens in `repairs`, once, before lines are removed

    def repairs(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for line in doc.lines:
            text = line.text
            if text.isascii() or not LEAD_BYTE_RE.search(text):
                continue
            # Read past the control and zero-width characters the hygiene rules remove: one
            # inside or before a misread sequence ("á\x08\x80\x80") hides it until a second fix
            # would find it.
            plain = _visible(text)
            # ftfy (and wcwidth under it) takes about 40 ms to import: only a line with a lead
            # byte of a misread sequence needs it, and most runs hold none (a pre-commit hook).
            from ftfy.badness import is_bad

            if not is_bad(plain):
                continue
            repaired = certain_repair(plain)
            if repaired is None:
                yield self.meta.repair(line.index, f"{self.message} (uncertain: not repaired)", ())
                continue
            yield self.meta.repair(line.index, self.message, (_span(line.index, text, repaired),))


def _visible(text: str) -> str:
    for hidden in (CONTROL_RE, ZERO_WIDTH_RE):
        if hidden.search(text):
            text = hidden.sub("", text)
    return text


def certain_repair(text: str) -> str | None:
    """`text` with its mojibake undone, or None when ftfy has no certain repair for it."""
    from ftfy import fix_encoding_and_explain
    from ftfy.badness import is_bad

    fixed = fix_encoding_and_explain(text)
    steps = fixed.explanation or []
    if fixed.text == text or not steps:
        return None
    if any(action not in _CERTAIN_ACTIONS for action, _ in steps):
        return None
    if any(param != "utf-8" for action, param in steps if action == "decode"):
        return None
    if is_bad(fixed.text) or "\r" in fixed.text or "\n" in fixed.text:
        return None
    if fixed.text.count(REPLACEMENT_CHARACTER) > text.count(REPLACEMENT_CHARACTER):
        return None
    return fixed.text


def _span(index: int, text: str, repaired: str) -> Replacement:
    """The replacement of the smallest span of `text` that differs from `repaired`."""
    start = 0
    limit = min(len(text), len(repaired))
    while start < limit and text[start] == repaired[start]:
        start += 1
    end = 0
    while end < limit - start and text[-1 - end] == repaired[-1 - end]:
        end += 1
    return Replacement(index, start, len(text) - end, repaired[start : len(repaired) - end])
