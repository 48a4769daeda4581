"""The article locator's fast paths give exactly what the straightforward code gives.

`line_reading` counts on a line's UTF-8 bytes (ASCII lines, and lines whose non-ASCII characters
are quotes and dashes, never reach a per-character or per-word Python loop). The reference below
is the plain version it replaced: one str call per character and per token. Every feature must be
equal, floats included, on random text mixing scripts, combining marks, odd whitespace, pipes,
list markers, URLs and lone surrogates (undecodable input bytes). The same holds for the other
shortcuts: duplicate keys and skeletons of ASCII lines taken with bytes methods, and the body
guard settling short lines before it reads their Markdown.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from scrapelint.engine.guard import PROSE_MIN_WORDS, prose_chars
from scrapelint.locate.skeleton import SKELETON_IGNORED, skeleton
from scrapelint.text.document import Line
from scrapelint.text.line_features import (
    CJK_RE,
    LETTER_MARK_RE,
    LIST_MARKER_RE,
    UNSPACED_RE,
    LineFeatures,
    _ends_sentence,
    _link_chars,
    _strip_table,
    line_reading,
)
from scrapelint.text.words import FUNCTION_WORDS, WORD_RE, lowered_words

# Pieces scraped lines are made of, and the characters the fast paths treat specially: function
# words in several cases, letters whose lowercase is longer or ASCII or depends on context, CJK and
# its punctuation and combining marks, whitespace that is no ASCII space, quotes and dashes,
# digits that are not decimal, underscores, links, table pipes, list markers, lone surrogates.
WORDS = ("The", "the", "and", "für", "Für", "À", "à", "и", "В", "İstanbul", "ΟΔΟΣ", "\u212a", "ǅ")
ASIAN = ("東京都", "ひらがな", "カタカナ・", "\u3099", "한국어", "e\u0301", "。")
# Words written with combining marks: Devanagari's vowel signs, Thai's, Arabic's and Hebrew's
# vowel points, and a mark alone.
MARKED = ("होम", "ख़बरें", "หน้าแรก", "أيضًا", "הַבַּנְק", "\u093e", "\u064b")
SPACES = (" ", "  ", "\t", "\xa0", "\u2009", "\u3000", "\x1c", "\x1f", "\x85")
MARKS = ("’", "“", "”", "—", "…", ".", ":", "!", "?", '"', "'", ")", "|", "| a | b |")
NUMBERS = ("²", "①", "٣", "Ⅻ", "_", "__init__", "2019")
LINKS = ("https://example.com/a?b=1", "www.example.org", "mail@example.com")
STARTS = ("* ", "- ", "• ", "1. ", "12) ", "o ", "\udcff", "\ud800")
PIECES = WORDS + ASIAN + MARKED + SPACES + MARKS + NUMBERS + LINKS + STARTS
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=30).map("".join)
ASCII_TEXT = st.text(alphabet=st.characters(max_codepoint=127), max_size=80)


def features_of(line: str):
    """The shape features of one line, as the locator reads them."""
    return line_reading(line).features


def reference_features(line: str) -> LineFeatures:
    """`line_reading(...).features` as first written: a str call per character and per token."""
    text, table_row = _strip_table(line.strip())
    marker = LIST_MARKER_RE.match(text)
    body = text[marker.end() :] if marker else text
    tokens = body.split()
    chars = len(body)
    # A vowel or tone mark is part of its word, not punctuation ("होम", "é" written as e and an
    # acute accent).
    alnum = sum(1 for c in body if c.isalnum() or LETTER_MARK_RE.match(c))
    digits = sum(1 for c in body if c.isdigit())
    words = [w.lower() for w in WORD_RE.findall(body)]
    cjk = len(CJK_RE.findall(body))
    thai = len(UNSPACED_RE.findall(body))  # or Lao, Myanmar, Khmer: a word of five characters
    if thai:
        n_words = max(len(tokens), cjk * 2 // 3 + thai // 5 + len(tokens) - 1)
    else:
        n_words = max(len(words), cjk * 2 // 3 + len(tokens) - (1 if cjk else 0))
    width = chars + 2 * cjk  # a CJK character is as wide as three Latin letters in the shares
    cased = title = 0
    for token in tokens:
        first = token[0]
        if first.isalpha() and first.lower() != first.upper():
            cased += 1
            title += first.isupper()
    func = sum(1 for w in words if w in FUNCTION_WORDS)
    link_chars = _link_chars(body)
    return LineFeatures(
        words=n_words,
        chars=chars,
        title_share=title / cased if cased else 0.0,
        ends_sentence=_ends_sentence(body),
        punct_density=(chars - alnum - body.count(" ")) / width if chars else 0.0,
        function_share=func / len(words) if words else 0.0,
        list_item=marker is not None,
        table_row=table_row,
        link_like=chars > 0 and link_chars * 2 >= chars,
        digit_share=digits / width if chars else 0.0,
    )


def _same(a: LineFeatures, b: LineFeatures) -> bool:
    """Equal field by field, floats to the bit (repr tells 0.0 from -0.0)."""
    return type(a) is type(b) and list(map(repr, a)) == list(map(repr, b))


@settings(max_examples=400)
@given(TEXT)
@example("Über “den” Fluss — and the Dog’s day.")
@example("ΟΔΟΣ σ İstanbul \u212a Für")
@example("\x1cHello\x1fWorld x\x85Y \xa0Ábc")
@example("* 東京都 ひらがな・カタカナ。")
@example("* หน้าแรก กรุงเทพมหานครประกาศแผน Bangkok 2025")
@example("bad \udcff bytes \ud800")
def test_line_features_match_the_reference(line: str) -> None:
    assert _same(features_of(line), reference_features(line))


@settings(max_examples=300)
@given(ASCII_TEXT)
def test_ascii_line_features_match_the_reference(line: str) -> None:
    assert _same(features_of(line), reference_features(line))


def test_letters_and_digits_are_word_characters() -> None:
    """`line_reading` counts letters and digits only on lines where WORD_RE finds a non-ASCII
    word character: sound only if every letter or digit is one."""
    alnum = (chr(code) for code in range(0x110000) if chr(code).isalnum())
    assert all(WORD_RE.fullmatch(char) for char in alnum)


@given(st.one_of(TEXT, ASCII_TEXT))
@example("Title \u2013 Overview")
@example("\u212a and K")
def test_lowered_words_match_findall_on_the_lowered_line(line: str) -> None:
    assert lowered_words(line) == tuple(WORD_RE.findall(line.lower()))


@given(st.one_of(TEXT, ASCII_TEXT))
@example("Team (Group A): 10th")
@example("* June 9 -- Venue, City, ST.")
def test_skeleton_matches_the_reference(line: str) -> None:
    feats = features_of(line)
    inner = line.strip()[1:-1]
    # A separator is neither a letter or digit, a space nor a mark of a word ("मेरा").
    chars = {c for c in inner if not (c.isalnum() or c.isspace() or LETTER_MARK_RE.match(c))}
    expected = (chars - SKELETON_IGNORED) | ({"0"} if feats.digit_share > 0 else set())
    assert skeleton(line, feats) == expected


MARKDOWN = ("[a b](x)", '[read more](https://example.com "the title")', "## ", "# ", "  ", "word")


@given(
    st.lists(
        st.one_of(st.sampled_from(MARKDOWN + PIECES), st.text(max_size=4)), min_size=4, max_size=40
    ).map("".join)
)
@example("- one two three four five six seven eight")
@example("## [a](x) [b](y) [c](z) d e f g h")
@example("ตามแผนดังกล่าว รถไฟฟ้าจะเพิ่มเส้นทางใหม่สี่สาย")
def test_prose_chars_matches_the_reference(text: str) -> None:
    line = Line(0, text, "\n", 0)
    content = line.content
    long = line.list_marker is None and _guard_words(content) >= PROSE_MIN_WORDS
    assert prose_chars(line) == (len(content) if long else 0)


def _guard_words(text: str) -> int:
    """Words as the guard counts them: by spaces, and Chinese, Japanese or Thai by their
    characters."""
    spaced = len(text.split())
    unspaced = len(CJK_RE.findall(text)) * 2 // 3 + len(UNSPACED_RE.findall(text)) // 5
    return max(spaced, spaced - 1 + unspaced) if unspaced else spaced
