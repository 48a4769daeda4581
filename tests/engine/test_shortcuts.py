"""Every shortcut taken for speed gives the answer of the plain computation it replaces.

The fix runs its passes with a per-document memo, splits text with `str.splitlines` when it may,
and skips lines by cheap tests before the costly ones. These properties pin each shortcut to the
slow path it stands for, so a later change to one side cannot drift from the other unseen.
"""

from __future__ import annotations

import re
from functools import partial

from hypothesis import given
from hypothesis import strategies as st

from scrapelint.engine.kinds.language_check import MIXED_MIN_RUN, foreign_runs
from scrapelint.engine.phrases import PhraseMatcher
from scrapelint.locate.article import locate_article
from scrapelint.locate.line_memo import LineMemo
from scrapelint.locate.reading import ALNUM_RE, block_reading
from scrapelint.text.document import Document
from scrapelint.text.normalize import normalize

# Every character LINE_RE or str.splitlines treats as a break, with plain text around them.
BREAKS = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
texts = st.lists(st.sampled_from([*BREAKS, "a", "Bb c", " ", "\t", "é"]), max_size=30).map("".join)
SLOW_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")


@given(texts)
def test_lines_split_as_the_line_pattern_splits(text: str) -> None:
    lines = Document.from_text(text).lines
    expected = [raw for raw in SLOW_LINE_RE.findall(text) if raw]
    assert [line.raw for line in lines] == expected
    assert [line.offset for line in lines] == [
        len("".join(expected[:i])) for i in range(len(lines))
    ]


@given(st.characters())
def test_alnum_pattern_is_str_isalnum(char: str) -> None:
    assert (ALNUM_RE.search(char) is not None) == char.isalnum()


PHRASES = ["read more", "subscribe", "sign up for our newsletter", "more"]


@given(
    st.lists(st.sampled_from(["read", "more", "sign", "up", "news", "subscribe", "x"]), max_size=8)
)
def test_phrase_prefilter_never_hides_a_match(words: list[str]) -> None:
    line = normalize(" ".join(words))
    for mode in ("line", "start", "end", "contains"):
        matcher = PhraseMatcher(PHRASES, mode)
        if matcher.match(line) is not None:
            assert not matcher.key_words.isdisjoint(line.split())


def test_memo_gives_the_article_map_of_fresh_features() -> None:
    lines = [
        "Home | News | Sport",
        "",
        "A headline about the city council",
        "",
        "The council met on Tuesday and voted to repair the old bridge before the winter.",
        "It was the third vote on the matter this year, and the first to pass.",
        "Share this article",
    ]
    read = partial(LineMemo().value, block_reading)
    locate_article(lines[2:], read)  # the memo has seen some of the lines already
    assert locate_article(lines, read) == locate_article(lines)


def _runs_of_every_line(flags: list[bool]) -> list[tuple[int, int]]:
    """The plain walk: every line tested, runs of MIXED_MIN_RUN or more reported."""
    runs, run = [], []
    for position, flag in enumerate([*flags, False]):
        if position < len(flags) and flag:
            run.append(position)
            continue
        if len(run) >= MIXED_MIN_RUN:
            runs.append((run[0], run[-1] + 1))
        run = []
    return runs


@given(st.lists(st.booleans(), max_size=40))
def test_mixed_language_runs_from_probes_are_the_runs_of_every_line(flags: list[bool]) -> None:
    assert list(foreign_runs(len(flags), flags.__getitem__)) == _runs_of_every_line(flags)


@given(st.lists(st.sampled_from(["", "a", "Bb c", "é", "a"]), max_size=20))
def test_memo_value_computes_each_text_once_and_answers_as_the_function(texts: list[str]) -> None:
    calls: list[str] = []

    def measure(text: str) -> tuple[int, str]:
        calls.append(text)
        return len(text), text.upper()

    memo = LineMemo()
    assert [memo.value(measure, t) for t in texts] == [measure(t) for t in texts]
    assert sorted(calls[: len(set(texts))]) == sorted(set(texts))
    assert len(calls) == len(set(texts)) + len(texts)
