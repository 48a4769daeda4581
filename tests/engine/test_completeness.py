"""The completeness checks (`kinds.completeness`): a text that stops mid-sentence is reported,
on a page written on one line of megabytes too, whose words are read a piece at a time."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from scrapelint.text.pieces import LONG_LINE

SENTENCE = "The council said on Tuesday that the new bridge would open to traffic next spring. "
CUT = "The mayor told reporters that the work on the northern approach would take"


def _truncated(text: str) -> bool:
    return any(f.code == "HY023" for f in Linter().check(text).findings)


@pytest.mark.parametrize("repeats", [2, LONG_LINE // len(SENTENCE) + 10])
def test_a_text_that_stops_mid_sentence_is_reported(repeats: int) -> None:
    assert _truncated(SENTENCE * repeats + CUT + "\n")
    assert not _truncated(SENTENCE * repeats + CUT + " two years.\n")


def test_a_line_of_few_function_words_is_no_cut_sentence() -> None:
    # A heading or a list of names has few function words: no sentence to be cut.
    names = "Anna Berg Tom Reyes Maria Lopez Jan Novak Eva Stone Ben Okafor Lea Marx"
    assert not _truncated(SENTENCE + "\n\n" + names + "\n")
    assert not _truncated(SENTENCE + "\n\n" + " ".join([names] * 1200) + "\n")
