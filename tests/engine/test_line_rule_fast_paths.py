"""The fast paths of the line rules and their context give what the plain per-line loops give.

Each property runs a shortcut and the straightforward computation it replaces on random text:
any Unicode, mixed case, combining marks, the letters whose case mapping is special (final sigma,
dotted and dotless i, long s, Kelvin sign), tabs and odd spaces, and LF, CRLF and CR endings.
"""

from __future__ import annotations

import sys

from hypothesis import example, given
from hypothesis import strategies as st

from scrapelint.engine import apply as engine
from scrapelint.engine.kinds import box_place, phrase_labels
from scrapelint.engine.kinds import phrase as phrase_kind
from scrapelint.engine.kinds.cards import card_run
from scrapelint.engine.kinds.items import item_run, linked_headline
from scrapelint.engine.kinds.pattern import PatternRule, fold_case
from scrapelint.engine.kinds.phrase import PhraseRule
from scrapelint.engine.kinds.sign_up_box import sign_up_box
from scrapelint.engine.kinds.thread import ThreadRule
from scrapelint.engine.kinds.thread_start import ThreadStartRule
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import line_rules
from scrapelint.locate import literal_scan
from scrapelint.locate.context import Context
from scrapelint.locate.line_memo import LineMemo
from scrapelint.locate.numbered import resumed_heading
from scrapelint.text.confidence import EDGE, PHRASE
from scrapelint.text.document import Document, drop_link_targets
from scrapelint.text.normalize import NON_WORD_RE, normalize
from tests.plain_rules import plain_thread_check, plain_thread_start_check
from tests.strategies import LIST_LINES, SENTENCES

RULES = load_rules()
PATTERN_RULES = [rule for rule in RULES if isinstance(rule, PatternRule)]
PHRASE_RULES = [rule for rule in RULES if isinstance(rule, PhraseRule)]
VOCABULARY = engine.key_words(line_rules(RULES))
LITERALS = sorted({literal for rule in PATTERN_RULES for literal in rule.requires})
PHRASES = sorted(phrase for rule in PHRASE_RULES for phrase in rule.phrases.phrases)
# Pieces with a special case mapping or a role in some rule, mixed with any character at all.
PIECES = [
    *LITERALS,
    *PHRASES[::7],
    *(phrase.title() for phrase in PHRASES[3::11]),
    *(literal.upper() for literal in LITERALS),
    "Σ",
    "ΑΣ",
    "σ",
    "ς",
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "\u0307",
    "e\u0301",
    "ß",
    "ẞ",
    "ǅ",
    " ",
    "\t",
    "\xa0",
    "\u2003",
    "\x85",
    "\u2028",
    ":",
    "/",
    "©",
    "Photo by Jane Doe/AP",
    "Read More »",
    "12 Comments",
    "- ",
    "# ",
    "• Barba_Papa",
    "  o ",
    "1. ",
    "    ",
    "jane99 says:",
    "10 thoughts on",
    "May 3, 2019 at 4:47 pm",
    "Leave a Reply",
    "[x](y)",
    "Word",
]
ENDINGS = ["\n", "\r\n", "\r"]
lines = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=6).map("".join)
documents = st.lists(
    st.tuples(lines, st.sampled_from(ENDINGS)).map("".join), min_size=0, max_size=12
).map("".join)
WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_whitespace_bounds_the_final_sigma() -> None:
    """Folding a whole text equals folding each of its stripped lines: no space or line end is
    case-ignorable, so none carries a capital sigma's context across it."""
    for space in WHITESPACE:
        assert ("AΣ" + space + "B").lower() == "aς" + space.lower() + "b", repr(space)
        assert ("A" + space + "ΣB").lower() == "a" + space.lower() + "σb", repr(space)


def _plain_holding(doc: Document, literals: tuple[str, ...], fold) -> set[int]:
    return {
        line.index
        for line in doc.lines
        if any(literal in fold(line.text.strip()) for literal in literals)
    }


@given(documents)
def test_line_finder_finds_every_line_holding_a_literal(text: str) -> None:
    doc = Document.from_text(text)
    ctx = Context(doc)
    for rule in PATTERN_RULES:
        if rule.requires:
            found = ctx.lines_holding(rule.requires, rule._fold)
            assert found == sorted(set(found))
            assert set(found) >= _plain_holding(doc, rule.requires, rule._fold), rule.meta.code


@given(documents)
@example("Ünder the ΣΑΣ… see more/read\nşafak ıı İ photo/credit\n\n& Follow us ...")
def test_one_scan_for_every_literal_finds_what_a_search_per_literal_finds(text: str) -> None:
    """`locate.literal_scan`: one automaton pass for the literals of all the rules answers each
    rule as `str.find` per literal did, line for line."""
    doc = Document.from_text(text)
    scanned = Context(doc, LineMemo(), VOCABULARY, engine.gate_literals(line_rules(RULES)))
    searched = Context(doc)
    for rule in PATTERN_RULES:
        if rule.requires:
            found = scanned.lines_holding(rule.requires, rule._fold)
            assert found == searched.lines_holding(rule.requires, rule._fold), rule.meta.code


@given(st.integers(0, 40), st.sampled_from(["share this", "©", "all rights reserved"]))
def test_a_literal_across_the_scans_chunks_is_found(shift: int, literal: str) -> None:
    """A long text is scanned in chunks (`literal_scan.CHUNK`); a literal across a cut is found,
    on its line, as in a text read whole."""
    cut = literal_scan.CHUNK - shift
    filler = "word " * (cut // 5)
    lines = ["a first line", filler[: cut - 13] + literal + " " + filler, "share this too"]
    text = "\n".join(lines) + "\n"
    ends = [len(lines[0]) + 1, len(lines[0]) + len(lines[1]) + 2, len(text)]
    found = literal_scan.lines_by_literal(text, ends, frozenset({literal, "share this"}))
    assert 1 in found[literal]
    whole = {literal: sorted({text.count("\n", 0, m) for m in _starts(text, literal)})}
    assert found[literal] == whole[literal]


def _starts(text: str, literal: str) -> list[int]:
    starts, at = [], text.find(literal)
    while at != -1:
        starts.append(at)
        at = text.find(literal, at + 1)
    return starts


@given(documents, st.sets(st.integers(0, 12)))
def test_a_later_pass_finds_the_lines_a_fresh_search_finds(text: str, removed: set[int]) -> None:
    doc = Document.from_text(text)
    memo = LineMemo()
    for rule in PATTERN_RULES:
        if rule.requires:
            Context(doc, memo).lines_holding(rule.requires, rule._fold)
    later = doc.without(removed)
    for rule in PATTERN_RULES:
        if rule.requires:
            remembered = Context(later, memo).lines_holding(rule.requires, rule._fold)
            fresh = Context(later).lines_holding(rule.requires, rule._fold)
            plain = _plain_holding(later, rule.requires, rule._fold)
            assert set(remembered) >= plain and set(fresh) >= plain
            assert remembered == sorted(set(remembered))


@given(documents, documents)
def test_contexts_sharing_a_memo_search_their_own_text(first: str, second: str) -> None:
    """The repairs and the first pass share one search of a document's text through the memo;
    a context over another document, even one with the same lines, gets a search of its own."""
    memo = LineMemo()
    docs = [Document.from_text(first), Document.from_text(first), Document.from_text(second)]
    for doc in docs:
        for rule in PATTERN_RULES:
            if rule.requires:
                shared = Context(doc, memo).lines_holding(rule.requires, rule._fold)
                again = Context(doc, memo).lines_holding(rule.requires, rule._fold)
                fresh = Context(doc).lines_holding(rule.requires, rule._fold)
                assert shared == again == fresh, rule.meta.code


def _plain_pattern_check(rule: PatternRule, doc: Document, ctx: Context) -> list:
    """The loop the rule ran before it searched for its literals: every short line tested (a rule
    with `min-run` is held to its plain walk in `tests/text/test_text_fast_paths.py`)."""
    if rule.min_run > 1:
        return list(rule.check(doc, ctx))
    found = []
    counts = ctx.word_counts
    for index, line in enumerate(doc.lines):
        text = line.text.strip()
        if not (text and rule.min_words <= counts[index] <= rule.max_words):
            continue  # a blank line; the words `min-words` and `max-words` allow
        if rule.pattern.search(text) and ctx.is_at(index, rule.where):
            found.append(rule.meta.finding(index, index + 1, rule.message))
    return found


@given(documents)
@example("╳\n")
@example("Rain is expected.\n\n  ×  \n\n× 2\n")
def test_pattern_rules_find_what_testing_every_line_finds(text: str) -> None:
    doc = Document.from_text(text)
    ctx = Context(doc)
    for rule in PATTERN_RULES:
        assert list(rule.check(doc, ctx)) == _plain_pattern_check(rule, doc, ctx), rule.meta.code


def test_fold_case_of_a_text_is_fold_case_of_its_lines() -> None:
    text = "ΑΣ\nİı ſ\u0307\nWORD Σ\n"
    assert fold_case(text).split("\n") == [fold_case(line) for line in text.split("\n")]


def _plain_may_match(ctx: Context, words: frozenset[str], max_words: int) -> list[int]:
    return [
        index
        for index in ctx.short_lines(max_words)
        if not words.isdisjoint(frozenset(ctx.normalized[index].split()))
    ]


@given(documents, st.sets(st.sampled_from(sorted(VOCABULARY)) | st.text(max_size=4)), st.data())
def test_lines_with_words_are_the_lines_may_match_lets_through(text, words, data) -> None:
    doc = Document.from_text(text)
    words = frozenset(words) | frozenset(data.draw(st.sampled_from([*doc.texts, "x"])).split())
    memo = LineMemo()
    for vocabulary in (VOCABULARY, VOCABULARY | words, frozenset()):
        ctx = Context(doc, memo, vocabulary)
        for max_words in (1, 3, 12, 80):
            assert ctx.lines_with_words(words, max_words) == _plain_may_match(ctx, words, max_words)


def _plain_phrase_check(rule: PhraseRule, doc: Document, ctx: Context) -> list:
    """The loop a phrase rule ran before the word index: every short line tested."""
    found, resume = [], 0
    for index in ctx.short_lines(rule.max_words):
        if index < resume or rule.phrases.key_words.isdisjoint(ctx.normalized[index].split()):
            continue
        phrase = rule.phrases.match(ctx.normalized[index])
        if phrase is None or not ctx.is_at(index, rule.where):
            continue
        if phrase in rule.label_words and not phrase_labels.labels(
            doc.lines[index].content, phrase
        ):
            continue
        links = phrase_labels.links(doc.lines[index].content, phrase)
        if rule.extend in ("items", "cards") and links:
            continue
        if rule.extend == "items":
            resumed = resumed_heading(ctx.numbered_runs, index)
            stop = phrase_kind._first_after(index, *box_place.title_lines(ctx), resumed)
            body = range(ctx.article.start, ctx.article.end)
            end, items = item_run(doc, index + 1, rule.item_max_words, stop, body)
            if items >= rule.min_items:
                own = rule._own_heading(ctx, index)
                level = EDGE if own else box_place.items_level(doc, ctx, index)
                message = f"{rule.message} ({items} items)"
                found.append(rule.meta.finding(index, end, message, confidence=level))
                resume = end
            continue
        if rule.extend == "link":
            if linked_headline(doc, index, rule.item_max_words):
                own = rule._own_heading(ctx, index)
                level = EDGE if own else box_place.items_level(doc, ctx, index)
                found.append(rule.meta.finding(index, index + 2, rule.message, confidence=level))
                resume = index + 2
            continue
        if rule.extend == "box" and (box := sign_up_box(doc, index)) is not None:
            if box[0] >= resume:
                message = f"{rule.message}: “{phrase}” (its box)"
                found.append(rule.meta.finding(*box, message, confidence=PHRASE))
                resume = box[1]
            continue
        if rule.extend == "cards":
            stop = resumed_heading(ctx.numbered_runs, index)
            end, cards = card_run(doc, index + 1, rule.item_max_words, stop)
            if cards < rule.min_items or not box_place.closes_body(doc, ctx, index, end):
                continue
            if rule._own_heading(ctx, index) or box_place.is_label(ctx, index):
                continue
            found.append(rule.meta.finding(index, end, f"{rule.message} ({cards} cards)"))
            resume = end
            continue
        content = doc.lines[index].content
        if rule.match == "contains" and phrase_kind._mentioned(ctx, index, content, phrase):
            continue
        resume = rule._end(doc, ctx, index)
        weak = rule._heads_questions(doc, index) or rule._heads_a_story(doc, index)
        level = EDGE if weak or rule._said_in_prose(ctx, index, phrase) else PHRASE
        found.append(
            rule.meta.finding(index, resume, f"{rule.message}: “{phrase}”", confidence=level)
        )
    if rule.menu_lines:  # one-line menus are read apart from the phrase lines (`menu_line`)
        taken = {i for f in found for i in range(f.line, f.end_line + 1)}
        found += rule._menus(doc, ctx, taken)
    return found


@given(documents, st.sets(st.integers(0, 12)))
# A box's label going on with the headline it links: a link, no box's heading.
@example("lees ook: Waterkoker ontkalken\nStap 4: deel vier\nDe rest volgt.\n", set())
# A read-also label over one headline, a box linking one story (`extend: link`).
@example("lesen sie auch\nRückstau im Keller\n\nmore\n", set())
# A footer link over a question of three words: too weak to remove (the dev profile).
@example("about us\neste artículo es exclusivo para suscriptores?\n", set())
# A "Related" heading over three short items, away from the body: reported at the edge's weight.
@example(
    "nous contacter\n\r\ncontinue lendo\r\nRelated Contentaccurate\r\nNUL\r\n\nSponsorizzato\r\n"
    "õËWà voir aussiFRIDAYtable of contentsò\r\n",
    {1, 4, 6, 7, 12},
)
def test_phrase_rules_find_what_testing_every_line_finds(text: str, removed: set[int]) -> None:
    plain = {PhraseRule: _plain_phrase_check}
    _assert_plain_findings(text, removed, PHRASE_RULES, plain)


def _assert_plain_findings(text: str, removed: set[int], rules: list, plain_checks: dict) -> None:
    """Each rule finds, on the text and on the text less `removed` lines (a second fix pass over
    the same memo), what the plain check of its kind in `plain_checks` finds."""
    memo = LineMemo()
    for doc in (Document.from_text(text), Document.from_text(text).without(removed)):
        ctx = Context(doc, memo, VOCABULARY)
        for rule in rules:
            plain = plain_checks[type(rule)]
            assert list(rule.check(doc, ctx)) == plain(rule, doc, ctx), rule.meta.code


def test_key_words_hold_one_word_of_each_phrase() -> None:
    for rule in PHRASE_RULES:
        for phrase in (rule.phrases if isinstance(rule, PhraseRule) else rule.headings).phrases:
            assert not rule.key_words.isdisjoint(phrase.split(" ")), phrase


@given(documents)
def test_marked_lines_are_the_lines_with_a_list_marker(text: str) -> None:
    doc = Document.from_text(text)
    assert list(doc.marked_lines) == [line.index for line in doc.lines if line.list_marker]


THREAD_RULES = [rule for rule in RULES if isinstance(rule, ThreadRule | ThreadStartRule)]
# An article, then prose with the pieces of a flattened comment thread among it, so that the
# thread rules fire.
THREAD_LINES = [
    *SENTENCES["en"][:12],
    "",
    "• Barba_Papa\n    A reply to the article, indented one level deeper.",
    "  - jane99",
    "jane99 says:\nMay 3, 2019 at 4:47 pm",
    "10 thoughts on “The Title”",
    "Leave a Reply",
]
article = st.lists(st.sampled_from(SENTENCES["en"]), min_size=2, max_size=6).map("\n\n".join)
threads = st.tuples(
    article,
    st.sampled_from(ENDINGS),
    st.lists(
        st.tuples(st.sampled_from(THREAD_LINES), st.sampled_from(ENDINGS)).map("".join),
        max_size=20,
    ).map("".join),
).map("".join)


# Some prose first, so that a thread can stand below the head of the article.
ARTICLE = st.lists(st.sampled_from(SENTENCES["en"]), max_size=6).map("\n\n".join)
LIST_DOCS = st.tuples(
    ARTICLE, st.lists(LIST_LINES, max_size=16), st.sampled_from(["\n", "\r\n", "\r"])
).map(lambda parts: parts[2].join([parts[0], *parts[1]]))


OPENERS = st.sampled_from(
    [
        "10 thoughts on “The Title”", "Leave a Reply", "jane99 says:", "May 3, 2019 at 4:47 pm",
        "Jane on May 3, 2019 at 4:47 pm said:", "34 Responses to The Title", "## 12 Comments",
        "• Leave a Reply", "Comments", "Leave a comment", "Discussion about this post", "",
    ]
)  # fmt: skip
START_DOCS = st.tuples(
    ARTICLE, st.lists(st.one_of(OPENERS, LIST_LINES), max_size=12), st.sampled_from(["\n", "\r"])
).map(lambda parts: parts[2].join([parts[0], *parts[1]]))


@given(st.one_of(documents, threads, LIST_DOCS, START_DOCS), st.sets(st.integers(0, 30)))
@example("Prose.\n\n• Barba_Papa\n    A reply.\n", set())
@example("Prose.\n\n[Com](/c)ments\n[jane99 s](/u)ays:\nMay 3, 2019 at 4:47 pm\n", set())
def test_thread_rules_find_what_testing_every_line_finds(text: str, removed: set[int]) -> None:
    plain = {ThreadRule: plain_thread_check, ThreadStartRule: plain_thread_start_check}
    _assert_plain_findings(text, removed, THREAD_RULES, plain)


def _plain_normalize(text: str) -> str:
    return NON_WORD_RE.sub(" ", drop_link_targets(text).casefold()).strip()


@given(st.one_of(st.text(), st.text(st.characters(max_codepoint=127)), lines))
def test_normalize_is_the_pattern_substitution(text: str) -> None:
    assert normalize(text) == _plain_normalize(text)


def test_ascii_normalize_treats_every_character_as_the_pattern_does() -> None:
    for code in range(128):
        for text in (chr(code), f"a{chr(code)}B", f"{chr(code)}_x{chr(code)}"):
            assert normalize(text) == _plain_normalize(text), repr(text)
