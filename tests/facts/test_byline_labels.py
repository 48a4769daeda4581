"""Byline labels of the languages past the six of the vocabulary (`rules/_vocabulary`): the
name after one is read as the writer's. A bare "by" that is also a common word (Dutch "door",
Danish "af", Indonesian "oleh", a given name in Ukrainian) is no label: it would take headlines
for bylines and cut names."""

from __future__ import annotations

import pytest

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
