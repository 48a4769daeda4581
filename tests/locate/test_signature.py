"""An official notice's signed close under its body (`locate.signature`): the place and day it
was signed over the signer's name and office, or a name marked as signed by hand or titled with
a degree over an office. What stands between the body and the signature is the notice's."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from scrapelint.locate.reading import block_reading, read_blocks
from scrapelint.locate.signature import _placed_date, signature_ranks
from tests.locate.test_article import MENU, RELATED

HEAD = ["Notice of road closure: Mill Lane and Orchard Row", "Published 3 March 2025"]
BODY = [
    "The council gives notice that Mill Lane and Orchard Row will be closed to all traffic from "
    "17 March to 18 April 2025 while the water main under both streets is replaced.",
    "Residents will keep access on foot at all times. Vehicles of the emergency services will be "
    "let through, and bins will be collected on the usual days from the corner of Station Road.",
    "A signed diversion will run along Station Road and Church Street for the whole of the works.",
]
CLOSE = [
    "Office hours",
    "Monday  8:00–12:00  13:00–16:00\nWednesday  8:00–12:00  13:00–17:30\nFriday  8:00–12:00",
    "Phone: 01632 555 014 · Email: roads@ashbyford.example",
    "Ashby Ford, 22 August 2025",
    "Dr Helen Carver s.k.",
    "clerk to the council",
]
FOOTER = ["Share  Facebook  X  Email", "\n".join(RELATED), "© 2025 Ashby Ford Town Council"]


def _page(*parts: list[str]) -> str:
    return "\n\n".join(block for part in parts for block in part) + "\n"


def _ranks(*blocks: str) -> set[int]:
    lines = list(blocks)
    found = read_blocks(lines, [block_reading(line) for line in lines])
    return signature_ranks(found.scored, lines)


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("Kővágóhegy, 2025. augusztus 22.", True),
        ("London, 12 March 2025", True),
        ("V Bělkovicích dne 3. 3. 2025", True),
        ("Paris, le 3 mars 2025", True),
        ("Polifoska 6  4120", False),  # a price list's row
        ("Cheese Scones in 30 Minutes", False),
        ("Updated 29 September 2025", False),  # a dateline names no place
        ("před 3 hodinami", False),  # a comment's age
    ],
)
def test_a_place_and_day_signed(text: str, placed: bool) -> None:
    assert _placed_date(text) is placed


def test_a_notices_signed_close_and_what_stands_over_it_are_kept() -> None:
    result = Linter().fix(_page(["\n".join(MENU)], HEAD, BODY, CLOSE, FOOTER))
    cleaned = result.text.splitlines()
    signed = CLOSE[3]  # near the top of a short notice, its date may go to the report instead
    moved = "".join(f.removed for f in result.findings if f.code == "MT001")
    for block in CLOSE:
        for line in block.splitlines():
            assert line in cleaned or (line == signed and signed in moved), line
    assert RELATED[1] not in cleaned


def test_the_signature_is_the_place_and_day_over_a_name_and_its_office() -> None:
    assert _ranks("Ashby Ford, 22 August 2025", "Helen Carver", "clerk to the council") == {0, 1, 2}
    assert _ranks("Ashby Ford, 22 August 2025", "Helen Carver s.k.") == {0, 1}
    # a teaser's label and date over the next teaser's headline
    assert _ranks("News Release, Feb 6, 2024", "Also of Interest", "the latest") == set()
    assert _ranks("Ashby Ford, 22 August 2025", "Helen Carver") == set()
    # a name titled with a degree signs only over its office
    assert _ranks("Thank you for your patience.", "Ing. Petr Dvořák", "vedoucí odboru") == {0, 1, 2}
    assert _ranks("Thank you for your patience.", "Ing. Petr Dvořák") == set()


def test_a_commenters_name_under_the_body_signs_nothing() -> None:
    assert _ranks("Comments (2)", "před 3 hodinami", "mirka_lhota", "Souhlasím s každým.") == set()
    assert _ranks("Comments (2)", "Jana Horáková", "před 3 hodinami") == set()
