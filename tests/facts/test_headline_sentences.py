"""A headline of two short sentences ("Bridge closed for three months. Drivers take the long
way"), as Central European news prints them, is a headline; a prompt, a caption and its credit, a
line of dialogue or a link's call to action is not, whatever sentences it holds."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from scrapelint.facts.headline_shape import is_headline_shaped


@pytest.mark.parametrize(
    "line",
    [
        "Vysočina šetří vodou už v dubnu. Vodárny zakazují zalévání zahrad a napouštění bazénů",
        "Podul peste Râul Mare se închide patru luni. Traficul greu, deviat prin Vadu Nou",
        "Most na Sokołówce zamknięty do końca października. Jest objazd",
        "Brackenfield council's four-day week worked. So why is everyone pretending it didn't?",
    ],
)
def test_a_headline_of_two_short_sentences_is_a_headline(line: str) -> None:
    assert is_headline_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "Never miss a post. Get our newsletter",
        "Ledgerline Pro: real-time data and analysis. Try it free for 30 days",  # a button's word
        "New album SALT ON THE LINTEL out 24 October. Pre-order now",
        "Councillors debated the budget on Wednesday. Photo: Dan Whitlock",  # caption, credit
        "Fly further for less. Harlan Point from £39 with Aerolina. Book now",  # three sentences
        "Mitarbeiter: Im Moment nicht. Gute Reise!",  # a line of dialogue
        "Mitarbeiter: „Im Moment nicht. Gute Reise!“",  # ... quoted
        "Subscribe for full access. Cancel anytime",  # a button's word opening the line
        "Councillors debated the budget on Wednesday.\xa0Photo: Dan Whitlock",  # no-break space
        "The storage bill went up by about $310 a month for the team. The runner savings were "
        "bigger than that by far, said the lead",  # prose: too many words for a headline
    ],
)
def test_sentences_with_a_prompt_a_credit_or_prose_are_no_headline(line: str) -> None:
    assert not is_headline_shaped(line)


def test_a_line_closing_with_an_arrow_is_a_call_to_action() -> None:
    assert not is_headline_shaped("Join 120,000 readers getting our free weekly money tips →")
    assert not is_headline_shaped("See all savings accounts ▸")
    assert not is_headline_shaped("See all deals ▶\ufe0f")  # an emoji arrow
    assert is_headline_shaped("Join the readers getting our free weekly money tips")


BODY = (
    "Po nejsušší zimě za posledních třicet let sahají vodárny na Vysočině k omezením, která "
    "obvykle přicházejí až v létě. Od pondělí platí ve čtyřiadvaceti obcích zákaz zalévání.\n\n"
    "Vodárny podle mluvčího sledují hladiny vrtů každý den a další omezení nevylučují, pokud "
    "do konce dubna nezaprší. Obce mají připravené cisterny pro nejpostiženější místní části.\n\n"
    "Zákaz se týká zalévání zahrad, mytí aut a napouštění bazénů z veřejného vodovodu. Za jeho "
    "porušení hrozí pokuta až dvacet tisíc korun, upozornila krajská hygienická stanice.\n"
)


def test_a_two_sentence_headline_over_its_dateline_is_the_page_s_title() -> None:
    headline = "Vysočina šetří vodou už v dubnu. Vodárny zakazují zalévání zahrad"
    page = (
        "Přihlásit\nPředplatné od 49 Kč\nHledat\n\nZprávy\nDomácí\nZahraniční\nEkonomika\n"
        f"Kraje\nSport\n\nZprávy / Domácí / Kraj Vysočina\n\n{headline}\n"
        "1. dubna 2025 6:00, aktualizováno 9:42\nPetra Vlčková, Jihlava\n\n" + BODY
    )
    result = Linter().fix(page)
    assert result.title == headline
    assert headline in result.text.split("\n")


def test_a_call_to_action_over_the_headline_is_not_the_title() -> None:
    headline = "Easy-access vs notice vs fixed-rate savings: which account should you choose?"
    page = (
        "Banking\nSavings\nMortgages\nCredit cards\nInsurance\nInvesting\n\n"
        "Join 120,000 readers getting our free weekly money tips →\n\n"
        f"Home » Savings » Guides\n\n{headline}\n\nWritten by Daniel Okonjo-Reeve\n"
        "Updated 2 May 2025\n\n"
        "If you've got money sitting in a current account earning next to nothing, moving it into "
        "a savings account is one of the simplest wins in personal finance.\n\n"
        "There are three main options, and the trade-off is always the same: the longer you lock "
        "your money away, the higher the rate you'll usually get from a bank.\n\n"
        "Easy-access accounts let you withdraw at any time, usually instantly, which makes them "
        "the right home for an emergency fund that you may need tomorrow.\n"
    )
    assert Linter().fix(page).title == headline
