"""The buttons of a banner: the short lines right under a consent banner's text, in its block
("Accept all", "Manage settings", "Souhlasím", "Doar necesare"), that `extend: buttons` of a
phrase rule takes with it."""

from __future__ import annotations

from scrapelint.facts.credit_line import is_credit
from scrapelint.locate.section_heading import names_a_section
from scrapelint.text.document import Document, Line
from scrapelint.text.pieces import count_words

# A button of a banner: a line of at most this many words ("Accept all cookies", "Odmítnout vše";
# "Bus fares to rise", a headline under a banner in its block, has four) and
# characters; a word alone at most `BUTTON_WORD_CHARS` ("Souhlasím", "Akkoord"), in a script
# without spaces `BUTTON_CJK_CHARS` ("同意する", "설정"): a headline of Japanese under a banner is
# one "word" too.
BUTTON_WORDS = 3
BUTTON_CHARS = 32
BUTTON_WORD_CHARS = 16
BUTTON_CJK_CHARS = 8


def buttons_end(doc: Document, index: int) -> int:
    """The end of the banner's line at `index` and the buttons right under it: they end its
    block, or there are none (in a text without blank lines short lines may be headings)."""
    if doc.lines[index].content.rstrip().endswith(":"):
        return index + 1  # the line announces what follows: a list, a quotation
    end = index + 1
    while end < len(doc.lines) and _button(doc.lines[end]):
        end += 1
    closed = end == len(doc.lines) or doc.lines[end].is_blank
    return end if closed else index + 1


def _button(line: Line) -> bool:
    """A line that may be a button of a banner: a few words, no sentence, not a byline, a date
    or the name of a section of the article (a banner's block may run on into the page's head).
    """
    content = line.content.strip()
    if line.is_blank or len(content) > BUTTON_CHARS or content.endswith("."):
        return False
    words = count_words(content, BUTTON_WORDS)
    if words > BUTTON_WORDS:
        return False
    if words == 1 and len(content) > (BUTTON_CJK_CHARS if _wide(content) else BUTTON_WORD_CHARS):
        return False
    return not names_a_section(content) and not is_credit(content)


def _wide(text: str) -> bool:
    """Whether most of a text is written in a script without spaces (CJK, from U+2E80)."""
    return 2 * sum(ch >= "\u2e80" for ch in text) > len(text)
