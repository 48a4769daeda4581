"""A personal site's owner as the writer: a name alone heads the page, the article says "I"."""

from __future__ import annotations

from scrapelint.facts.personal_site import personal_site

ESSAY = (
    "I spent the weekend wiring my old server into the rack, and I learned more than I expected "
    "about power supplies, fans and my own patience with firmware that never says what it wants."
)
BUSINESS = (
    "We help couples plan their wedding day. Our planners compare caterers, venues and florists, "
    "and our team keeps every booking on one sheet that the whole family can read and change."
)


def page(first: str, body: str) -> tuple[list[str], tuple[int, int]]:
    lines = [first, "", "Home Blog", "", "Wiring a home server", "", body, "", body, ""]
    return lines, (6, 9)


def test_the_owner_of_a_site_whose_article_speaks_in_the_first_person() -> None:
    lines, body = page("Owain Brennan", ESSAY)
    found = personal_site(lines, 0, body)
    assert found is not None
    assert found.names == ("Owain Brennan",)


def test_no_owner_when_the_article_speaks_as_we() -> None:
    lines, body = page("Happily Connected", BUSINESS)
    assert personal_site(lines, 0, body) is None


def test_no_owner_when_the_first_line_is_no_name() -> None:
    assert personal_site(page("Home Blog Contact", ESSAY)[0], 0, (6, 9)) is None
    # A name glued to the menu after it is not the name.
    glued = "Sam Bossleythoughtsstreamsportfoliomiscrecs"
    assert personal_site(page(glued, ESSAY)[0], 0, (6, 9)) is None
    # A name of words the page prints in lowercase is a business's.
    lines, body = page("Lifetime Teeth Whitening", ESSAY + " My teeth ached.")
    assert personal_site(lines, 0, body) is None


def test_the_copyright_holder_whose_name_opens_the_first_line_glued_to_the_menu() -> None:
    glued = "Sam Bossleythoughtsstreamsportfoliomiscrecs"
    lines, body = page(glued, ESSAY)
    signed = [*lines, "Copyright Sam Bossley 2012-2025. CC BY-NC 4.0."]
    found = personal_site(signed, 0, body)
    assert found is not None
    assert found.names == ("Sam Bossley",)
    # Another holder, or a business's article: none.
    other = [*lines, "© 2025 Jane Doe. All rights reserved."]
    assert personal_site(other, 0, body) is None
    business = [*page(glued, BUSINESS)[0], "Copyright Sam Bossley 2012-2025."]
    assert personal_site(business, 0, body) is None
