"""Fast paths of the metadata, date, attribution and language code give the slow paths' answers.

Each exact pre-test or shortcut is checked against the code it skips, on random text built from
the pieces credit lines and datelines are made of (prefixes, names, agencies, separators, dates in
several languages and shapes, unicode) and on every line of the fixture inputs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapelint.facts import credit_line, credit_names, language, meta_words

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "input"

# Pieces of scraped head lines: credits, agencies, dates, separators, markup, prose words.
PIECES = (
    "By", "BY", "von", "Por", "par", "Di", "door", "od", "Autor:", "Source:", "Fuente:",
    "translated by", "Traduit par", "übersetzt von", "Edited by", "Jane Doe", "John Roe",
    "María José García", "al-Abadi", "O'Brien", "Ludwig van Beethoven", "Staff Writer",
    "AP Auto Writer", "PhD", "Reuters", "(AP)", "(AFP/dpa)", "dpa", "AFP", "REUTERS", "Al Mayadeen",
    "Fort Russ News", "Agência Brasil", "Сергей Иванов", "Автор:", "November 4, 2017",
    "4 de noviembre de 2017", "04.11.2017", "11/24/2017", "2017-11-04T10:54:00Z",
    "4. November 2017",
    "1er novembre 2017", "4 ноября 2017", "Saturday,", "Samstag,", "Updated", "publiziert am",
    "10:54", "2019", "1,500-2,500", "and", "und", "y", "&", ",", ";", "|", "•", "·", " - ", " – ",
    " — ", "-", "–", "—", "*", "**", "_", "> ", "## ", "1. ", "[Link](/news/2017/11/3/x.md)",
    "(", ")", "  ", "\t", "the ministry said", "Share", "Email the author", "’", "½", "²",
    "İstanbul", "ǅemal", "ﬁnance",
)  # fmt: skip


@st.composite
def head_lines(draw) -> str:
    """A line as the head of a scraped page holds: credit and date pieces, glued or spaced."""
    parts = draw(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=12))
    glue = draw(st.sampled_from(["", " ", ", ", " | "]))
    return glue.join(parts)


def fixture_lines() -> list[str]:
    lines: set[str] = set()
    for path in FIXTURES.rglob("*"):
        if path.is_file():
            lines.update(path.read_text(encoding="utf-8").splitlines())
    return sorted(lines)


LINES = fixture_lines()


# --- attribution: segments are only split when a separator can occur ---------------------------


@given(head_lines())
def test_split_segments_is_the_regex_split(text: str) -> None:
    assert credit_line._split_segments(text) == credit_line.SEGMENT_SPLIT_RE.split(text)


@pytest.mark.parametrize("line", LINES)
def test_split_segments_on_fixture_lines(line: str) -> None:
    assert credit_line._split_segments(line) == credit_line.SEGMENT_SPLIT_RE.split(line)


def _eager_parse(line: str) -> credit_line.Parsed:
    """`_parse` as it was: every segment classified, bare or junk, before anchors are looked for."""
    if len(line) > credit_line._MAX_CREDIT_LINE:
        return credit_line.parse(line)  # the long-line path did not change
    segments = [
        s.strip(" ,;:") for s in credit_line.SEGMENT_SPLIT_RE.split(credit_line.clean(line))
    ]
    segments = [s for s in segments if s]
    classified = []
    for segment in segments:
        anchor = credit_line._anchor(segment)
        if anchor is not None:
            classified.append(("anchor", *anchor))
        else:
            role = "bare" if credit_line.looks_like_org(segment) else "junk"
            classified.append((role, [], False))
    anchors = [c for c in classified if c[0] == "anchor"]
    if not anchors:
        return credit_line.Parsed((), False)
    credits: list[tuple[str, str]] = []
    only_dates = all(not c[1] for c in anchors)
    for segment, (role, found, _) in zip(segments, classified, strict=True):
        if role == "bare":
            as_author = only_dates and credit_line.looks_like_name(segment)
            credits.append(("author" if as_author else "source", segment))
        credits.extend(found)
    complete = all(role != "junk" and done for role, _, done in classified if role != "bare")
    return credit_line.Parsed(tuple(credits), complete and bool(credits))


@given(head_lines())
def test_parse_tells_bare_from_junk_only_next_to_an_anchor(line: str) -> None:
    assert credit_line.parse(line) == _eager_parse(line)


def test_parse_on_fixture_lines() -> None:
    for line in LINES:
        assert credit_line.parse(line) == _eager_parse(line), line


@given(head_lines())
def test_iter_names_is_split_names(text: str) -> None:
    assert list(credit_names.iter_names(text)) == credit_names.split_names(text)


def _eager_names(rest: str, kind: str) -> tuple[list[tuple[str, str]], bool] | None:
    """`_names` as it was: all parts split, and the date after the names read, up front."""
    credits: list[tuple[str, str]] = []
    cut = credit_line._cut_before_date(rest)
    complete = cut == rest or credit_line.is_dateline(rest[len(cut) :])
    for part in credit_names.split_names(cut):
        agency = credit_names.agency_in(part, loose=True)
        if credit_names.looks_like_name(part):
            credits.append((kind, part))
        elif agency is not None:
            credits.append(("source", agency))
        elif not (credit_names.is_role(part) or credit_names.is_credential(part)):
            return None
    return (credits, complete) if credits else None


@given(head_lines(), st.sampled_from(["author", "translator", "source"]))
def test_names_stops_at_the_first_part_that_is_no_name(rest: str, kind: str) -> None:
    assert credit_line._names(rest, kind) == _eager_names(rest, kind)


def test_names_on_fixture_lines() -> None:
    for line in LINES:
        assert credit_line._names(line, "author") == _eager_names(line, "author"), line


# --- language: letters are counted in C for the ASCII part of a text ----------------------------


@given(st.one_of(st.text(), head_lines(), st.text(st.characters(max_codepoint=0x7F))))
def test_letter_count_counts_isalpha(text: str) -> None:
    assert language.letter_count(text) == sum(map(str.isalpha, text))


def test_letter_count_on_fixture_lines_and_surrogates() -> None:
    for text in [*LINES, "caf\udce9 \ud800x", "ǅemal İstanbul ﬁnance ½²"]:
        assert language.letter_count(text) == sum(map(str.isalpha, text))


# --- metadata words: a line that cannot open with a group's phrase never matches its pattern ----

OPENERS = (
    "Written by", "written  by", "WRITTEN BY", "About the author", "About the Authors", "Author",
    "Authors:", "Reviewed by", "Fact checked by", "Related", "Related posts", "Comments (3)",
    "Most read", "You may also like", "Author's profile", "Escrito por", "À propos de l'auteur",
    "Über den Autor", "L'autore", "Bylines", "Byron", "Authority", "Relatedly",
)  # fmt: skip
GROUPS = {
    "byline": lambda: meta_words.WORDS.byline_prefix,
    "author_box": lambda: meta_words.WORDS.author_box,
    "author_link": lambda: meta_words.WORDS.author_link,
    "elsewhere": lambda: meta_words.WORDS.elsewhere,
    "other_credits": lambda: meta_words.WORDS.other_credit,
}


@st.composite
def label_lines(draw) -> str:
    """A line that may open with a label, a heading or neither, behind list or heading marks."""
    marks = draw(st.sampled_from(["", "* ", "## ", "> ", "- ", "• ", "[", "o ", "1. ", " "]))
    words = draw(st.one_of(st.sampled_from(OPENERS), head_lines()))
    return marks + words + draw(st.sampled_from(["", " Jane Doe", ": Jane Doe", " me"]))


@given(label_lines(), st.sampled_from(sorted(GROUPS)))
def test_may_open_false_means_no_match(text: str, group: str) -> None:
    if not meta_words.WORDS.may_open(group, text):
        assert GROUPS[group]().match(text) is None
        if group == "byline":
            assert meta_words.WORDS.byline_alone.match(text) is None


@pytest.mark.parametrize("line", LINES)
def test_may_open_on_fixture_lines(line: str) -> None:
    for group, pattern in GROUPS.items():
        if not meta_words.WORDS.may_open(group, line):
            assert pattern().match(line) is None
