"""An HTML page's title: its markup's or its printed headline, whichever the two agree on."""

from __future__ import annotations

from scrapelint.facts.html_meta import with_page_metadata
from scrapelint.facts.metadata import DocumentMeta
from scrapelint.facts.title_choice import choose_title, shared

TEXT_META = DocumentMeta(
    title="A line of the extracted text",
    date=None,
    date_line=None,
    authors=(),
    sources=(),
    translators=(),
    language=None,
    title_line=3,
)


def test_a_reworded_markup_title_gives_way_to_the_printed_headline() -> None:
    stated = "Best Apps to Learn a Language in 2025 - Top 10 Picks"
    printed = "Top 10: Best Language Learning App (tested by experts)"
    assert choose_title(stated, printed) == printed


def test_a_printed_line_unlike_the_markup_title_is_a_misread_banner() -> None:
    stated = "Top Nutrition Trends for Fall 2025: What Fitness Experts Are Eating"
    assert choose_title(stated, "Partner With Us") == stated


def test_the_markup_title_with_the_sites_name_after_the_headline_is_kept_whole() -> None:
    stated = "Is it really always the DNS? | APNIC Blog"
    assert choose_title(stated, "Is it really always the DNS?") == stated


def test_either_alone_is_the_title() -> None:
    assert choose_title(None, "Council expands bus network") == "Council expands bus network"
    assert choose_title("Council expands bus network", None) == "Council expands bus network"
    assert choose_title(None, None) is None


def test_shared_counts_content_words_of_the_headline() -> None:
    assert shared("The Hottest Real Estate Markets [2025 Edition]", "The hottest markets") == 1.0
    assert shared("Media Kit", "Of the and") == 0.0  # no content word: nothing to share


def test_page_metadata_takes_the_chosen_title_and_drops_the_texts_line() -> None:
    page = {"title": "Council expands bus network", "headline": "Grow your business with us"}
    meta = with_page_metadata(TEXT_META, page)
    assert meta.title == "Council expands bus network"  # no word shared: the markup's
    assert meta.title_line is None
    page = {"title": "Building a UI pipeline | Playful Tones", "headline": "Building a UI pipeline"}
    assert with_page_metadata(TEXT_META, page).title == "Building a UI pipeline | Playful Tones"
    assert with_page_metadata(TEXT_META, {}).title == TEXT_META.title
