"""A very long line is read a piece at a time, and reads the same as when read whole.

A 50 MB line (a page whose line breaks were lost) took 45 times its size in memory, in lists of
millions of small words; read in pieces it stays within a small multiple (the bound is measured
by `benchmarks/robustness.py`). Here: the pieces give exactly what reading the line whole gives.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from scrapelint.engine.kinds.pattern import fold_case
from scrapelint.locate import line_finder
from scrapelint.text import pieces as pieces_module
from scrapelint.text.document import line_content
from scrapelint.text.line_features import line_reading
from scrapelint.text.normalize import ASCII_WORD_BYTES, normalize, normalized_content
from scrapelint.text.pieces import LONG_LINE, count_words, is_long, pieces, word_set
from scrapelint.text.words import lowered_words

WORDS = st.lists(
    st.sampled_from(["the", "Storm", "left", "1", "power,", "élan", "über", "--", "  ", "o"]),
    min_size=1,
    max_size=40,
)


def long_text(words: list[str]) -> str:
    text = " ".join(words)
    return (text + " ") * (LONG_LINE // max(len(text), 1) + 2)


@given(WORDS)
def test_pieces_cut_only_at_spaces(words: list[str]) -> None:
    text = long_text(words)
    assert is_long(text)
    assert " ".join(pieces(text)) == text
    assert b" ".join(pieces(text.encode())) == text.encode()


@given(WORDS)
def test_word_sets_and_counts_are_those_of_the_whole_line(words: list[str]) -> None:
    text = long_text(words)
    assert word_set(text) == frozenset(text.split())
    assert count_words(text) == len(text.split())
    assert count_words(text, 5) == min(len(text.split()), 6)


@given(WORDS)
def test_normal_forms_are_those_of_the_whole_line(words: list[str]) -> None:
    text = long_text(words)
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    whole = b" ".join(ascii_text.encode().translate(ASCII_WORD_BYTES).split()).decode()
    assert normalize(ascii_text) == whole
    assert normalized_content(ascii_text) == normalize(line_content(ascii_text))


def test_two_long_lines_with_the_same_words_share_their_key() -> None:
    one = long_text(["The", "storm", "left", "thousands"])
    other = one.replace(" ", "  ")  # other spacing, other places to cut at
    assert line_reading(one).words == line_reading(other).words
    assert lowered_words(one) == lowered_words(other)
    assert line_reading(one).words != line_reading(one + " more").words
    assert line_reading(one).features.words == len(one.split())


def test_short_lines_are_read_as_before() -> None:
    assert line_reading("The storm left.").words == ("the", "storm", "left")
    assert pieces_module.LONG_LINE >= 1 << 16


LINES = st.lists(st.text(st.sampled_from("aΣσςİıſ\u0307 ©x.\t"), max_size=12), max_size=6)


@given(LINES)
def test_text_folded_a_line_at_a_time_is_the_text_folded_whole(lines: list[str]) -> None:
    for fold in (str.lower, fold_case, str):
        assert pieces_module.folded_lines(lines, fold) == fold("\n".join(lines))


@given(LINES)
def test_line_ends_found_in_a_long_text_are_those_of_its_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    expected = line_finder._ends(text)
    with mock.patch.object(line_finder, "LONG_LINE", 0):
        assert line_finder._ends(text) == expected
