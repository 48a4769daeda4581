"""The fast paths of the plumbing give what the straightforward code gives.

Each fast path (bytes translation, typographic punctuation as spaces, normal forms built without
the content regexes, ...) is compared, on generated text, with the plain code it replaces.
"""

from __future__ import annotations

import copy
import pickle

from hypothesis import example, given
from hypothesis import strategies as st

from scrapelint.engine.claims import removed_spans
from scrapelint.engine.kinds.duplicate import DuplicateRule
from scrapelint.engine.kinds.pattern import PatternRule
from scrapelint.engine.packs import load_rules
from scrapelint.io.formats import ESCAPED_BYTE_RE, decode
from scrapelint.locate.context import Context
from scrapelint.locate.line_memo import LineMemo
from scrapelint.text.document import LINE_RE, Document, Line, line_content
from scrapelint.text.findings import AppliedRemoval
from scrapelint.text.normalize import (
    DROP_POINTS,
    NON_WORD_RE,
    TYPOGRAPHIC,
    normalize,
    normalized_content,
)
from tests.strategies import LIST_LINES

# Pieces that hit the edges: list markers ("o", numbers, bullets), heading hashes, links, case
# folds that leave ASCII ("ſ", the Kelvin sign), typographic punctuation and unusual breaks.
PIECES = st.sampled_from(
    [
        "o ", "1. ", "12) ", "1234. ", "# ", "### ", "- ", "• ", "· ", "[a](b) ", "](", "[x](",
        "word", "Word ", "WORD ", " ", "\t", "\xa0", "_", "ſ", "\u212a", "Straße", "ΣΑΣ", "é",
        "’", "“", "”", "—", "–", "…", "«", "»", "\u2028", "\f", "\x1c", "\u3000", "²", "٣", "이",
        "Привет ", "1st ", "12.5 ", "पढ़ें ", "อ่านเพิ่มเติม ", "أيضًا ", "İ",
    ]
)  # fmt: skip
LINE_TEXT = st.one_of(st.text(), st.lists(PIECES, max_size=8).map("".join))


def slow_normalize(text: str) -> str:
    from scrapelint.text.document import drop_link_targets

    return NON_WORD_RE.sub(" ", drop_link_targets(text).casefold().translate(DROP_POINTS)).strip()


@given(LINE_TEXT)
@example("o foo")
@example("## 1. Title")
@example("•\xa0Next »")
def test_normalize_is_the_regex_form(text: str) -> None:
    assert normalize(text) == slow_normalize(text)


@given(LINE_TEXT)
@example("o foo")
@example("## 12) Title")
@example("[x](y) o bar")
def test_normalized_content_is_normalize_of_content(text: str) -> None:
    assert normalized_content(text) == normalize(line_content(text))


def test_a_word_keeps_its_vowel_signs_and_loses_its_optional_points() -> None:
    # Devanagari and Thai write vowels with combining marks: a word holds them.
    assert normalize("यह भी पढ़ें: बारिश से पहले") == "यह भी पढ़ें बारिश से पहले"
    assert normalize("อ่านเพิ่มเติม: ข่าว") == "อ่านเพิ่มเติม ข่าว"
    # Arabic's and Hebrew's points may be written or not; the Turkish capital dotted I folds.
    assert normalize("اقرأ أيضًا") == normalize("اقرأ أيضا") == "اقرأ أيضا"
    assert normalize("אָבִיב") == "אביב"
    assert normalize("İSTANBUL İçin") == "istanbul için"


def test_typographic_marks_are_caseless_non_words() -> None:
    for mark in TYPOGRAPHIC:
        assert NON_WORD_RE.fullmatch(mark) and mark.casefold() == mark


TEXTS = st.lists(LINE_TEXT.map(lambda t: t.replace("\r", "").replace("\n", "")), max_size=12)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\n\n", "\r\r\n"])


@given(TEXTS, ENDINGS)
def test_context_normal_forms_match_per_line(texts: list[str], ending: str) -> None:
    doc = Document.from_text(ending.join(texts))
    memo = LineMemo()
    for _ in range(2):  # the second pass reads the memo
        ctx = Context(doc, memo)
        assert ctx.normalized == tuple(normalize(line.content) for line in doc.lines)
        counts = tuple(len(line.split()) for line in ctx.normalized)
        assert ctx.word_counts == counts


DOC_TEXT = st.lists(
    st.one_of(LINE_TEXT, st.sampled_from(["", " ", "\t", "\n", "\r", "\r\n", "\u2028", "\x85"])),
    max_size=14,
).map("".join)


@given(DOC_TEXT)
@example("a\r\n\r\n \rb\n")
def test_lines_are_the_text_split_at_line_ends(text: str) -> None:
    doc = Document.from_text(text)
    assert doc.text == text
    for line in doc.lines:
        assert line.is_blank == (not line.text.strip())
        assert line == Line(line.index, line.text, line.ending, line.offset)
        assert pickle.loads(pickle.dumps(line)) == line
        assert copy.copy(line) == line


@given(DOC_TEXT, st.sets(st.integers(0, 15)))
@example("a\r\nb\r\n\nc", {1})
@example("a\r\n\nc", {1})
@example("a\rb\n\nc", {1})  # "a\r" then "\n" read back as one line
def test_without_is_the_kept_text_split_again(text: str, removed: set[int]) -> None:
    doc = Document.from_text(text)
    kept = "".join(line.raw for line in doc.lines if line.index not in removed)
    again = Document.from_text(kept)
    assert doc.without(removed) == again
    assert [line.is_blank for line in doc.without(removed).lines] == [
        not line.text.strip() for line in again.lines
    ]


@given(DOC_TEXT, st.lists(st.integers(-1, 90), max_size=4))
def test_short_lines_are_the_lines_of_one_to_max_words(text: str, limits: list[int]) -> None:
    ctx = Context(Document.from_text(text), LineMemo())
    for limit in limits:
        plain = [i for i, n in enumerate(ctx.word_counts) if 0 < n <= limit]
        assert ctx.short_lines(limit) == plain


def _plain_run_check(rule: PatternRule, doc: Document, ctx: Context) -> list:
    """A pattern rule with `min-run`, plainly: each line searched on every pass."""
    found, run = [], []
    for line in [*doc.lines, None]:
        words = 0 if line is None else ctx.word_counts[line.index]
        fits = line is not None and rule.pattern.search(line.text.strip())
        if fits and 0 < words <= rule.max_words:
            run.append(line.index)
            continue
        if len(run) >= rule.min_run and ctx.is_at(run[0], rule.where):
            message = f"{rule.message} ({len(run)} lines)"
            found.append(rule.meta.finding(run[0], run[-1] + 1, message))
        run = []
    return found


RUN_RULES = [r for r in load_rules() if isinstance(r, PatternRule) and r.min_run > 1]
ROWS = st.sampled_from(["|Richard Falk", "| a | b |", "  |Stolen Wallets", "|" + "w " * 20, ""])


@given(st.lists(st.one_of(ROWS, LIST_LINES), max_size=16), st.sets(st.integers(0, 16)))
def test_run_rules_find_what_the_plain_walk_finds(rows: list[str], removed: set[int]) -> None:
    memo, text = LineMemo(), "\n".join(rows)
    for doc in (Document.from_text(text), Document.from_text(text).without(removed)):
        ctx = Context(doc, memo)
        for rule in RUN_RULES:
            assert list(rule.check(doc, ctx)) == _plain_run_check(rule, doc, ctx)


@given(DOC_TEXT, st.sets(st.sampled_from(["news", "subscribe", "cookies", "zzz", "read"])))
def test_lines_with_words_are_the_short_lines_holding_one(text: str, words: set[str]) -> None:
    vocabulary = frozenset({"news", "subscribe", "cookies", "read", "more"})
    ctx = Context(Document.from_text(text), LineMemo(), vocabulary)
    for limit in (1, 3, 12):
        plain = [i for i in ctx.short_lines(limit) if set(ctx.normalized[i].split()) & words]
        assert ctx.lines_with_words(frozenset(words), limit) == plain


def _plain_removed_spans(doc: Document, indices: list[int], origin: list[int]) -> tuple:
    """The spans as first written: each line added to the span before it when they touch."""
    spans: list[AppliedRemoval] = []
    for index in indices:
        line, start = doc.lines[index], origin[index]
        if spans and spans[-1].end == start:
            last = spans[-1]
            spans[-1] = AppliedRemoval(last.start, start + 1, last.text + line.raw)
        else:
            spans.append(AppliedRemoval(start, start + 1, line.raw))
    return tuple(spans)


@given(DOC_TEXT, st.data())
def test_spans_join_the_lines_of_each_run(text: str, data: st.DataObject) -> None:
    doc = Document.from_text(text)
    size = len(doc.lines)
    origin = sorted(data.draw(st.sets(st.integers(0, 3 * size), min_size=size, max_size=size)))
    indices = sorted(data.draw(st.sets(st.integers(0, max(size - 1, 0)), max_size=size)))
    assert removed_spans(doc, indices, origin) == _plain_removed_spans(doc, indices, origin)


@given(st.binary(), st.lists(st.sampled_from([b"\n", b"\xff", b"\xe2\x80", b"\xc3\xa9", b"a"])))
def test_decode_reports_each_line_with_undecodable_bytes(raw: bytes, pieces: list[bytes]) -> None:
    raw += b"".join(pieces)
    text, problems = decode("f.txt", raw)
    assert text == raw.decode("utf-8", errors="surrogateescape")
    lines = []
    for match in ESCAPED_BYTE_RE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        if not lines or lines[-1] != line:
            lines.append(line)
    assert [problem.line for problem in problems] == lines


def _plain_lines(text: str) -> list[tuple[int, str, str, int]]:
    """Lines as the line-end regex cuts them, with their endings and offsets."""
    lines, offset = [], 0
    for index, raw in enumerate(raw for raw in LINE_RE.findall(text) if raw):
        body = raw.rstrip("\r\n")
        lines.append((index, body, raw[len(body) :], offset))
        offset += len(raw)
    return lines


@given(DOC_TEXT)
@example("")
@example("\n")
@example("a\nb")
@example("a\n\n")
def test_lines_are_cut_where_the_line_end_regex_cuts(text: str) -> None:
    lines = Document.from_text(text).lines
    assert [(line.index, line.text, line.ending, line.offset) for line in lines] == (
        _plain_lines(text)
    )


def _plain_teasers(rule: DuplicateRule, ctx: Context) -> list[tuple[int, str]]:
    """The teaser search as first written: every head line against the lines after it."""
    lines, counts, window, found = ctx.normalized, ctx.word_counts, rule.teaser_window, []
    for index in [i for i, line in enumerate(lines) if line][:window]:
        for later in range(index + 1, min(len(lines), index + 2 * window)):
            size = counts[later]
            if size < 8 or lines[later] == lines[index]:
                continue
            extra = counts[index] - size
            limit = min(rule.teaser_extra_words, size // 2)
            if 0 < extra <= limit and f" {lines[later]} " in f" {lines[index]} ":
                found.append((index, f"{rule.message}: teaser of line {later + 1}"))
                break
    return found


DUPLICATE_RULES = [rule for rule in load_rules() if isinstance(rule, DuplicateRule)]
LEAD = "the council voted on tuesday to close the old bridge for repairs"
TEASERS = st.sampled_from(
    [LEAD, f"Nov 4 2017 {LEAD} Read More", f"{LEAD} more", "Home", "News", "a b c d e f g h i"]
)


@given(st.lists(st.one_of(TEASERS, LIST_LINES), max_size=30))
def test_teasers_are_found_as_by_the_plain_search(rows: list[str]) -> None:
    doc = Document.from_text("\n".join(rows))
    ctx = Context(doc, LineMemo())
    for rule in DUPLICATE_RULES:
        assert list(rule._teasers(ctx)) == _plain_teasers(rule, ctx)
