"""A letter's salutation over the body and its valediction under it (`locate.letter`): a
parish's notes or a school's bulletin open with "Dear families," and close with "Have a lovely
weekend," over a name; the short lines between them and the body are the letter's."""

from __future__ import annotations

from scrapelint.api import Linter
from scrapelint.locate.letter import is_salutation
from tests.labelled_pages import SETS, kept_lines, read_pages
from tests.locate.test_article import MENU, RELATED

HEAD = ["Friday Bulletin – 7 March", "Posted on 07/03/2025", "by Mrs A. Pellow, Headteacher"]
OPENING = [
    "Dear families,",
    "What a week!",
    "World Book Day was a triumph – thank you for the costumes.",
    "We counted nine dragons, six pirates and one very convincing lighthouse.",
]
BODY = [
    "Year 5 visit to Harwell Mill",
    "Year 5 spent Tuesday at Harwell Mill as part of their topic on food and farming. The miller "
    "tells me the highlight was the water wheel, followed closely by the flour shop. A huge thank "
    "you to the four parent helpers who came along.",
    "Attendance",
    "Class  This week\nWrens  96.1%\nRobins  97.4%\nOwls  94.8%\nFinches  98.9%\nSwifts  95.2%",
    "Well done, Finches – you win the attendance cup and an extra ten minutes of play!",
    "Download this newsletter as a PDF (380 KB)",
    "Parking",
    "A reminder that the staff car park is not a drop-off point.",
    "Please use the church car park on Station Road.",
]
DIARY = [
    "Dates for your diary",
    "* Tue 11 March – Year 6 cycling course starts\n* Thu 13 March – Parents' evening\n"
    "* Fri 21 March – Non-uniform day, £1 donation\n"
    "* Wed 26 March – Spring concert, 2pm and 6pm\n* Fri 4 April – Term ends at 1.30pm",
]
CLOSING = ["Have a lovely weekend,", "Mrs Pellow"]
SIDEBAR = [
    "Share  Facebook  X  Email",
    "« Friday Bulletin – 28 February    Friday Bulletin – 14 March »",
    "Latest news",
    "Stay and play sessions",
    "Our youngest classes would love you to join them for a morning in the garden. Sessions "
    "run every Wednesday after half term from nine until ten.",
    "\n".join(RELATED),
]


def _page(*parts: list[str]) -> str:
    """The page's blocks, a blank line between them; a table's rows and a list's items are one
    block each."""
    return "\n\n".join(block for part in parts for block in part) + "\n"


def _cleaned(text: str) -> list[str]:
    return Linter().fix(text).text.splitlines()


def test_a_salutation_alone_on_its_line_opens_a_letter() -> None:
    for text in ("Dear friends,", "Queridos vecinos:", "Tisztelt Adózók!", "Sehr geehrte Damen,"):
        assert is_salutation(text), text
    assert not is_salutation("Dear Abby: my sister wants me to co-sign her mortgage and I")
    assert not is_salutation("Beste råd du har fått?")  # "best", no salutation: a question
    assert not is_salutation("Dear")
    assert not is_salutation("Liebe geht durch den Magen!")  # a headline: "love", hailed long
    assert not is_salutation("Dear reader,")  # a site's plea, over its box
    assert not is_salutation("Dear Santa, please bring snow!")


def test_a_parish_letter_opening_over_its_timetable_is_kept() -> None:
    """Round 26's parish sheet: "Queridos vecinos:", a sentence, "Un abrazo," and the priest's
    name, then the timetable the body search starts at: the letter's lines stay."""
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "pmix_257_full")
    lines = page.text.split("\n")
    kept = kept_lines(page, Linter().fix(page.text).text)
    start = lines.index("Queridos vecinos:")
    for index in range(start, lines.index("D. Ramiro Esteban, párroco") + 1):
        assert kept[index] or page.tags[index] != "B", lines[index]


def test_a_letters_opening_and_closing_around_the_body_are_kept() -> None:
    cleaned = _cleaned(_page(["\n".join(MENU)], HEAD, OPENING, BODY, DIARY, CLOSING, SIDEBAR))
    for block in [*OPENING, *DIARY, *CLOSING, *BODY]:
        for line in block.splitlines():
            assert line in cleaned, line
    assert "Latest news" not in cleaned and MENU[1] not in cleaned


def test_a_valediction_without_a_salutation_is_no_letters_close() -> None:
    """Without a salutation above, a short line closed by a comma over a name below the body is
    not looked for: the list of dates and the two lines after the body stay outside it."""
    page = _page(["\n".join(MENU)], HEAD, OPENING[1:], BODY, DIARY, CLOSING, SIDEBAR)
    cleaned = _cleaned(page)
    assert CLOSING[0] not in cleaned and "* Fri 4 April – Term ends at 1.30pm" not in cleaned


def test_an_appeals_close_right_under_the_body_keeps_its_signers_role_and_postscript() -> None:
    """A charity's appeal signs off under its last paragraph, no salutation over it: the
    valediction, the signer, the signer's office and a postscript are the letter's; the
    donation box under them is not."""
    close = [
        "With gratitude,",
        "Theodora Blake",
        "Executive Director, Brightwater Trust",
        "P.S. Monthly gifts help us plan repairs years ahead. If you can, please give monthly.",
    ]
    box = ["DOUBLE YOUR IMPACT", "Donate now", "Other ways to give", "Give in memory of a friend"]
    cleaned = _cleaned(_page(["\n".join(MENU)], HEAD, OPENING[1:], BODY, close, box, SIDEBAR))
    for line in close:
        assert line in cleaned, line
    assert "Donate now" not in cleaned and "Latest news" not in cleaned


def test_a_button_or_a_shouted_label_under_a_signature_is_no_role() -> None:
    close = ["Have a restful half term,", "Mrs J. Adeyemi-Ross"]
    for button in ("Download this newsletter (PDF, 1.2 MB)", "PRE-ORDER NOW"):
        page = _page(["\n".join(MENU)], HEAD, OPENING, BODY, close, [button], SIDEBAR)
        assert button not in _cleaned(page), button
