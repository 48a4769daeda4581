"""A sign-up box written out as page text: its heading, its pitch, its e-mail field and its
button, one block between blank lines ("Council Notes, in your inbox" / "Every Wednesday morning
after a meeting, a plain summary ..." / "Email address" / "Sign up").

The field's label or the button says what the block is; the heading and the pitch over them are
the box's, however much they read like a line of the article. Only a short block of short lines
is a box: text extracted already has no blank lines between its paragraphs, so there the block
is the whole text, and a paragraph of the article is longer than a pitch.
"""

from __future__ import annotations

from scrapelint.text.document import Document
from scrapelint.text.pieces import count_words

# A box holds at most this many lines (a heading, a pitch of a sentence or two, a field, a
# consent line, a button), each of at most `BOX_LINE_WORDS` words.
BOX_LINES = 6
BOX_LINE_WORDS = 45


def sign_up_box(doc: Document, index: int) -> tuple[int, int] | None:
    """The lines [start, end) of the blank-separated block around line `index` when it is a
    sign-up box's size, else None."""
    lines = doc.lines
    start = index
    while start > 0 and not lines[start - 1].is_blank:
        start -= 1
        if index - start >= BOX_LINES:
            return None
    end = index + 1
    while end < len(lines) and not lines[end].is_blank:
        end += 1
        if end - start > BOX_LINES:
            return None
    if end - start < 2:
        return None  # a lone button: the line alone, as the rule takes it
    if doc.next_non_blank(end) is None and all(lines[k].is_blank for k in range(start - 1, -1, -1)):
        return None  # the whole text is one block: no blank lines part its paragraphs
    if any(
        count_words(lines[k].content, BOX_LINE_WORDS + 1) > BOX_LINE_WORDS
        for k in range(start, end)
    ):
        return None
    return start, end
