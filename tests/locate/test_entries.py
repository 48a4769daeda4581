"""A ranking of entries is the article's wherever the body was found (`locate.entries`)."""

from __future__ import annotations

from scrapelint.locate.article import locate_article
from scrapelint.locate.entries import entry_lines
from scrapelint.locate.numbered import numbered_runs
from scrapelint.locate.reading import block_reading, read_blocks
from scrapelint.text.confidence import REMOVE_AT
from tests.locate.test_article import MENU

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
