"""What others say after the article: readers' replies with no heading (CM011) and the writer's
biography in the text's last lines (PR012). Each goes only with the evidence that it closes the
text; the same words inside the story stay."""

from __future__ import annotations

from tests.engine.closing_article import ARTICLE, CLOSING, fixed

REPLIES = [
    "I take the night bus every Saturday and it is always full.",
    "Thanks for sharing, I had no idea the routes would reach the hospital.",
    "Hi Maria,",
    "The night buses will run until two, the council said on its website.",
]
MORE = [
    "Drivers' unions said they would need forty more drivers to run the new routes at night.",
    "The council said it would start hiring in March and train the new drivers over the summer.",
    "Bus passes for students will cost the same as before, and pensioners will still ride free.",
]
BIO = [
    "Jane Roe is the founder of Roe Transit, a consultancy that plans bus networks for towns, and "
    "has advised councils in England and Scotland on their routes for twenty years.",
    "She lives in Leeds and rides the number 4 to work every day.",
]


def test_replies_go_from_the_first_of_two_reader_openers() -> None:
    assert fixed([*ARTICLE, *REPLIES]) == [*ARTICLE, REPLIES[0]]


def test_one_reader_opener_is_a_quotation_and_stays() -> None:
    lines = [*ARTICLE, REPLIES[1], CLOSING]
    assert fixed(lines) == lines


def test_replies_before_the_article_opens_nothing() -> None:
    lines = [REPLIES[1], "Great post, thank you.", *ARTICLE]
    assert fixed(lines) == lines


def test_a_biography_in_the_last_lines_goes_with_the_rest() -> None:
    assert fixed([*ARTICLE, CLOSING, *BIO]) == [*ARTICLE, CLOSING]


def test_a_person_introduced_inside_the_story_stays() -> None:
    # Five lines of the story follow her: she is in it, not its writer.
    lines = [ARTICLE[0], BIO[0], *ARTICLE[1:], CLOSING, *MORE]
    assert fixed(lines) == lines


def test_an_interview_that_thanks_its_guest_stays() -> None:
    # A question answered with praise, and the closing thanks: one opener, not a thread.
    lines = [
        *ARTICLE,
        "Q: Will the night buses run on Sundays as well as on Saturdays, as residents asked?",
        "Great question. The council will decide that in May, once it has the first figures.",
        "Thank you, Maria.",
        "Thanks for having me, and thanks to everyone who came to the meeting on Tuesday.",
    ]
    assert fixed(lines) == lines


def test_a_person_of_the_story_named_by_the_surname_stays() -> None:
    lines = [*ARTICLE, "Roe is the director of the transport fund, which pays for the new routes."]
    assert fixed(lines) == lines


def test_a_biography_with_the_story_going_on_after_it_stays() -> None:
    lines = [*ARTICLE, BIO[0], CLOSING]
    assert fixed(lines) == lines


def test_two_biographies_are_a_list_of_people_and_stay() -> None:
    other = "Mary Major is the head of the transit union, which asked for night buses for years."
    lines = [*ARTICLE, other, BIO[0]]
    assert fixed(lines) == lines


def test_a_story_closing_on_one_sentence_about_someone_keeps_it() -> None:
    last = "Jane Roe is the owner of the depot, which her grandfather opened in 1958."
    lines = [*ARTICLE, CLOSING, last]
    assert fixed(lines) == lines
