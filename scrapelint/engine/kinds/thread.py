"""`kind: thread` — a threaded comment section: short username lines, each over an indented reply.

Scrapers flatten comment widgets into a list item holding a name ("• Barba_Papa") followed by the
comment indented one level deeper. One such pair after the start of the article opens the thread,
and since nothing but more comments follows a thread, everything from there to the end goes.
A bulleted list inside the article does not look like this: its items sit at one indent.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scrapelint.engine.kinds.base import LineKind
from scrapelint.engine.options import option
from scrapelint.locate.context import HEAD, Context
from scrapelint.text.document import Document, Line
from scrapelint.text.findings import Finding
from scrapelint.text.pieces import count_words

# A username is a handle or a name, never a sentence.
SENTENCE_MARKS = frozenset(".!?;:,")


@dataclass(frozen=True, eq=False, kw_only=True)
class ThreadRule(LineKind):
    KIND = "thread"

    name_max_words: int = option(4, doc="a longer list item is no username")

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        lines, marked = doc.lines, doc.marked_lines
        items = set(marked)  # the lines with a `list_marker`
        for index in marked:  # a username line has a list marker
            line = lines[index]
            # The reply first: in a menu or a list of links, the next line is another item.
            reply = doc.next_non_blank(index + 1)
            if reply is None or reply.index in items or reply.indent <= line.indent:
                continue
            if not self._is_username(line):
                continue
            if ctx.place(line.index) == HEAD or not ctx.is_at(line.index, self.where):
                continue
            end = doc.last_non_blank() + 1
            yield self.meta.finding(line.index, end, f"{self.message}, from “{line.content}”")
            return

    def _is_username(self, line: Line) -> bool:
        if line.list_marker is None:
            return False
        content = line.content
        words = count_words(content, self.name_max_words)
        if not 0 < words <= self.name_max_words or SENTENCE_MARKS & set(content):
            return False
        # A link or bracket opened and not closed: a list item wrapped onto the next line, whose
        # indented rest looks like a reply ("* [Funding rules for green" over "roofs](url)").
        return content.count("[") <= content.count("]") and content.count("(") <= content.count(")")
