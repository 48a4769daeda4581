"""A ranking of entries is the article's wherever the body was found (`locate.entries`)."""

from __future__ import annotations

from pathlib import Path

from scrapelint.locate.article import locate_article
from scrapelint.locate.entries import entry_lines, outline_lines
from scrapelint.locate.numbered import numbered_runs
from scrapelint.locate.reading import block_reading, read_blocks
from scrapelint.text.confidence import REMOVE_AT
from tests.locate.test_article import MENU

DATA = Path(__file__).parent.parent / "data"

COOKIES = (
    "We and our partners use cookies to personalise content and ads, to provide social media "
    "features and to analyse our traffic, and we share information about your use of our site."
)
INTRO = (
    "An e-reader lasts for years, so it pays to choose well: we read on eleven of them for a "
    "month, on the train, in bed and on the beach, and these seven are the best."
)


def _ranking(entries: int, lines_each: int) -> list[str]:
    ranking = []
    for n in range(1, entries + 1):
        entry = [f"{n}. Lumira Page {n} – best for readers who want a light device"]
        entry += [f"Price: € {100 + n}", f"Screen: {n + 5} inch, 300 ppi", "+ Sharp, waterproof"]
        ranking += entry[:lines_each]
    return ranking


def test_a_ranking_without_a_paragraph_is_the_articles_and_its_introduction_too() -> None:
    ranking = _ranking(6, 4)
    lines = [*MENU, COOKIES, "The 7 best e-readers of 2025", INTRO, *ranking, *MENU]
    amap = locate_article(lines)
    for line in [INTRO, *ranking]:
        assert amap.verdicts[lines.index(line)].confidence < REMOVE_AT, line


def test_a_most_read_list_of_headlines_is_no_ranking() -> None:
    most_read = [f"{n}. Council approves the harbour plan, part {n}" for n in range(1, 6)]
    lines = ["Most read", *most_read, *_ranking(4, 4)]
    found = read_blocks(lines, [block_reading(t) for t in lines])
    runs = numbered_runs(found.texts)
    assert len(runs) == 2
    assert entry_lines(lines, found.scored, runs) == set(range(len(most_read) + 1, len(lines)))


HEALTH = [
    "Symptoms",
    "* Dull, aching pain along the front or inner lower leg",
    "* Pain that starts during exercise and eases with rest",
    "Causes",
    "* Increasing distance or intensity too quickly",
    "* Running on hard or uneven surfaces",
    "Advertisement",
    "Treatment",
    "Most cases get better with simple self-care:",
    "* Rest from the activity that causes pain, usually for two weeks",
    "* Switch to low-impact exercise such as swimming or cycling",
]


def _blocks(*groups: list[str]) -> list[str]:
    """The lines of a page whose groups of lines stand a blank line apart, as a converter writes
    them; each line of a group that is no list item or table row is a group of its own."""
    lines: list[str] = []
    for group in groups:
        for n, line in enumerate(group):
            last = lines[-1] if lines else ""
            listed = line.startswith("* ") and last.startswith("* ")
            tabled = "  " in line and "  " in last
            if n == 0 or not (listed or tabled):
                lines.append("")
            lines.append(line)
    return lines


def test_an_outline_of_sections_of_points_is_the_articles() -> None:
    lines = _blocks(MENU, [COOKIES, "Shin splints"], HEALTH, MENU)
    found = read_blocks(lines, [block_reading(t) for t in lines])
    start = lines.index("Symptoms")
    assert set(range(start, start + len(HEALTH))) <= outline_lines(lines, found.scored)
    amap = locate_article(lines)
    for line in HEALTH:
        assert amap.verdicts[lines.index(line)].confidence < REMOVE_AT, line


def test_a_sidebar_of_sections_beside_a_larger_body_is_not() -> None:
    article = [INTRO.replace("e-reader", f"bus pass {n}") for n in range(6)]
    sidebar = []
    for heading in ("Related", "Most read", "Latest"):
        sidebar += [heading, *(f"* Council approves the harbour plan, part {n}" for n in range(3))]
    lines = [*MENU, *article, *sidebar, *MENU]
    amap = locate_article(lines)
    assert any(amap.verdicts[lines.index(line)].confidence >= REMOVE_AT for line in sidebar)


def test_an_outlines_closing_faq_and_sources_are_its_own() -> None:
    closing = [
        "Frequently asked questions",
        "Can I keep running with shin splints?",
        "Running through the pain usually makes it worse, and most people do better after a break.",
        "Sources",
        "* Winters M, et al. Medial tibial stress syndrome: a review. Sports Medicine Review.",
    ]
    lines = _blocks(MENU, [COOKIES, "Shin splints"], HEALTH, closing, MENU)
    found = read_blocks(lines, [block_reading(t) for t in lines])
    outline = outline_lines(lines, found.scored)
    assert all(lines.index(line) in outline for line in closing)


def test_an_outline_of_tables_under_their_headings_is_the_articles() -> None:
    report = [
        "Key takeaways",
        "* Median sale price: $512,000 (+3.4% year over year)",
        "* Closed sales: 1,284 (-7.9%), the fewest since the spring of 2019",
        "Median sale price by town, single-family homes",
        "Town  Q3 2023  Q3 2024  Change",
        "Easton  $618,000  $655,500  +6.1%",
        "Marlow  $455,000  $461,000  +1.3%",
        "Condos vs. single-family",
        "Type  Median price  Closed sales",
        "Single-family  $548,000  912",
        "Condo/townhome  $389,000  372",
    ]
    lines = _blocks(MENU, ["Harbor County Housing Market Report"], report, MENU)
    found = read_blocks(lines, [block_reading(t) for t in lines])
    outline = outline_lines(lines, found.scored)
    assert all(lines.index(line) in outline for line in report)


WEEKS = [
    "Week 1 (1-7 March)",
    "* Cover prepared beds with fleece or cardboard to warm the soil",
    "* Chit early potatoes in egg boxes on a cool windowsill",
    "Week 2 (8-14 March)",
    "* Sow tomatoes, peppers and aubergines indoors, in a heated propagator",
    "* Top-dress pots with fresh compost",
]
SHOP = [
    "From the Almanac Shop",
    "Our peat-free seed compost is blended in small batches from composted bark, coir and loam, "
    "and every bag you buy helps fund our school garden grants.",
    "40 litre bag — £9.50",
    "Add to basket",
]
LATER = [
    "Week 3 (15-21 March)",
    "* Plant onion sets and shallots if the soil is workable",
    "* Sow broad beans and peas outdoors under cloches",
    "Week 4 (22-31 March)",
    "* Plant first early potatoes in milder areas",
    "* Sow hardy annuals direct: calendula, cornflower, nigella",
]
READERS = [
    "Questions from readers (3)",
    "Glen, Cumbria",
    "Is it too early to sow parsnips up here? Last year I sowed at the end of March and almost "
    "nothing came up, though my neighbour two doors down had a full row of them by May.",
    "Wendy replies: In the north I'd wait until mid-April. Parsnips germinate slowly in cold "
    "soil and often rot before they come up, so try a pinch of radish seed to mark the row.",
]


def test_a_shops_box_between_the_sections_of_an_outline_does_not_split_it() -> None:
    # Four weeks of jobs, a shop's box after the second: the body found is the readers'
    # questions (the most prose on the page); the outline, more words than they, stays.
    lines = _blocks(MENU, ["The Garden in March"], WEEKS, SHOP, LATER, READERS, MENU)
    amap = locate_article(lines)
    for line in [*WEEKS, *LATER]:
        assert amap.verdicts[lines.index(line)].confidence < REMOVE_AT, line
    found = read_blocks(lines, [block_reading(t) for t in lines])
    assert {lines.index(WEEKS[0]), lines.index(LATER[-1])} <= outline_lines(lines, found.scored)


def test_a_sidebar_outline_that_reaches_up_into_the_body_is_no_bigger_than_it() -> None:
    # Three boxes of headlines under the article: the outline's walk goes up over the body's
    # paragraphs, but only the words outside the body count against the body's.
    article = [INTRO.replace("e-reader", f"bus pass {n}") for n in range(4)]
    sidebar = []
    for heading in ("Related", "Most read", "Latest"):
        sidebar += [heading, *(f"* Council approves the harbour plan, part {n}" for n in range(3))]
    lines = _blocks(MENU, article, sidebar, MENU)
    amap = locate_article(lines)
    assert any(amap.verdicts[lines.index(line)].confidence >= REMOVE_AT for line in sidebar)


def test_a_ranking_the_body_holds_goes_on_after_a_box_below_it() -> None:
    # A product round-up as the second fix pass reads it (tests/data, from a whole page): the
    # body found ends at a newsletter's pitch left between the third entry and the fourth. The
    # entries the body holds say that the fourth and fifth are the article's too.
    lines = (DATA / "ranking_after_a_box.txt").read_text(encoding="utf-8").split("\n")
    amap = locate_article(lines)
    assert amap.end < lines.index("4. Kelvin & Rowe KR-Track Lite")
    entries = lines[lines.index("4. Kelvin & Rowe KR-Track Lite") : lines.index("6 to 8: the rest")]
    for line in filter(None, entries):
        assert amap.verdicts[lines.index(line)].confidence < REMOVE_AT, line
