"""The metadata is not read on the comment section the fix took: a commenter's header ("Sandeep
K. | 29 Jan 2025") is neither the article's byline nor its date."""

from __future__ import annotations

from scrapelint.api import Linter

STORY = (
    "Sahyadri Agro's third-quarter profit rose 18 per cent on higher export volumes, the company"
    " said on Tuesday.\n\n"
    "Revenue from operations grew to 412 crore rupees, helped by a second export line that opened"
    " in September.\n\n"
    "The board declared an interim dividend of 4 rupees a share, with a record date of 7"
    " February.\n\n"
)
THREAD = (
    "Comments (2)\n"
    "Sandeep K. | 29 Jan 2025\n"
    "Holding since 380 rupees. Management has delivered every single quarter, no drama at all.\n"
    "Meera_investor | 29 Jan 2025\n"
    "Everyone is celebrating but look at the receivables, up almost 30 per cent in a year.\n"
)


def test_a_commenter_is_no_author_and_a_comment_s_date_no_publication_date() -> None:
    result = Linter().fix(STORY + THREAD)
    assert result.text == STORY.rstrip("\n") + "\n"  # the thread went
    assert result.authors == ()
    assert result.date is None


def test_a_byline_above_the_story_is_still_read() -> None:
    result = Linter().fix("By Ritika Deshmane\n\n" + STORY + THREAD)
    assert result.authors == ("Ritika Deshmane",)
