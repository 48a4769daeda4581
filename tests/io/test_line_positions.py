"""Where a NUL or an undecodable byte stands, counted as the text is read once: the same line and
column as splitting the text into lines, for LF files and for the CR, LF and CRLF of text files."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from scrapelint.io.encodings import line_positions

TEXT = st.text(alphabet=st.sampled_from(["a", "é", " ", "\n", "\r", "\0"]), max_size=60)


def split_positions(text: str, lone_cr: bool) -> list[tuple[int, int]]:
    """The reference: each NUL's line and column, from the text cut into lines."""
    breaks = r"\r\n|\r|\n" if lone_cr else r"\n"
    positions = []
    for number, line in enumerate(re.split(breaks, text), 1):
        positions += [(number, column + 1) for column, char in enumerate(line) if char == "\0"]
    return positions


@given(TEXT, st.booleans())
def test_positions_are_those_of_the_text_cut_into_lines(text: str, lone_cr: bool) -> None:
    nuls = [index for index, char in enumerate(text) if char == "\0"]
    assert list(line_positions(text, nuls, lone_cr=lone_cr)) == split_positions(text, lone_cr)
