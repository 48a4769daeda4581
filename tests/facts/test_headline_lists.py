"""A headline stands alone over the body; a row of headings is a list (contents, teasers), a
heading the contents list names is a section, and a dateline over the first paragraph is the
body's, not a heading's under it. A headline with nothing beside it but a plain shape, right over
the body, is still sure enough to report."""

from __future__ import annotations

from scrapelint.facts.headline import MIN_TITLE_SCORE
from scrapelint.facts.headline_context import heading_runs, listed_elsewhere
from scrapelint.facts.headline_shape import is_headline_shaped
from scrapelint.facts.metadata import describe
from scrapelint.facts.page_meta import read_page
from scrapelint.text.document import Document
from tests.facts.test_page_meta import BODY, MENU

CONTENTS = (
    "About filing your tax return\n\nDifferent ways to file your taxes\n\n"
    "Understand refund anticipation checks and refund advance loans before you file\n\n"
)


def title_of(text: str) -> str | None:
    doc = Document.from_text(text)
    lines = text.split("\n")
    start = lines.index(BODY.split("\n")[0])
    return describe(doc, doc, language=False, body=(start, len(lines))).title


def page_title(text: str):
    lines = text.split("\n")
    return read_page(lines, (lines.index(BODY.split("\n")[0]), len(lines))).title


def test_a_plain_headline_of_many_words_right_over_the_body_is_reported() -> None:
    text = MENU + "Ten easy steps for a great interior design at home\n\n" + BODY
    assert title_of(text) == "Ten easy steps for a great interior design at home"


def test_a_short_plain_line_over_the_body_is_too_unsure_to_report() -> None:
    text = MENU + "Backup Strategy\n\n" + BODY
    title = page_title(text)
    assert title is not None and title.score < MIN_TITLE_SCORE
    assert title_of(text) is None


def test_a_row_of_contents_headings_over_the_body_is_not_the_title() -> None:
    text = MENU + "Guide to filing your taxes in 2025\n\n* English\n* Español\n\n" + CONTENTS + BODY
    title = title_of(text)
    assert title is None or title not in CONTENTS


def test_a_kicker_a_headline_and_its_deck_over_the_byline_are_no_row() -> None:
    head = (
        "Friday Philosophy\n\nNagel on the reach of reason in our time\n\nWhy relativism fails\n\n"
    )
    text = MENU + head + "By David Gordon\n\n" + BODY
    assert title_of(text) == "Nagel on the reach of reason in our time"
    # Without the byline the three are a row of headings, and no title is sure.
    assert title_of(MENU + head + BODY) is None


def test_heading_runs_count_different_headings_and_skip_numbers() -> None:
    lines = ["Nagel on Reason", "Nagel on Reason", "Friday Philosophy", "x", "* 1", "A", "B"]
    nonblank = list(range(len(lines)))
    headings = {0, 1, 2, 5, 6}
    # Three lines, two texts: a kicker over a repeated headline is no list.
    assert heading_runs(lines, nonblank, range(0, 3), headings) == set()
    assert heading_runs(lines, nonblank, range(0, 7), {0, 1, 2, 5, 6} - {0}) == set()
    assert heading_runs(lines, nonblank, range(4, 7), headings) == set()
    assert heading_runs(["A a", "* 1", "B b", "* 2", "C c"], range(5), range(5), {0, 2, 4}) == {
        0,
        2,
        4,
    }


def test_a_section_heading_named_only_in_the_contents_list_is_no_headline() -> None:
    section = "Average home renovation costs by type"
    contents = "".join(f"* {t}\n" for t in (section, "Room by room costs", "Choosing a builder"))
    lines = (MENU + contents + "\n" + BODY + "\n" + section + "\n\n" + BODY).split("\n")
    start = lines.index(BODY.split("\n")[0])
    title = read_page(lines, (start, len(lines))).title
    assert title is None or title.text != section


def test_a_dateline_over_the_first_paragraph_does_not_speak_for_a_heading_under_it() -> None:
    first, rest = BODY.split("\n\n", 1)
    text = MENU + "Advent of Code 2025 week 2 20 December 2025\n\n" + first + "\n\nDay 7\n\n" + rest
    lines = text.split("\n")
    title = read_page(lines, (lines.index(first), len(lines))).title
    assert title is None or title.text != "Day 7"


def test_a_personal_sites_name_is_no_fallback_title() -> None:
    doc = Document.from_text("Jane Doe's blog\n\n" + BODY)
    assert describe(doc, doc, language=False).title is None


def test_a_line_of_prose_with_no_closing_stop_is_no_fallback_title() -> None:
    text = (
        "When you think about losing weight, extreme diets and long hours of exercise may come "
        "to mind, but there is more to it\n\n" + BODY
    )
    doc = Document.from_text(text)
    assert describe(doc, doc, language=False).title is None
    heading = Document.from_text("Council expands bus network\n\n" + BODY)
    assert describe(heading, heading, language=False).title == "Council expands bus network"


def test_a_name_and_a_role_after_a_comma_is_a_byline_not_a_headline() -> None:
    assert not is_headline_shaped("Steve Peoples, AP National Political Writer")
    assert not is_headline_shaped("Jane Doe, Staff Writer")
    # No person before the comma: a headline that ends on a role word.
    assert is_headline_shaped("Paris, Texas, and the editor")
    assert is_headline_shaped("Council expands bus network")


def test_a_label_and_a_code_is_no_headline() -> None:
    assert not is_headline_shaped("DOC. NO: WCA-2025")
    assert not is_headline_shaped("Ref: AB-12")
    # Words after the colon, or no digit in the one word: a headline and its subtitle.
    assert is_headline_shaped("Advent of Code: week two")
    assert is_headline_shaped("Chapter One: Introduction")


RELATED = (
    "You may also like...\n\n* December 19, 2025\n\n"
    "The best bridge cameras for a trip this year\n\nby Geoff Harris\n\n* December 17, 2025\n\n"
    "The best instant cameras for prints at home\n\nby Claire Gillo\n\n"
)


def test_a_related_list_over_the_body_gives_none_of_its_titles_or_dates() -> None:
    text = MENU + RELATED + BODY
    lines = text.split("\n")
    page = read_page(lines, (lines.index(BODY.split("\n")[0]), len(lines)))
    assert page.title is None or page.title.score < MIN_TITLE_SCORE
    assert page.date is None
    assert title_of(text) is None


def test_the_article_s_head_under_a_breadcrumb_after_a_related_list_counts() -> None:
    head = (
        "Home / Technique / Camera types\n\nA guide to the different camera types\n\n"
        "Joshua Waller\n\n30 January 2025 / 23:07 GMT\n\n"
    )
    text = MENU + RELATED + head + BODY
    lines = text.split("\n")
    page = read_page(lines, (lines.index(BODY.split("\n")[0]), len(lines)))
    assert page.title is not None and page.title.text == "A guide to the different camera types"
    assert page.date is not None and page.date.mention.date.isoformat() == "2025-01-30"


def test_a_trending_list_ends_where_the_article_s_own_title_is_printed_again() -> None:
    trending = (
        "Trending Stories\n\n1\n\nWhen did being smart stop being cool\n\n2\n\n"
        "A beginner's guide to skincare at home\n\n3\n\nSnacks and drinks at the school store\n\n"
    )
    head = "A beginner's guide to skincare at home\n\nAudrey Huang, Print Managing Editor\n\n"
    text = MENU + trending + head + "May 31, 2024\n\n" + BODY
    lines = text.split("\n")
    page = read_page(lines, (lines.index(BODY.split("\n")[0]), len(lines)))
    again = max(i for i, line in enumerate(lines) if line == head.split("\n")[0])
    assert page.title is not None and page.title.line == again
    assert page.date is not None and page.date.mention.date.isoformat() == "2024-05-31"


def test_listed_elsewhere_stops_at_a_menu_item_naming_comments() -> None:
    lines = ["* Comments", "Council expands the bus network", "By Jane Doe"]
    assert listed_elsewhere(lines, [0, 1, 2], range(0, 3)) == set()
    lines[0] = "Related posts"
    assert listed_elsewhere(lines, [0, 1, 2], range(0, 3)) == {1, 2}


def test_a_two_word_common_noun_phrase_over_a_dateline_is_no_name() -> None:
    tail = "\nThe backup plan keeps a copy of every file.\n"
    text = MENU + "Backup Strategy\n\nJanuary 22nd, 2019\n\n" + BODY + tail
    assert title_of(text) == "Backup Strategy"
    # A person's name over the dateline is the byline, not the title.
    assert title_of(MENU + "Jeff Kaufman\n\nJanuary 22nd, 2019\n\n" + BODY) is None


def test_a_menu_item_naming_the_latest_news_opens_no_list_of_other_articles() -> None:
    menu = ["Latest news", "Research news", "Campus life", "Awards and honours"]
    head = "Saltmarsh grasses lock away more carbon when grazing crabs are kept in check"
    lines = [*menu, "", head, "", "By Priya Ramsden", "Published 12 March 2025"]
    nonblank = [i for i, line in enumerate(lines) if line]
    assert listed_elsewhere(lines, nonblank, range(len(nonblank))) == set()
    # Under a heading over other articles' headlines, the same line is one of them.
    related = ["Latest news", "Council approves the new harbour wall after a decade", "", head]
    nonblank = [i for i, line in enumerate(related) if line]
    assert listed_elsewhere(related, nonblank, range(len(nonblank))) == {1, 2}
    # A comment thread's heading over its first comment still opens its list.
    thread = ["Comments", "Jane Roe", "Great post!", "Thanks for writing", "", head]
    nonblank = [i for i, line in enumerate(thread) if line]
    assert 4 in listed_elsewhere(thread, nonblank, range(len(nonblank)))


def test_a_headline_saying_the_three_times_is_no_menu() -> None:
    # A menu repeats a capitalised entry's word ("For Media For Agencies For Tech"); a headline
    # repeats its articles in lower case.
    assert is_headline_shaped("The Seed Librarians: Who Keeps the Beans When the Farms Are Gone?")
    assert not is_headline_shaped("For Media For Agencies For Tech")
