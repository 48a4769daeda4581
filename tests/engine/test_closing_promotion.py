"""The page's own promotion goes by its wording (PR014 buttons, PR016 the site's social accounts,
SB008 pointers, CM012 and CM013 about the comments, NV006 the render stamp); articles that speak
of the same things in sentences of their own stay, with every shipped rule, both as trafilatura
writes text (no blank lines) and as page text (a blank line between blocks)."""

from __future__ import annotations

import time

import pytest

from scrapelint.engine.apply import fix
from scrapelint.text.document import Document
from tests.engine.closing_article import ARTICLE, RULES

# Sentences of stories that speak of trials, sign-ups, links and followers.
STORIES = [
    [
        "The company offers a 30-day free trial, and no credit card is required to sign up, a "
        "spokeswoman said on Monday.",
        "Critics say the free trial ends with a charge that many users forget about, and the "
        "regulator has opened an inquiry into how the company renews accounts.",
        "Try it free for a month, the company says, and cancel at any time.",
    ],
    [
        "The reviewer spent two weeks with the camera and liked its grip and its battery.",
        "Learn more about the lens range before you buy: only three lenses are made for it so far.",
        "Readers who want to learn more about the sensor can read the maker's own paper.",
    ],
    [
        "Join us on the trail this weekend for a guided walk through the old forest, the rangers "
        "wrote in a letter to residents.",
        "Follow NBC Latino on Facebook, Twitter and Instagram.",
        "She joined the Facebook group in May and posted every day, her sister said.",
    ],
    [
        "A pingback is the notice one blog sends another when it links to one of its posts.",
        "Comments on Facebook were mostly kind, the author said.",
        "The report was generated on Tuesday, December 16, 2025, at 7:21 GMT.",
    ],
    [
        "→ The bottom line: HR teams need strong skills to adopt AI at scale.",
        "Shop now, pay later schemes have tripled in two years, the central bank said.",
        "- Sign up for a free account on the provider's website.",
        "- Book a free consultation with the clinic before the first visit.",
    ],
]

PROMOTION = [
    "Sign Up for Free and Start Shopping",
    "Free 14-day trial. No credit card required.",
    "Want to see how it works? Learn more here.",
    "👉 Learn more about AI in dentistry from Overjet.",
    "Follow me on instagram: @talkinghomerenovations",
    "Comment via: facebook, substack",
    "Pingback: Babbel Review: In-Depth Insights After 6 Tests Since 2012",
    "Rendered: Tue Dec 16 2025 07:21:59 GMT+0000 (Coordinated Universal Time)",
]


def kept(lines: list[str], separator: str) -> list[str]:
    text = separator.join(lines) + "\n"
    return [line for line in fix(Document.from_text(text), RULES).cleaned.texts if line]


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["extracted", "page"])
@pytest.mark.parametrize("story", STORIES, ids=range(len(STORIES)))
def test_stories_about_offers_and_links_stay(story: list[str], separator: str) -> None:
    lines = [*ARTICLE, *story]
    assert kept(lines, separator) == lines


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["extracted", "page"])
def test_the_pages_own_promotion_goes(separator: str) -> None:
    assert kept([*ARTICLE, *PROMOTION], separator) == ARTICLE


def test_a_long_line_of_punctuation_is_read_in_linear_time() -> None:
    """A line of a few words behind 100,000 punctuation marks passes every shipped rule in well
    under a second: PR014 once retried its line-wide alternatives at each mark (minutes)."""
    line = "? " * 50_000 + "free trial"
    start = time.perf_counter()
    kept([*ARTICLE, line], "\n")
    assert time.perf_counter() - start < 5.0
