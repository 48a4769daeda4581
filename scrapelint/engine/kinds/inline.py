r"""`kind: inline` — what an extractor left inside lines: entities, tags, shortcodes, marks.

Each match of `pattern` is repaired in place, as `repair` says:

- `delete`: the match goes, and the words around it stay one space apart: between two visible
  characters ("word<br/>word") a single space takes its place, between two spaces one of them
  goes with it, and so does a space between it and either end of the line;
- `drop`: the match goes and nothing else changes (a zero-width space inside a word);
- `unescape`: an HTML entity becomes its character (`&amp;amp;` twice escaped becomes `&`);
  an entity HTML does not know is left alone;
- `report`: nothing is changed; the line is reported.

`in-code: report` leaves the lines of code alone (fenced blocks, and runs of unfenced code that
hold a program, `locate.code_runs.program_lines`): a tag in a tutorial's JSX or a placeholder in
its template is the code's own text, so it is reported there, not deleted.

A line made of nothing but matches (`<div class="post">` on its own) is removed as a whole,
like any other junk line, unless the rule only reports. `requires` lists literals of which a
line must hold one before the pattern is tried, as for `kind: pattern` (in lower case when the
pattern ignores case).

```yaml
pattern: '\[/?(?:caption|embed)\b[^\[\]]*\]'
requires: ['[']
repair: delete
```
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from scrapelint.engine.kinds.pattern import GatedPatternKind
from scrapelint.engine.options import Regex, option
from scrapelint.locate.context import Context
from scrapelint.text.document import Document, Line
from scrapelint.text.findings import Finding, Replacement

REPAIRS = frozenset({"delete", "drop", "unescape", "report"})
_SHOWN = 40  # characters of a match the message quotes


@dataclass(frozen=True, eq=False, kw_only=True)
class InlineRule(GatedPatternKind):
    KIND = "inline"

    source: Regex = option(key="pattern", doc="what is repaired inside a line")
    repair: str = option("delete", choices=REPAIRS, doc="what becomes of a match")
    in_code: str = option(
        "repair", choices=frozenset({"repair", "report"}), doc="what becomes of a match in code"
    )

    def _candidates(self, doc: Document, ctx: Context) -> Iterator[Line]:
        """The lines worth a search: those holding a required literal (found by searching the
        whole text for each), else all."""
        if not self.requires:
            yield from doc.lines
            return
        for index in ctx.lines_holding(self.requires, self._fold):
            yield doc.lines[index]

    def _matches(self, text: str) -> list[re.Match]:
        return list(self.pattern.finditer(text))

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        """Lines that are nothing but matches: removed whole (the repairs left them alone)."""
        for line in self._candidates(doc, ctx):
            matches = self._matches(line.text)
            if matches and _only_matches(line.text, matches) and ctx.is_at(line.index, self.where):
                remove = self.repair != "report" and not self._in_code(line.index, ctx)
                yield self.meta.finding(
                    line.index, line.index + 1, self._say(matches), remove=remove
                )

    def repairs(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for line in self._candidates(doc, ctx):
            text = line.text
            matches = self._matches(text)
            if not matches or _only_matches(text, matches) or not ctx.is_at(line.index, self.where):
                continue
            if self.repair == "report" or self._in_code(line.index, ctx):
                yield self.meta.repair(line.index, self._say(matches), ())
                continue
            edits = tuple(
                edit for edit in (self._edit(line.index, text, m) for m in matches) if edit
            )
            if edits:
                yield self.meta.repair(line.index, self._say(matches), edits)

    def _in_code(self, index: int, ctx: Context) -> bool:
        return self.in_code == "report" and index in ctx.program_lines

    def _edit(self, index: int, text: str, match: re.Match) -> Replacement | None:
        start, end = match.span()
        if self.repair == "unescape":
            value = unescaped(match.group())
            return Replacement(index, start, end, value) if value != match.group() else None
        if self.repair == "drop":
            return Replacement(index, start, end, "")
        return _deleted(index, text, start, end)

    def _say(self, matches: Sequence[re.Match]) -> str:
        return f"{self.message}: “{shown(matches[0].group())}”"


def _deleted(index: int, text: str, start: int, end: int) -> Replacement:
    """The deletion of `text[start:end]` that leaves the words around it one space apart."""
    before = text[start - 1].isspace() if start > 0 else None  # None: the start of the line
    after = text[end].isspace() if end < len(text) else None
    if before is False and after is False:
        return Replacement(index, start, end, " ")
    if after and before is not False:
        return Replacement(index, start, end + 1, "")
    if before and after is None:
        return Replacement(index, start - 1, end, "")
    return Replacement(index, start, end, "")


def unescaped(entity: str) -> str:
    """`entity` unescaped until it stops changing: `&amp;#8217;` was escaped twice."""
    value = html.unescape(entity)
    while value != entity and "&" in value:
        entity, value = value, html.unescape(value)
    return value


def shown(text: str) -> str:
    """`text` as a message can quote it: invisible characters by their code points."""
    if text.isprintable() and not text.isspace():
        return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"
    return " ".join(f"U+{ord(char):04X}" for char in text[:3])


def _only_matches(text: str, matches: Sequence[re.Match]) -> bool:
    """Whether nothing but whitespace stands between and around `matches` in `text`."""
    cursor = 0
    for match in matches:
        if text[cursor : match.start()].strip():
            return False
        cursor = match.end()
    return not text[cursor:].strip()
