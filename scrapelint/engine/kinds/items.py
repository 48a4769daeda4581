"""The run of headline-like items under a heading: what `extend: items` of a phrase rule takes.

Sidebars ("Most Read", "Related", "Lesen Sie auch") are written out as a heading followed by list
items of any length, or short lines that do not end a sentence. The run ends at the first line
that is neither, so an article paragraph after a "Related" box is never taken along, and at the
name of one of the article's own sections ("Introduction") or at a byline ("By Jane Doe | 12 March
2025"): a box above the headline does not run on into an article of short lines. A plain line
asking a question under a box's list items is the article going on ("Have you ever heard them
sing?"), not one more item; so is a timeline's year or a live blog's time over its entry.

Where a closing box's run (`extend: to-end`) stops is read here too: at a section the article
names, or a table, after its items (`article_after_items`), and at the article's points after
an author's box set inside it (`points_after_box`).
"""

from __future__ import annotations

from scrapelint.engine.kinds.table_heads import heads_figures, heads_pairs, heads_table
from scrapelint.facts.credit_line import is_byline
from scrapelint.locate.lists import POINT_WORDS, table_row
from scrapelint.locate.numbered import TIME_HEADING_RE
from scrapelint.locate.section_heading import names_a_section, titles_an_faq
from scrapelint.locate.timeline import alone_year, is_entry
from scrapelint.text.document import Document, Line
from scrapelint.text.line_features import CJK_RE, line_reading
from scrapelint.text.pieces import count_words

# A line ending like this closes a sentence (a full stop, the CJK one, the Devanagari danda);
# headlines in a list rarely do.
SENTENCE_END = (".", "!", ";", ":", "。", "।")
# A box that closes the story ("About the author") holds at most this many lines under its
# heading before a heading of at most `BOX_HEADING_WORDS` words over this many points or more of
# the article (`points_after_box`).
BOX_LINES = 3
BOX_POINTS = 3
BOX_HEADING_WORDS = 8
# Quotation marks that may close a sentence after its full stop ('... "It is a price."').
CLOSING_QUOTES = "\"”’»'"
# Running text: a line this long that ends a sentence is a paragraph, never a list item. A
# paragraph may end with a question or a quotation; a headline item of a list may too, so these
# count only for paragraphs.
PARAGRAPH_MIN_WORDS = 12
PARAGRAPH_END = (*SENTENCE_END, "?", '"', "”", "»", "？", "！", "」")


def item_run(
    doc: Document,
    start: int,
    item_max_words: int,
    stop: int | None = None,
    body: range = range(0),
) -> tuple[int, int]:
    """End and size of the item run from `start` (blank lines between items allowed), which
    ends at line `stop` if it gets there; `body` holds the lines of the article's body found."""
    end, items, index = start, 0, start
    after_item = False  # the last line taken is a list item
    kinds: set[str] = set()  # the kinds of list marker of the items taken (`_kind`)
    limit = len(doc.lines) if stop is None or stop < start else stop
    while index < limit:
        line = doc.lines[index]
        if line.is_blank:
            index += 1
            continue
        if not is_item(line, item_max_words) or _heads_prose(doc, line):
            break
        if names_a_section(line.text) or is_byline(line.content):
            break  # "Introduction", "By Jane Doe": the article has begun
        if faq_over_question(doc, line):
            break
        if table_row(line.content) or heads_table(doc, line) or heads_figures(doc, line):
            break  # a table or its heading: the article's data, where a box lists headlines
        if after_item and asks(line):
            break
        if items and _starts_another_list(doc, line, kinds, body):
            break
        if kinds and index in body and _heads_plain_lines(doc, line):
            break
        marker = line.list_marker
        if marker is not None:
            kinds.add(_kind(line))
        after_item = marker is not None
        items += 1
        index += 1
        end = index
    return end, items


def faq_over_question(doc: Document, line: Line) -> bool:
    """A plain line naming an FAQ and its topic right over a question ("FAQ Seputar PMB UTN
    2025" over "Apakah boleh ...?"): the article's FAQ after the box."""
    if line.list_marker is not None or not titles_an_faq(line.content):
        return False
    under = doc.next_non_blank(line.index + 1)
    return under is not None and asks(under)


def linked_headline(doc: Document, label: int, item_max_words: int) -> bool:
    """Whether the line right under a label, in its block, is one headline and the box's last
    line: a box linking one other story ("Lesen Sie auch" / "Rückstau im Keller: Was ..."). A
    second item under it makes a list (`item_run`); a blank line under the label, or the name of
    one of the article's sections or a byline there, no box."""
    lines = doc.lines
    at = label + 1
    if at >= len(lines) or lines[at].is_blank or not is_item(lines[at], item_max_words):
        return False
    if names_a_section(lines[at].content) or is_byline(lines[at].content):
        return False
    after = lines[at + 1] if at + 1 < len(lines) else None
    return after is None or after.is_blank or not is_item(after, item_max_words)


def article_after_items(doc: Document, index: int, item_max_words: int) -> int | None:
    """The line right after the box's items under the heading at line `index` when it names a
    section of the article over its content ("Known issues" over its points, after a release
    post's "Related posts") or heads a table (a timetable's rows after "相关阅读"): the article
    goes on there."""
    end, items = item_run(doc, index + 1, item_max_words)
    if not items:
        return None
    first = doc.next_non_blank(index + 1)
    for line in doc.lines[first.index + 1 if first else end : end]:  # a timetable, taken as items
        if heads_pairs(doc, line):
            return line.index
    after = doc.next_non_blank(end)
    if after is None:
        return None
    if not table_row(after.content) and heads_table(doc, after):
        return after.index
    under = doc.next_non_blank(after.index + 1)
    if under is None or not names_a_section(after.content):
        return None
    return after.index if under.list_marker is not None or is_paragraph(under) else None


def points_after_box(doc: Document, index: int) -> int | None:
    """The heading right after the box's lines (one to `BOX_LINES`) under the box's heading at
    line `index` that stands over `BOX_POINTS` list items or more, each a sentence of
    `lists.POINT_WORDS` words or more ("Questions for discussion" over "1. Why does Voss begin
    with the orchard?"): the article goes on there, after an "About the author" set inside it
    (a book club's guide). A box of the author's other articles lists headlines, which end no
    sentence; the box's own first line (the author's name) is no such heading."""
    line = doc.next_non_blank(index + 1)
    for _ in range(BOX_LINES):
        line = None if line is None else doc.next_non_blank(line.index + 1)
        following = None if line is None else doc.next_non_blank(line.index + 1)
        if line is None or following is None:
            return None
        heading = line.list_marker is None and is_item(line, BOX_HEADING_WORDS)
        if heading and _points_from(doc, following) >= BOX_POINTS:
            return line.index
    return None


def _points_from(doc: Document, line: Line | None) -> int:
    """How many list items from `line` on, blank lines between, are sentences of a few words."""
    count = 0
    while line is not None and line.list_marker is not None and _sentence_point(line.content):
        count += 1
        line = doc.next_non_blank(line.index + 1)
    return count


def _sentence_point(content: str) -> bool:
    text = content.rstrip(CLOSING_QUOTES).rstrip()
    return text.endswith(PARAGRAPH_END) and count_words(text, POINT_WORDS) >= POINT_WORDS


def _kind(line: Line) -> str:
    """A list item's kind: a number ("8."), a dash ("- 종영 소감은.": an interview's question
    where a converter bullets the page's lists with "*", or a Markdown list) or another bullet
    ("*", "•", a nested level's "o" or "+")."""
    marker = line.list_marker or ""
    if marker[:1].isdigit():
        return "number"
    return "dash" if marker == "-" else "bullet"


def _starts_another_list(doc: Document, line: Line, kinds: set[str], body: range) -> bool:
    """Whether `line` opens another list than the box's: an item of another kind than the box's
    items (`kinds`: "8. Christmas lights contract", an agenda going on after a "Read more" box),
    or a heading set apart by a blank line over two items or more of another kind ("Results by
    district" over its bullets, after a box of two plain links), or of any kind inside the body
    ("O que pesa na decisão" over its bullets, after a box of two links set into the article).
    Outside the body a second box of the same kind goes on ("PFT Most Commented" under "Site
    tools"): its own phrase may find it, where the article's list has none."""
    if line.list_marker is not None:  # an indented item is a nested level of the same list
        return bool(kinds) and not line.indent and _kind(line) not in kinds
    if not set_apart(doc, line):
        return False
    index = line.index
    under = doc.next_non_blank(index + 1)
    if under is None or under.list_marker is None:
        return False
    if _kind(under) in kinds and index not in body:
        return False
    second = under.index + 1
    return second < len(doc.lines) and doc.lines[second].list_marker is not None


def _heads_plain_lines(doc: Document, line: Line) -> bool:
    """Whether a plain line set apart by a blank line under a box's list items asks a question
    or stands over one: the article's questions and answers going on ("Was Pendler jetzt wissen
    müssen" over "Gibt es eine Ampel ...?" after a "Mehr zum Thema" box of three links). A box
    that lists its items with markers does not go on in plain questions."""
    if not set_apart(doc, line):
        return False
    under = doc.next_non_blank(line.index + 1)
    return under is not None and (asks(line) or asks(under))


def set_apart(doc: Document, line: Line) -> bool:
    """A plain line (no list's item) with a blank line over it: a heading of its own, where a
    box's next item stands right under the last."""
    index = line.index
    return line.list_marker is None and index > 0 and doc.lines[index - 1].is_blank


def asks(line: Line) -> bool:
    """A plain line asking a question: the article going on under a box, not one more item."""
    return line.list_marker is None and line.content.endswith(("?", "？"))


def _heads_prose(doc: Document, line: Line) -> bool:
    """An unmarked short line right above a paragraph is that paragraph's headline, not one
    more item of the list: sidebar items are followed by items, not by running text; so is a
    year alone over a sentence, a timeline's entry, and a clock time over a table's heading, a
    live blog's ("19:30" over "Rainfall totals so far" over its rows), where a box of the latest
    news or of videos sets its times over headlines."""
    if line.list_marker is not None:
        return False
    following = next((n for n in doc.lines[line.index + 1 :] if not n.is_blank), None)
    if following is None:
        return False
    if alone_year(line.content) is not None and _year_entry(doc, following):
        return True  # a timeline's entry
    if TIME_HEADING_RE.match(line.content.strip()) and _heads_rows(doc, following):
        return True  # a live blog's entry
    return is_paragraph(following)


def _heads_rows(doc: Document, line: Line) -> bool:
    """Whether a line heads a table, or rows of two cells (`heads_pairs`)."""
    return heads_table(doc, line) or heads_pairs(doc, line)


def _year_entry(doc: Document, entry: Line) -> bool:
    """Whether the line under a year alone is a timeline's entry: a sentence closed by a full
    stop, with the next year alone under it ("2016" / "The city named ..." / "2020"); a year
    over a teaser's headline ("Is this the end of the high street?") heads no timeline."""
    stopped = entry.content.rstrip(CLOSING_QUOTES).endswith((".", "。"))
    if not stopped or not is_entry(entry.content):
        return False
    after = doc.next_non_blank(entry.index + 1)
    return after is not None and alone_year(after.content) is not None


def is_item(line: Line, item_max_words: int) -> bool:
    """A list item, or a short line that does not end a sentence: a headline of a list."""
    if line.list_marker is not None:
        return True
    content = line.content
    short = count_words(content, item_max_words) <= item_max_words  # counts no further
    return short and not content.rstrip(CLOSING_QUOTES).endswith(SENTENCE_END)


def is_paragraph(line: Line) -> bool:
    """Running text: `PARAGRAPH_MIN_WORDS` words or more, ending a sentence; in Chinese or
    Japanese, written without spaces, as many words as its characters make."""
    content = line.content
    if not content.endswith(PARAGRAPH_END):
        return False
    if count_words(content, PARAGRAPH_MIN_WORDS) >= PARAGRAPH_MIN_WORDS:
        return True
    spaceless = CJK_RE.search(content) is not None
    return spaceless and line_reading(content).features.words >= PARAGRAPH_MIN_WORDS
