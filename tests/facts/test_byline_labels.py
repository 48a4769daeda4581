"""Byline labels of the languages past the six of the vocabulary (`rules/_vocabulary`): the
name after one is read as the writer's, and a sentence opening with the same word is not."""

from __future__ import annotations

import pytest

from scrapelint.facts.bylines import byline_at


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Af Mette Hansen", "Mette Hansen"),  # Danish
        ("Door Pieter de Vries", "Pieter de Vries"),  # Dutch
        ("Av Lars Eriksson", "Lars Eriksson"),  # Swedish, Norwegian
        ("Автор: Дмитрий Ковылин", "Дмитрий Ковылин"),
        ("Oleh Siti Rahmawati", "Siti Rahmawati"),  # Indonesian, Malay
        ("Yazar: Ayşe Demir", "Ayşe Demir"),
        ("Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου"),  # Greek: "of", the genitive
        ("Teksti: Matti Virtanen", "Matti Virtanen"),
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
        "Door de regen bleef het stil",  # "because of the rain"
        "Af og til regner det",  # "now and then"
        "Av alle dager",
        "Oleh karena itu, harga naik",  # "therefore"
        "Του χρόνου θα είμαστε εδώ",
    ],
)
def test_a_sentence_opening_with_the_label_word_is_no_byline(line: str) -> None:
    assert byline_at([line], 0, dated=False, near_meta=False) is None


@pytest.mark.parametrize(
    "line", ["By Priya Ramsden, Research Communications", "By Priya Ramsden, Press Office"]
)
def test_an_office_after_the_name_is_the_writers_role(line: str) -> None:
    byline = byline_at([line], 0, dated=False, near_meta=False)
    assert byline is not None and byline.names == ("Priya Ramsden",)
