"""The locator's and metadata rules' second round of shortcuts give the plain code's answers.

`line_reading` takes a line's lowered words from the count of its words when no character
outside ASCII is a word character; the locator reads each line once per document through a memo;
list markers are not searched for on lines that open with a letter. The metadata rules search
for years and bracketed agencies only where their characters occur, settle a byline at its first
segment that is no credit, walk out from the body's start for the head lines, and remember their
answers by a line's content. The span search compares instead of calling min and max, and tries
lists only where one can start. Each is checked against the straightforward code on random text
(scripts, combining marks, odd whitespace, pipes, list markers, URLs, lone surrogates, credit and
date pieces) and, for the locator, on documents of real prose and chrome.
"""

from __future__ import annotations

import re
from functools import partial
from types import SimpleNamespace

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from scrapelint.engine.kinds.metadata import DETECTORS, MetadataRule
from scrapelint.engine.rule import RuleMeta
from scrapelint.facts import credit_line
from scrapelint.facts.credit_names import PAREN_AGENCY_RE
from scrapelint.facts.dates import YEAR_HINT_RE, has_year_hint
from scrapelint.locate import blocks, bridges, lists, span
from scrapelint.locate.article import locate_article
from scrapelint.locate.blocks import BAD, GOOD, LIST, NEAR, SHORT
from scrapelint.locate.columns import column_runs, priced, priced_headings
from scrapelint.locate.contents import contents_headings
from scrapelint.locate.context import Context
from scrapelint.locate.line_memo import LineMemo
from scrapelint.locate.numbered import numbered_headings
from scrapelint.locate.reading import block_reading
from scrapelint.locate.skeleton import Skeletons, skeletons
from scrapelint.text.document import Document
from scrapelint.text.findings import Severity
from scrapelint.text.line_features import _PLAIN_STARTS, LIST_MARKER_RE, LineFeatures, line_reading
from scrapelint.text.prose import prose_score
from scrapelint.text.words import WORD_RE, lowered_words
from tests.facts.test_fact_fast_paths import LINES, head_lines
from tests.locate.test_locator_fast_paths import ASCII_TEXT, TEXT, _same, reference_features
from tests.strategies import HEADLINES, SENTENCES

ANY_TEXT = st.one_of(TEXT, ASCII_TEXT)


def features_of(line: str):
    """The shape features of one line, as the locator reads them."""
    return line_reading(line).features


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
        assert locate_article(version, read=read) == locate_article(version)


@given(ANY_TEXT)
def test_block_reading_words_are_lowered_words(line: str) -> None:
    reading = block_reading(line)
    assert reading is None or reading.words == lowered_words(line)


# --- metadata rules: pre-tests before regexes, bylines settled at the first bad segment ---------

HEAD_TEXT = st.one_of(head_lines(), ANY_TEXT)


@given(HEAD_TEXT)
@example("In 1919 and 2020")
@example("x20190y")
@example("١٩٢٠ 2019")
def test_year_hint_is_the_regex_search(text: str) -> None:
    assert has_year_hint(text) == (YEAR_HINT_RE.search(text) is not None)


@given(HEAD_TEXT)
def test_no_parenthesised_agency_without_an_opening_bracket(text: str) -> None:
    assume("(" not in text)
    assert PAREN_AGENCY_RE.search(text) is None


def _reference_is_byline(line: str) -> bool:
    """`is_byline` as written before: the whole line parsed, then asked whether it is complete."""
    text = credit_line.clean(line)
    if not text:
        return False
    if credit_line.SOURCES_HEADING_RE.match(text):
        return True
    return credit_line.parse(line, text).complete


@settings(max_examples=400)
@given(HEAD_TEXT)
@example("By Jane Doe | Reuters | 4 November 2017")
@example("Reuters | the ministry said")
@example("Fort Russ News – November 4, 2017")
@example("[Sources](https://example.com/" + "x" * 220 + ")")
def test_is_byline_is_the_complete_parse(line: str) -> None:
    assert credit_line.is_byline(line) == _reference_is_byline(line)


@pytest.mark.parametrize("line", LINES)
def test_is_byline_on_fixture_lines(line: str) -> None:
    assert credit_line.is_byline(line) == _reference_is_byline(line)


DOC_LINES = ("", "  ", "a", "November 4, 2017", "By Jane Doe", "\t")
META = RuleMeta("MT999", "head-test", "metadata", Severity.INFO, "A test rule.")


@given(
    st.lists(
        st.sampled_from(["", "  ", "a", "November 4, 2017", "By Jane Doe", "\t"]), max_size=40
    ),
    st.integers(0, 40),
    st.integers(-3, 14),
)
def test_head_walk_gives_the_sliced_head(texts: list[str], start: int, size: int) -> None:
    doc = Document.from_text("\n".join(texts))
    start = min(start, len(doc.lines))
    rule = MetadataRule(META, "m", "anywhere", detect="dateline", head_lines=size)
    ctx = SimpleNamespace(article=SimpleNamespace(start=start))
    above = [line for line in doc.lines[:start] if not line.is_blank][-size:]
    below = [line for line in doc.lines[start:] if not line.is_blank][:size]
    assert list(rule._head(doc, ctx)) == above + below  # type: ignore[arg-type]


# --- the locator's span search: comparisons for min and max, fixed values, list starts --------


def _reference_prose_score(f: LineFeatures, function_words_apply: bool = True) -> float:
    """`prose_score` as first written, with min and max."""
    if f.words == 0 or f.link_like:
        return 0.0
    score = min(f.words, 12) * 0.0375
    if f.ends_sentence:
        score += 0.3
    if function_words_apply:
        score += min(f.function_share, 0.3) - 0.1
    else:
        score += 0.1
    if f.words >= 3 and f.title_share > 0.6:
        score -= 0.2 * f.title_share
    if f.punct_density > 0.12:
        score -= min(f.punct_density - 0.12, 0.3)
    if f.digit_share > 0.2:
        score -= 0.15
    if f.list_item and f.words < 8:
        score -= 0.1
    return max(0.0, min(1.0, score))


SHARE = st.one_of(st.sampled_from([0.0, 0.12, 0.2, 0.3, 0.42, 0.6, 1.0]), st.floats(0, 1))
FEATURES = st.builds(
    LineFeatures,
    st.integers(0, 80),
    st.integers(0, 400),
    SHARE,
    st.booleans(),
    SHARE,
    SHARE,
    st.booleans(),
    st.booleans(),
    st.booleans(),
    SHARE,
)


@settings(max_examples=400)
@given(st.one_of(FEATURES, ANY_TEXT.map(features_of)), st.booleans())
def test_prose_score_is_the_min_max_fold(features: LineFeatures, covered: bool) -> None:
    assert repr(prose_score(features, covered)) == repr(_reference_prose_score(features, covered))


def _reference_block_values(
    classes: list[str], feats: list[LineFeatures], texts: list[str], shape: Skeletons
) -> tuple[list[float], list[float]]:
    """`block_values` as first written: one loop over every block."""
    n = len(classes)
    flows = [c in (GOOD, NEAR) and not f.list_item for c, f in zip(classes, feats, strict=True)]
    resumes = bridges.bridges(classes, feats, flows, shape)
    bridged = set(resumes.values())
    values, fees = [], []
    for i, (cls, f) in enumerate(zip(classes, feats, strict=True)):
        fee = 0.0
        if cls == GOOD:
            v = min(f.words, span.WORD_CAP) * (span.LIST_ITEM_WEIGHT if f.list_item else 1.0)
            after = flows[i - 1] or i in resumes if i else True
            before = flows[i + 1] or i in bridged if i + 1 < n else True
            if not after and not before:
                v *= span.ISOLATED_WEIGHT
            if not after:
                gap = next(
                    (
                        k
                        for k in range(1, span.MENU_GAP + 1)
                        if i < k
                        or flows[i - k]
                        or (classes[i - k] == LIST and lists.table_row(texts[i - k]))
                    ),
                    span.MENU_GAP,
                )
                heading = classes[i - 1] != BAD and gap < span.MENU_GAP
                fee = span.ENTRY_FEE * span.HEADING_FEE_SHARE if heading else span.ENTRY_FEE
                v -= fee
        elif cls in (NEAR, LIST):
            v = 0.5
        elif cls == SHORT:
            v = -span.SHORT_TOLL
        else:
            v = -span.BAD_TOLL
        values.append(v)
        fees.append(fee)
    return values, fees


def _reference_mark_lists(
    texts: list[str], feats: list[LineFeatures], classes: list[str], shape: Skeletons
) -> None:
    """`mark_lists` as first written: both run tests at every block."""
    n, i = len(classes), 0
    while i < n:
        j = lists._introduced_run(feats, classes, texts, i) or lists._data_run(
            shape, feats, classes, i
        )
        j = max(j, lists._quantity_run(texts, feats, i), lists._enumeration_run(texts, feats, i))
        j = max(j, lists._row_run([lists.table_row(t) for t in texts], i, lists.MIN_LIST))
        if any("  " in t for t in texts):  # rows of two cells need a gap of two spaces
            pairs = [len(lists.cells(t)) == 2 for t in texts]
            j = max(j, lists._row_run(pairs, i, lists.PAIR_ROWS))
        if j - i >= lists.MIN_LIST:
            for k in range(i, j):
                if classes[k] != GOOD or feats[k].list_item:
                    classes[k] = LIST
            i = j
        else:
            i += 1
    for run in column_runs(texts, feats, classes, frozenset({SHORT, BAD, NEAR})):
        classes[run.start : run.stop] = [LIST] * len(run)


LIST_LINE = st.sampled_from(
    (
        "Here is what we know so far:",
        "* June 9 -- Venue, City, ST",
        "* June 10 -- Hall, Town, NY",
        "Team (Group A): 10th",
        "Team (Group B): 11th",
        "| 1 | Kyle Busch | 5040 |",
        "Share this:",
        "- one",
        "* 2 lemons",
        "* the owners of a house;",
        "* who owe the town nothing.",
        "Posiadanie piłki  61%  39%",
        "Weight  4.6 g",
        "Battery  9 hours",
    )
)


@settings(max_examples=300)
@given(st.lists(st.one_of(LINE, LIST_LINE), max_size=40), st.booleans())
def test_span_values_and_lists_are_the_plain_loops(lines: list[str], covered: bool) -> None:
    texts = [t for t in lines if block_reading(t) is not None]
    feats = [features_of(t) for t in texts]
    classes = [blocks.classify(f, prose_score(f, covered)) for f in feats]
    shape = skeletons(texts, feats)
    expected = list(classes)
    _reference_mark_lists(texts, feats, expected, shape)
    lists.mark_lists(texts, feats, classes, shape)
    assert classes == expected
    # The loop as first written knows no heading that lets prose flow (numbered, a table of
    # contents', priced: `span.block_values`) and no sentence a colon leads into; those have
    # tests of their own.
    good = [c == GOOD for c in classes]
    flowing = numbered_headings(texts) | contents_headings(texts, feats)
    assume(not flowing and not priced_headings(texts, feats, good))
    assume(not any(t.rstrip().endswith(":") for t in texts))
    # Nor a line naming a price, after which prose pays a heading's fee ("0£" in a line of CJK).
    assume(not any(priced(t) for t in texts))
    got = span.block_values(classes, feats, texts, shape)
    assert list(map(repr, got)) == list(
        map(repr, _reference_block_values(classes, feats, texts, shape))
    )


@given(ANY_TEXT)
@example("* * *")
@example("___")
@example("| |")
def test_a_line_has_no_reading_exactly_when_it_has_no_letter_or_digit(line: str) -> None:
    """What lets the separators outside the body be told by their missing reading."""
    assert (block_reading(line) is None) == (not any(map(str.isalnum, line)))


HEAD_DOC = st.lists(
    st.one_of(st.sampled_from(DOC_LINES + CHROME), st.sampled_from(PROSE), HEAD_TEXT), max_size=30
)


@settings(max_examples=150)
@given(HEAD_DOC, st.sampled_from(sorted(DETECTORS)))
def test_metadata_rule_flags_the_head_lines_whose_content_is_detected(
    texts: list[str], detect: str
) -> None:
    doc = Document.from_text("\n".join(texts))
    ctx = Context(doc)
    rule = MetadataRule(META, "m", "anywhere", detect=detect, head_lines=12)
    start = ctx.article.start
    head = [line for line in doc.lines[:start] if not line.is_blank][-12:]
    head += [line for line in doc.lines[start:] if not line.is_blank][:12]
    expected = [line.index for line in head if DETECTORS[detect](line.content)]
    assert [finding.line for finding in rule.check(doc, ctx)] == expected
