"""The page's headline is the article's: read around the body as the metadata reads it, it is
kept where the locator's own title search (the headline-shaped line nearest the body) misses it.
"""

from __future__ import annotations

from scrapelint.engine.apply import fix, lint
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import line_rules
from scrapelint.engine.selection import select_rules
from scrapelint.engine.title_spared import sparing
from scrapelint.locate.article import locate_article, titled
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding, LineRemoval, Severity
from scrapelint.text.reasons import TITLE

RULES = select_rules(load_rules())

HEADLINE = "Volunteers clear four tonnes of plastic from the northern beaches"
BODY = [
    "Two hundred volunteers spent Saturday morning on the northern beaches, filling more than six "
    "hundred sacks with plastic, rope and broken crates washed in by the winter storms.",
    "The organisers said the haul of four tonnes was twice what they had collected last spring, "
    "and that most of it came from fishing gear lost far out at sea.",
    "Council workers carried the sacks to a sorting yard by the harbour, where students from the "
    "technical college will separate what can be recycled from what must be burned.",
    "The next clean-up is planned for the first weekend of June, when the group hopes to cover "
    "the southern coves as well.",
]
# Between the headline and the body: a standfirst, a byline, a date and five share buttons, more
# lines than the locator's own title search reaches.
HEAD = [
    "Skip to content",
    "Harbour Post",
    "* News\n* Sport\n* Business\n* Culture\n* Opinion",
    "Home / News / Environment",
    HEADLINE,
    "Two hundred people turned out on Saturday for the largest clean-up the coast has seen.",
    "By Mara Lindqvist",
    "12 March 2024",
    "Share",
    "Facebook",
    "WhatsApp",
    "Email",
    "Copy link",
]
TAIL = [
    "Most read",
    "* Ferry fares to rise in April\n* New bakery opens on Quay Street\n* Storm damages lifeboat "
    "station",
    "About us | Contact | Privacy | Terms",
]


def _page(*parts: list[str]) -> str:
    return "\n\n".join(block for part in parts for block in part) + "\n"


def _cleaned(text: str) -> list[str]:
    return [line for line in fix(Document.from_text(text), RULES).cleaned.texts if line]


def test_a_headline_far_over_the_body_is_kept() -> None:
    cleaned = _cleaned(_page(HEAD, BODY, TAIL))
    assert HEADLINE in cleaned
    assert cleaned.index(HEADLINE) < cleaned.index(BODY[0])
    for chrome in ("Skip to content", "Facebook", "Copy link", "Most read"):
        assert chrome not in cleaned
    assert all(paragraph in cleaned for paragraph in BODY)


def test_the_headline_stays_when_a_recipe_card_repeats_it() -> None:
    # The card's heading makes the headline a repeat: which copy goes is no evidence against it.
    card = [HEADLINE, "* 2 sacks\n* 1 pair of gloves\n* 1 litter picker", "Serves: the coast"]
    cleaned = _cleaned(_page(HEAD, BODY, card, TAIL))
    assert HEADLINE in cleaned
    assert cleaned.index(HEADLINE) < cleaned.index(BODY[0])


def test_titled_judges_the_headline_a_title_and_keeps_the_shape_pick() -> None:
    lines = _page(HEAD, BODY, TAIL).split("\n")
    found = locate_article(lines)
    headline = lines.index(HEADLINE)
    assert found.verdicts[headline].reason != TITLE  # the locator's search misses it
    picks = [i for i, v in enumerate(found.verdicts) if v.reason == TITLE]
    retitled = titled(found, headline, lines)
    assert retitled.verdicts[headline].reason == TITLE
    assert all(retitled.verdicts[i].reason == TITLE for i in picks)
    pairs = zip(found.verdicts, retitled.verdicts, strict=True)
    changed = [i for i, (a, b) in enumerate(pairs) if a != b]
    assert changed == [headline]
    assert titled(retitled, headline, lines) is retitled


def _finding(line: int, end_line: int, start: int, end: int, category: str) -> Finding:
    return Finding(
        "XX001", "rule", category, Severity.WARNING, line, end_line, "m", LineRemoval(start, end)
    )


def test_a_repeats_run_stops_at_the_headline() -> None:
    down = sparing(_finding(0, 14, 0, 15, "duplicate"), 13)  # over the page head, down to it
    assert (down.line, down.end_line, down.removal) == (0, 12, LineRemoval(0, 13))
    up = sparing(_finding(13, 20, 13, 21, "duplicate"), 13)  # from it, its run under it
    assert (up.line, up.end_line, up.removal) == (14, 20, LineRemoval(14, 21))
    own = sparing(_finding(13, 13, 13, 14, "duplicate"), 13)  # the headline itself, a repeat
    assert own.removal is None and own.held


def test_other_rules_and_other_lines_keep_their_removals() -> None:
    menu = _finding(0, 14, 0, 15, "navigation")  # its words say what the line is
    assert sparing(menu, 13) is menu
    beside = _finding(20, 22, 20, 23, "duplicate")
    assert sparing(beside, 13) is beside


COOKIE = (
    "We use cookies to improve your experience on our site, to show you personalised advertising "
    "and to analyse our traffic. By clicking Accept all you agree to our use of cookies as "
    "described in our Cookie Policy."
)


def test_a_kept_headline_weighs_nothing_against_the_rest_of_the_fix() -> None:
    # A one-sentence story under a long banner: the guard holds back the page head the locator
    # would take with most of the prose, and lets the banner go. A headline that no removal
    # would take is counted as kept, not as gone: the banner still goes.
    text = _page(
        [COOKIE], HEAD[:5], ["The next clean-up is planned for the first weekend of June."], TAIL
    )
    cleaned = _cleaned(text)
    assert COOKIE not in cleaned
    assert HEADLINE in cleaned
    assert "The next clean-up is planned for the first weekend of June." in cleaned


def test_lint_reads_the_headline_as_fix_does() -> None:
    text = _page(HEAD, BODY, TAIL)
    headline = text.split("\n").index(HEADLINE)
    findings = lint(Document.from_text(text), line_rules(RULES))
    taking = [f for f in findings if f.removal and f.removal.start <= headline < f.removal.end]
    assert not [f for f in taking if f.code.startswith("AR")]
