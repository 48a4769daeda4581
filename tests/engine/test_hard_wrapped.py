"""Hard-wrapped text: the rules read each paragraph broken into lines of a fixed width as one line
(`engine.folding`), and tell what they found in the file's own lines.

Wrapped at 58 columns, the article below lost 8 of its 14 lines: two of its lines start with
"helpful tips." and "useful tips", a reader's praise when a line of its own, so a reader-replies
rule took the rest of the text for a comment thread; and inside a page's chrome, each paragraph's
lines read as short lines, a menu.
"""

from __future__ import annotations

import textwrap

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.text.document import Document

RULES = select_rules(load_rules())
WIDTH = 58
ARTICLE = [
    "How to learn graphic design in a month",
    "A month is enough to learn the basics of graphic design, if you practise a little every "
    "day and pick your courses with care. These are the three I would start with.",
    "Adi Purdila teaches you how to design social media templates in Figma. It is short and "
    "packed with plenty of helpful tips. No official certificate, but the skills you pick up "
    "will be solid and practical.",
    "Jess Riley walks you through the basics of motion design, and every lesson of her short "
    "course ends with a few useful tips for the next one, so nothing is left hanging.",
    "Whichever course you choose, practise every day for a week before you move on to the "
    "next one, and keep the files you make: they become your first portfolio.",
]
NAV = ["* Home", "* News", "* Travel", "* Food", "* Sport", "* Culture", "* Login"]
FOOTER = ["* About us", "* Contact", "* Privacy policy", "* Cookie settings", "* Terms"]


def wrapped(paragraphs: list[str], width: int = WIDTH) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [*textwrap.wrap(paragraph, width), ""]
    return lines


def non_blank(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def test_wrapped_article_keeps_every_line_and_no_line_opens_a_thread() -> None:
    lines = wrapped(ARTICLE)
    assert any(line.startswith("helpful tips.") for line in lines)
    assert any(line.startswith("useful tips") for line in lines)
    result = fix(Document.from_text("\n".join(lines)), RULES)
    assert non_blank(result.cleaned.texts) == non_blank(lines)
    assert not [o for o in result.outcomes if o.finding.code == "CM011"]


def test_wrapped_article_in_page_chrome_loses_the_chrome_only() -> None:
    lines = wrapped(NAV) + wrapped(ARTICLE) + wrapped(FOOTER)
    result = fix(Document.from_text("\n".join(lines)), RULES)
    assert non_blank(result.cleaned.texts) == non_blank(wrapped(ARTICLE))


def test_a_line_starting_in_mid_sentence_is_not_read_as_a_label() -> None:
    # The second line starts with "photograph,", a picture's label when a line of its own.
    advice = (
        "Look at what its students made: if you really like one photograph, a poster or a short "
        "animation, ask its maker how long the course took them and what it cost."
    )
    lines = wrapped([*ARTICLE[:3], advice, *ARTICLE[3:]])
    cut = lines.index(next(line for line in lines if line.startswith("photograph,")))
    result = fix(Document.from_text("\n".join(lines)), RULES)
    assert non_blank(result.cleaned.texts) == non_blank(lines)
    assert not [o for o in result.outcomes if o.finding.line <= cut <= o.finding.end_line]


def test_junk_wrapped_over_lines_goes_whole_and_is_reported_in_the_files_lines() -> None:
    pitch = (
        "Sign up for our newsletter to get the best design courses of the week delivered to your "
        "inbox every Friday morning."
    )
    lines = wrapped([*ARTICLE, pitch])
    start = len(wrapped(ARTICLE))
    result = fix(Document.from_text("\n".join(lines)), RULES)
    assert non_blank(result.cleaned.texts) == non_blank(wrapped(ARTICLE))
    removed = [span for o in result.outcomes for span in o.removed]
    assert len(removed) == 1 and removed[0].end == start + 2
    assert non_blank(removed[0].text.split("\n")) == textwrap.wrap(pitch, WIDTH)
    assert removed[0].text == "".join(line + "\n" for line in lines[removed[0].start : start + 2])


def test_the_same_paragraphs_unwrapped_are_cleaned_as_before() -> None:
    # A paragraph a line: the "Read more" line is still a line of its own, and goes.
    lines = wrapped(["Read more", *ARTICLE], width=10_000)
    result = fix(Document.from_text("\n".join(lines)), RULES)
    assert "Read more" not in result.cleaned.texts
    assert non_blank(result.cleaned.texts) == ARTICLE
