"""Pages saved by web-to-Markdown readers: what their syntax tells the rules and the metadata
readers (links, images, headings, a reader's own header), and what it must not make them take."""

from __future__ import annotations

import textwrap

from scrapelint.api import Linter
from scrapelint.engine.kinds.cards import card_run
from scrapelint.engine.kinds.pattern import without_heading_markup
from scrapelint.facts.headline_shape import is_headline_shaped
from scrapelint.facts.reader_header import without_reader_header
from scrapelint.locate.extracted import extracted
from scrapelint.locate.numbered import numbered_headings
from scrapelint.locate.reading import block_reading
from scrapelint.locate.span import section_headings
from scrapelint.text.document import Document, drop_link_targets
from scrapelint.text.hard_wrap import wrap_width
from scrapelint.text.headings import heading_level, sole_level_one_heading
from tests.engine.closing_article import ARTICLE, fixed

LINTER = Linter()
HEADLINE = "# Council expands the bus network to the northern suburbs"
BYLINE_AND_DATE = ["By Jane Roe", "14 May 2025"]


def test_a_list_item_wrapped_inside_its_link_opens_no_comment_thread() -> None:
    reading_list = [
        "The council published two documents with the plan:",
        "  * [The council's transport plan for the next five years, as a PDF\n"
        "    file](https://example.org/plan.pdf)",
        "  * [Funding rules for green\n    roofs](https://example.org/roofs)",
    ]
    lines = [*ARTICLE, *reading_list]
    assert fixed(lines) == [line for line in "\n\n".join(lines).split("\n") if line]


def test_linked_teaser_cards_stop_at_a_heading_without_a_link() -> None:
    doc = Document.from_text(
        "\n".join(
            [
                "**Read also:**",
                "* [Library opens a new branch](https://example.org/library)",
                "* [School board picks a new head](https://example.org/school)",
                "",
                "## The decisive moments",
                "* **12'** — the visitors score from a corner.",
            ]
        )
    )
    end, headlines = card_run(doc, 1, 16)
    assert (end, headlines) == (3, 2)


def test_unlinked_cards_still_take_their_plain_headings() -> None:
    doc = Document.from_text(
        "More From the Times\n## Library opens a new branch\n## School board picks a new head\n"
    )
    assert card_run(doc, 1, 16) == (3, 2)


def test_lines_with_an_address_do_not_hide_the_width_a_text_is_wrapped_at() -> None:
    prose = " ".join(["The council voted on Tuesday to close the old bridge to cars."] * 12)
    lines = textwrap.wrap(prose, 72)
    links = [f"* [Report {n}](https://example.org/{'long-path-' * 9}{n})" for n in range(4)]
    # Each address line runs past the width, as a wrapper cannot break an address.
    assert wrap_width([*lines, "", *links, "", *lines]) == 72


def test_a_picture_is_no_headline() -> None:
    assert not is_headline_shaped("![Flooded streets in the old town](https://example.org/a.jpg)")
    assert not is_headline_shaped("[![Daily Courier](https://example.org/logo.svg)](/)")
    assert is_headline_shaped("Flooded streets in the old town")


def test_the_reader_header_is_blank_to_the_metadata_but_its_time_stays() -> None:
    texts = [
        "Title: Council expands bus network | Daily Courier",
        "",
        "URL Source: https://example.org/news/buses",
        "",
        "Published Time: 2025-05-14T08:00:00+00:00",
        "",
        "Markdown Content:",
        HEADLINE,
    ]
    assert list(without_reader_header(texts)) == [
        "",
        "",
        "",
        "",
        "Published Time: 2025-05-14T08:00:00+00:00",
        "",
        "",
        HEADLINE,
    ]
    # Without the address field it is no reader's header: a line may start with "Title:".
    assert without_reader_header(texts[:1] + texts[4:]) == texts[:1] + texts[4:]


def test_a_page_from_a_markdown_reader_reads_its_headline_date_and_author() -> None:
    page = [
        "Title: Council expands bus network | Daily Courier",
        "URL Source: https://example.org/news/buses",
        "Published Time: 2025-05-14T08:00:00+00:00",
        "Markdown Content:",
        "[Skip to content](#main)",
        "[![Daily Courier](https://example.org/logo.svg)](https://example.org/)",
        "* [News](https://example.org/news)",
        "* [Sport](https://example.org/sport)",
        HEADLINE,
        *BYLINE_AND_DATE,
        "![Buses at the depot](https://example.org/depot.jpg)",
        *ARTICLE,
        "## What changes for riders",
        *ARTICLE,
    ]
    result = LINTER.fix("\n\n".join(page) + "\n")
    assert result.title == HEADLINE.removeprefix("# ")
    assert result.authors == ("Jane Roe",)
    assert str(result.date) == "2025-05-14"
    kept = result.text
    for line in (*ARTICLE, "## What changes for riders", HEADLINE):
        assert line in kept
    for gone in ("URL Source:", "Markdown Content:", "![Buses", "[![Daily"):
        assert gone not in kept


def test_comment_headers_with_the_handle_in_bold_open_a_thread() -> None:
    comments = [
        "**Sergei_P** · 2 hours ago",
        "Finally! We waited five years.",
        "**marina1985** – 3 hours ago",
        "And they still did not build parking at the station.",
    ]
    assert fixed([*ARTICLE, *comments]) == ARTICLE


MENU = [
    f"* [{name}](https://example.org/{name.lower()})"
    for name in ("News", "Sport", "Business", "Culture", "Weather", "Travel", "Opinion")
]


def test_a_menu_of_links_is_navigation_however_long_its_addresses() -> None:
    lines = [*MENU, HEADLINE, *ARTICLE]
    readings = [block_reading(line) for line in lines]
    feats = [r.features for r in readings if r is not None]
    assert not extracted(feats, lines)
    assert extracted(feats[len(MENU) :], lines[len(MENU) :])


def test_section_headings_and_numbered_ones_behind_hashes_carry_the_article_on() -> None:
    texts = [
        "# Headline",
        "## Day one",
        "### 1. The market",
        "Prose.",
        "### 2. The museum",
        "### 3. The harbour",
        "#hashtag",
    ]
    assert section_headings(texts) == {1, 2, 4, 5}
    assert numbered_headings(texts) == {2, 4, 5}


def test_a_guide_under_a_menu_keeps_its_sections_its_facts_and_its_headline() -> None:
    facts = [
        "## Match facts",
        "**Referee:** Anderson Melo",
        "**Crowd:** 6,412",
        "**Goals:** Batista 19', Foguete 90+2'",
        "**Cards:** Wesley, Rafinha",
    ]
    section = ["## What the coach said", *ARTICLE[:1], "### 1. The first half", ARTICLE[1]]
    page = [
        *MENU,
        HEADLINE,
        "A standfirst under the headline says what the story is about",
        *BYLINE_AND_DATE,
        *ARTICLE,
        "**Read also:**",
        *MENU[:2],
        *section,
        *facts,
        "## Most read",
        *MENU[2:],
    ]
    kept = fixed(page)
    for line in (HEADLINE, page[len(MENU) + 1], *section, *facts):
        assert line in kept
    assert not set(MENU) & set(kept)


def test_a_pattern_reads_a_heading_without_its_hashes_and_a_bold_line_without_its_marks() -> None:
    assert without_heading_markup("## Comments (23)") == "Comments (23)"
    assert without_heading_markup("**Comments (23)**") == "Comments (23)"
    assert without_heading_markup("#hashtag") == "#hashtag"
    assert without_heading_markup("**Bold** lead-in, then text") == "**Bold** lead-in, then text"
    page = [HEADLINE, *ARTICLE, "### 5 min read"]
    assert fixed(page) == [HEADLINE, *ARTICLE]


def test_sections_after_a_box_set_into_the_article_stay() -> None:
    steps = [f"## {n}. Step {n} of the tutorial" for n in range(1, 4)]
    box = ["### Our weekly letter", "One tutorial every Thursday, no spam.", "[Subscribe](/news)"]
    after = [
        "## Common questions",
        "**Does it work on a laptop?**",
        "Yes, on any machine that stays on.",
        "## Next steps",
        "- [Add certificate checks](https://example.org/tls)",
        "- [Send alerts by e-mail](https://example.org/mail)",
        "Questions? Ask below and I will answer them.",
    ]
    page = [
        *MENU,
        HEADLINE,
        steps[0],
        ARTICLE[0],
        steps[1],
        ARTICLE[1],
        steps[2],
        ARTICLE[2],
        *box,
        *after,
        "## More tutorials",
        *MENU[:3],
        "© 2025 Example Media",
    ]
    kept = fixed(page)
    for line in after:
        assert line in kept
    assert "[Subscribe](/news)" not in kept


def test_heading_levels() -> None:
    assert [heading_level(t) for t in ("# A", "## B", "###### C", "#hashtag", "text #1")] == [
        1,
        2,
        6,
        0,
        0,
    ]


def test_a_logo_as_the_only_level_one_heading_is_no_headline() -> None:
    page = [
        "# [Daily Courier](https://example.org/)",
        *MENU,
        "## Council expands the bus network to the northern suburbs",
        *BYLINE_AND_DATE,
        *ARTICLE,
    ]
    assert sole_level_one_heading(page) is None
    assert LINTER.fix("\n\n".join(page) + "\n").title == page[len(MENU) + 1].removeprefix("## ")


def test_plain_text_underlining_a_site_name_gives_no_title_bonus() -> None:
    lines = ["Daily Courier | Local news", "==========================", "Headline", "Body."]
    assert sole_level_one_heading(lines) == 0
    assert sole_level_one_heading(lines, plain_underlines=False) is None


def test_long_runs_of_spaces_in_comment_shapes_are_read_at_once() -> None:
    # Patterns written with two runs of spaces around an optional mark (CM002, CM014, CM015,
    # NV001) backtracked quadratically on such a line: seconds for 20,000 spaces.
    spaces = " " * 20_000
    page = [*ARTICLE, f"## Comments{spaces}x", f"marina1985{spaces}x ago", f"Comments{spaces}x"]
    page.append(f"Read more{spaces}x")
    assert fixed(page)[: len(ARTICLE)] == ARTICLE
    assert drop_link_targets("[a](" * 5_000 + "x") == "[a](" * 5_000 + "x"
    assert drop_link_targets("[![Logo](https://example.org/logo.svg)](/)") == "!Logo"


def test_the_only_level_one_heading_is_the_headline_whatever_its_shape() -> None:
    listicle = "# 8 best hiking trails near the city"
    standfirst = "From a riverside stroll to a full day on the ridge, the walks locals love"
    page = [*MENU, listicle, standfirst, *BYLINE_AND_DATE, *ARTICLE]
    assert LINTER.fix("\n\n".join(page) + "\n").title == listicle.removeprefix("# ")


def test_a_comment_in_a_code_block_is_no_level_one_heading() -> None:
    lines = [HEADLINE, "Install it:", "```bash", "# fetch the package", "pip install it", "```"]
    assert sole_level_one_heading(lines) == 0


def test_a_wrapped_paragraphs_first_line_is_no_headline() -> None:
    prose = " ".join(ARTICLE)
    wrapped = textwrap.wrap(prose, 72)
    page = ["Council expands the bus network", "", *BYLINE_AND_DATE, "", *wrapped, ""]
    page += [*textwrap.wrap(prose.upper().lower(), 72)]
    assert LINTER.fix("\n".join(page) + "\n").title == "Council expands the bus network"
