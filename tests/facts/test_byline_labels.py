"""Byline labels of the languages past the six of the vocabulary (`rules/_vocabulary`): the
name after one is read as the writer's. A bare "by" that is also a common word (Dutch "door",
Danish "af", Indonesian "oleh", a given name in Ukrainian) is a weak label: it opens a byline only
when names alone follow it, never makes a line no headline and is never cut off a name."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from scrapelint.facts.bylines import byline_at
from scrapelint.facts.headline_shape import is_headline_shaped


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Skrevet af Mette Hansen", "Mette Hansen"),  # Danish
        ("Geschreven door Pieter de Vries", "Pieter de Vries"),  # Dutch
        ("Skribent: Lars Eriksson", "Lars Eriksson"),  # Swedish
        ("Автор: Дмитрий Ковылин", "Дмитрий Ковылин"),
        ("Penulis: Siti Rahmawati", "Siti Rahmawati"),  # Indonesian, Malay
        ("Yazar: Ayşe Demir", "Ayşe Demir"),
        ("Kirjoittaja: Matti Virtanen", "Matti Virtanen"),
        ("Szerző: Kovács Anna", "Kovács Anna"),
        ("Piše: Ivana Horvat", "Ivana Horvat"),  # Croatian "writes"
        ("Teksti: Aino Hyvärinen", "Aino Hyvärinen"),  # Finnish "text", as magazines sign
        ("Tekst: Pieter de Vries", "Pieter de Vries"),
        ("Door: Jan de Vries", "Jan de Vries"),  # a weak label, with its colon
        ("Szöveg: Kovács Anna", "Kovács Anna"),
        ("Аутор: Милица Јовановић", "Милица Јовановић"),  # Serbian, in Cyrillic
        ("Autor: Milica Jovanović", "Milica Jovanović"),  # ... and in Latin script
        ("Avtor: Ana Novak", "Ana Novak"),  # Slovenian
        ("Autors: Līga Ozoliņa", "Līga Ozoliņa"),  # Latvian
        ("Autorius: Jonas Petraitis", "Jonas Petraitis"),  # Lithuanian
        ("Teksts: Līga Ozoliņa", "Līga Ozoliņa"),  # Latvian "text"
        ("Besedilo: Ana Novak", "Ana Novak"),  # Slovenian "text"
    ],
)
def test_a_labelled_byline_names_its_writer(line: str, name: str) -> None:
    byline = byline_at([line], 0, dated=False, near_meta=False)
    assert byline is not None and byline.names == (name,)


@pytest.mark.parametrize(
    "line",
    [
        # A label that is also a common word opens sentences and headlines: no label here.
        "Door de storm vallen bomen om in heel Nederland",  # Dutch "by" and "because of"
        "Av alle dager i året",
        "Oleh-oleh khas Bandung yang wajib dibeli",  # Indonesian "by", and "souvenirs"
        "Του Αγίου Δημητρίου: τι γιορτάζουμε σήμερα",  # Greek "of"
        "Tekst van het akkoord gepubliceerd",
        "Tekst Konstytucji RP",  # Polish "the text of", over proper nouns: no colon, no label
        "Szöveg Petőfi Sándor",
    ],
)
def test_a_headline_opening_with_a_common_word_stays_a_headline(line: str) -> None:
    assert is_headline_shaped(line)
    assert byline_at([line], 0, dated=False, near_meta=False) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Oleh Sentsov", "Oleh Sentsov"),  # a Ukrainian first name
        ("Por María del Carmen Pérez", "María del Carmen Pérez"),
        ("By Guillermo del Toro", "Guillermo del Toro"),
    ],
)
def test_a_name_holding_a_word_of_another_languages_vocabulary_is_read(
    line: str, name: str
) -> None:
    byline = byline_at([line], 0, dated=False, near_meta=False)
    assert byline is not None and byline.names == (name,)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Af Mette Kjærgaard", ("Mette Kjærgaard",)),  # Danish
        ("Door Jan de Vries en Piet Jansen", ("Jan de Vries", "Piet Jansen")),  # Dutch
        ("Av Erna Solberg", ("Erna Solberg",)),  # Norwegian, Swedish
        ("Oleh Siti Rahmawati", ("Siti Rahmawati",)),  # Indonesian
        ("Του Γιάννη Παπαδόπουλου", ("Γιάννη Παπαδόπουλου",)),  # Greek
        ("Розмовляла Ольга Марченко", ("Ольга Марченко",)),  # Ukrainian "talked": an interview
        ("Беседовал Иван Петров", ("Иван Петров",)),  # Russian
    ],
)
def test_a_weak_label_opens_a_byline_when_names_alone_follow(
    line: str, names: tuple[str, ...]
) -> None:
    byline = byline_at([line], 0, dated=False, near_meta=False)
    assert byline is not None and byline.names == names
    assert is_headline_shaped("Door de storm vallen bomen om")  # the weak label makes none


def test_a_weak_label_tells_where_the_headline_stands() -> None:
    # The headline and its deck, a photo's caption and credit, then the byline, the writer's
    # role and the dateline: the headline is over the byline, not the role next to the date.
    lines = [
        "Forside › Cloud › Driftsforstyrrelser",
        "",
        "Nedbrud hos Nordhost lagde over 3.000 danske webshops ned i syv timer",
        "En fejlbehæftet softwareopdatering i et datacenter i Taastrup ramte kunder over hele "
        "landet. Hostingfirmaet beklager og lover kompensation.",
        "",
        "Nordhosts datacenter i Taastrup huser servere for omkring 4.500 erhvervskunder.",
        "Foto: Lars Hedegaard",
        "",
        "Af Mette Kjærgaard",
        "Journalist, skriver om cloud og infrastruktur",
        "Tirsdag 13. maj 2025 kl. 08.14",
        "Opdateret kl. 11.52",
        "",
        "Mandag morgen kunne tusindvis af danskere ikke gennemføre køb hos deres foretrukne "
        "netbutikker. Årsagen var et omfattende nedbrud hos hostingvirksomheden Nordhost, der "
        "driver servere for omkring 4.500 erhvervskunder.",
        "Ifølge virksomheden selv var mere end 3.000 webshops helt eller delvist utilgængelige "
        "fra kl. 06.40 til kl. 13.45.",
    ]
    found = Linter().fix("\n".join(lines) + "\n")
    assert found.authors == ("Mette Kjærgaard",)
    assert found.title == lines[2]
