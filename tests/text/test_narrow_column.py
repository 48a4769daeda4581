"""Sentences set in a narrow column (`text.narrow_column`): which breaks fall inside a sentence."""

from __future__ import annotations

from scrapelint.text.narrow_column import narrow_breaks

FIGURE = [
    "Between 2015 and",
    "2018, 13% of children",
    "ages 5 to 19 in the",
    "United States had",
    "untreated cavities",
    "in their teeth.",
]


def test_a_sentence_broken_over_a_narrow_box_is_one_run() -> None:
    second = ["1 in 4 adults", "ages 20 to 64", "currently has", "cavities.2"]
    lines = ["Facts", "", *FIGURE, "", *second]
    assert narrow_breaks(lines) == frozenset({3, 4, 5, 6, 7, 10, 11, 12})


def test_a_break_after_a_function_word_of_another_language_goes_on() -> None:
    lines = [
        "Zwischen 2015 und",
        "2018 hatten 13 % der",
        "Kinder im Alter von",
        "5 bis 19 Jahren Karies.",
    ]
    assert narrow_breaks(lines) == frozenset({1, 2, 3})


def test_a_sentence_may_open_with_a_quote_or_an_ellipsis() -> None:
    verse = [". . . Do not raise", "your small voice against it. And do not", "take cover."]
    assert narrow_breaks(verse) == frozenset({1, 2})
    quoted = ["“Between 2015 and", "2018, most children", "had cavities,” she said."]
    assert narrow_breaks(quoted) == frozenset({1, 2})


def test_menus_cards_and_bylines_break_between_units() -> None:
    lines = [
        *("About Us", "Contact Us", "Careers", "Privacy Policy", ""),
        *("Madeline Fry", "Wednesday November 20, 2019", "Joker killed at the box office.", ""),
        *("Read Now", "Insights & Reports", "A Mapping Guide for the NIST CSF 2.0", ""),
        *("Share", "1 reply by Paul Iusztin", "13 more comments...", ""),
    ]
    assert narrow_breaks(lines) == frozenset()


def test_verse_of_capitalised_lines_is_left_as_it_stands() -> None:
    lines = ["Be simpler for the government", "To dissolve the people", "And elect another?"]
    assert narrow_breaks(lines) == frozenset()


def test_too_few_lines_or_words_or_no_full_stop_make_no_run() -> None:
    assert narrow_breaks(["Between 2015 and", "2018, most children."]) == frozenset()
    assert narrow_breaks(["Sign up for", "our short", "newsletter."]) == frozenset()
    assert narrow_breaks(FIGURE[:-1]) == frozenset()


def test_a_list_item_or_a_long_line_ends_the_run() -> None:
    assert narrow_breaks([*FIGURE[:3], "* United States had", *FIGURE[4:]]) == frozenset()
    long_line = "United States had, as the survey found in every one of its years,"
    assert narrow_breaks([*FIGURE[:3], long_line, *FIGURE[4:]]) == frozenset()
