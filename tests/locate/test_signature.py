"""An official notice's signed close under its body (`locate.signature`): a name marked as
signed by hand, or titled with a degree over its office. What stands between the body and the
signature is the notice's."""

from __future__ import annotations

from scrapelint.api import Linter
from scrapelint.locate.reading import block_reading, read_blocks
from scrapelint.locate.signature import signature_ranks
from tests.locate.test_article import MENU, RELATED

HEAD = ["Notice of road closure: Mill Lane and Orchard Row", "Published 3 March 2025"]
BODY = [
    "The council gives notice that Mill Lane and Orchard Row will be closed to all traffic from "
    "17 March to 18 April 2025 while the water main under both streets is replaced.",
    "Residents will keep access on foot at all times. Vehicles of the emergency services will be "
    "let through, and bins will be collected on the usual days from the corner of Station Road.",
    "A signed diversion will run along Station Road and Church Street for the whole of the works.",
    "The council apologises for the disruption and thanks residents for their patience while the "
    "old cast-iron main, laid in 1931, is taken out and replaced with a plastic one.",
]
CLOSE = [
    "Contacts",
    "Site manager: Martin Kubíček, tel. 731 000 000",
    "Roads department: Lenka Hájková, tel. 566 000 000",
    "Thank you for your understanding.",
    "Ing. Petr Dvořák",
    "head of the roads department",
]
FOOTER = ["Share  Facebook  X  Email", "\n".join(RELATED), "© 2025 Ashby Ford Town Council"]


def _page(*parts: list[str]) -> str:
    return "\n\n".join(block for part in parts for block in part) + "\n"


def _ranks(*blocks: str) -> set[int]:
    lines = list(blocks)
    found = read_blocks(lines, [block_reading(line) for line in lines])
    return signature_ranks(found.scored, lines)


def test_a_notices_signed_close_and_what_stands_over_it_are_kept() -> None:
    cleaned = Linter().fix(_page(["\n".join(MENU)], HEAD, BODY, CLOSE, FOOTER)).text.splitlines()
    for line in CLOSE:
        assert line in cleaned, line
    assert RELATED[1] not in cleaned and FOOTER[0] not in cleaned


def test_a_name_signed_by_hand_signs_with_or_without_an_office() -> None:
    assert _ranks("Kővágóhegy, 2025. augusztus 22.", "dr. Fenyvesi Katalin s.k.", "jegyző") == {
        0,
        1,
        2,
    }
    assert _ranks("Thank you.", "Fenyvesi Katalin s.k.") == {0, 1}
    assert _ranks("Thank you.", "Jan van der Berg v.r.") == {0, 1}  # a particle needs no capital
    assert _ranks("Thank you.", "John Smith M.P.") == set()  # a member of parliament


def test_a_name_titled_with_a_degree_signs_only_over_its_office() -> None:
    assert _ranks("Thank you for your patience.", "Ing. Petr Dvořák", "vedoucí odboru") == {0, 1, 2}
    assert _ranks("Thank you for your patience.", "Ing. Petr Dvořák") == set()
    assert _ranks("Thank you.", "Petr Dvořák", "vedoucí odboru") == set()  # no degree, no mark
    assert _ranks("Thank you.", "Prof. Jane Doe", "is a columnist") == set()  # an English title


def test_an_office_is_a_few_plain_words_in_lower_case() -> None:
    assert _ranks("Comments (2)", "Ing. Jana Horáková", "před 3 hodinami") == set()  # a time
    assert _ranks("Comments (2)", "Ing. Jana Horáková", "Totally agree with this") == set()
    assert _ranks("Comments (2)", "Ing. Jana Horáková", "souhlasím s každým slovem.") == set()


def test_a_name_is_capitalised_words_without_a_figure() -> None:
    assert _ranks("Thank you.", "Ing. Also of Interest", "the latest news") == set()
    assert _ranks("Thank you.", "Ing. Petr Dvořák 2", "vedoucí odboru") == set()
