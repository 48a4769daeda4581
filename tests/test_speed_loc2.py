"""The locator's and metadata rules' second round of shortcuts give the plain code's answers.

`line_reading` takes a line's lowered words from the count of its words when no character
outside ASCII is a word character; the locator reads each line once per document through a memo;
list markers are not searched for on lines that open with a letter. Each is checked against the
straightforward code on random text (scripts, combining marks, odd whitespace, pipes, list
markers, URLs, lone surrogates) and, for the locator, on documents of real prose and chrome.
"""

from __future__ import annotations

import re
from functools import partial

from hypothesis import example, given, settings
from hypothesis import strategies as st

from scrapelint.article import block_reading, locate_article
from scrapelint.context import LineMemo
from scrapelint.prose import (
    _PLAIN_STARTS,
    LIST_MARKER_RE,
    WORD_RE,
    LineFeatures,
    line_features,
    line_reading,
    lowered_words,
)
from tests.strategies import HEADLINES, SENTENCES
from tests.test_speed_locator import ASCII_TEXT, TEXT, _same, reference_features

ANY_TEXT = st.one_of(TEXT, ASCII_TEXT)


@settings(max_examples=400)
@given(ANY_TEXT)
@example("1. The Dog’s day")
@example("٣. the list item")
@example("o İstanbul and the sea")
@example("| 12 | The \u212a row |")
def test_line_reading_is_the_features_and_the_lowered_words(line: str) -> None:
    reading = line_reading(line)
    assert _same(reading.features, reference_features(line))
    assert reading.words == tuple(WORD_RE.findall(line.lower()))


def test_no_character_outside_words_lowers_into_one() -> None:
    """The words of a line without non-ASCII word characters are those its word count splits:
    sound only if lowering never turns a character that is no word character into one."""
    word = re.compile(r"\w")
    assert not any(
        word.search(char.lower()) for char in map(chr, range(0x110000)) if not word.match(char)
    )


@given(st.sampled_from(sorted(_PLAIN_STARTS)), ANY_TEXT)
def test_plain_starts_open_no_list_marker(first: str, rest: str) -> None:
    assert LIST_MARKER_RE.match(first + rest) is None


PROSE = [s for group in SENTENCES.values() for s in group]
TITLES = [s for group in HEADLINES.values() for s in group]
CHROME = ("Home | News | Sport", "* Home", "Share this article", "", "***", "12 comments", "| a |")
LINE = st.one_of(st.sampled_from(PROSE), st.sampled_from(TITLES), st.sampled_from(CHROME), TEXT)


@settings(max_examples=150)
@given(st.lists(LINE, max_size=40), st.lists(st.integers(0, 39), max_size=12))
def test_remembered_readings_give_the_article_map_of_fresh_ones(
    lines: list[str], dropped: list[int]
) -> None:
    """Passes over one memo, each without some lines of the last, as a fix runs them."""
    memo = LineMemo()
    read = partial(memo.value, block_reading)
    for version in (lines, [t for i, t in enumerate(lines) if i not in set(dropped)]):
        expected = locate_article(version, _plain_features)
        assert locate_article(version, read=read) == expected
        assert locate_article(version) == expected


def _plain_features(line: str) -> LineFeatures:
    """`line_features` as a caller's own function, so the locator reads words apart."""
    return line_features(line)


@given(ANY_TEXT)
def test_block_reading_words_are_lowered_words(line: str) -> None:
    reading = block_reading(line)
    assert reading is None or reading.words == lowered_words(line)
