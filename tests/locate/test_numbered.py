"""Numbered headings (`locate.numbered`): the items of one sequence, numbered in order, in the
words a guide, an itinerary or a how-to writes them with."""

from __future__ import annotations

import pytest

from scrapelint.locate.numbered import numbered_headings

SEQUENCES = {
    "en": ["Day 1: Arrive in Castelmar", "Day 2: Old town and market", "Day 3: Ferry to Isola"],
    "ro": ["Pasul 1. Obține certificatul", "Pasul 2. Strânge documentele", "Pasul 3. Depune"],
    "de": ["Schritt 1: Wasser abstellen", "Schritt 2: Siphon lösen", "Schritt 3: Dichtung prüfen"],
    "es": ["Paso 1: Corta la verdura", "Paso 2: Sofríe la cebolla", "Paso 3: Añade el tomate"],
}


@pytest.mark.parametrize("language", sorted(SEQUENCES))
def test_a_sequence_of_days_or_steps_is_numbered(language: str) -> None:
    texts = ["Here is how we would spend it.", *SEQUENCES[language], "Have a good trip."]
    assert numbered_headings(texts) == {1, 2, 3}


def test_days_out_of_order_or_a_lone_one_are_no_sequence() -> None:
    assert numbered_headings(["Day 3: Ferry", "Day 1: Arrive", "Day 7: Leave"]) == set()
    assert numbered_headings(["Day 1: Arrive in Castelmar"]) == set()


def test_a_rating_or_a_time_between_two_days_does_not_cut_the_sequence() -> None:
    days = [f"Day {n}: Stop number {n}" for n in range(1, 8)]
    texts = [*days[:5], "★ 4.8 (1,204 reviews) · From €69", "10:30 departure", *days[5:]]
    assert numbered_headings(texts) == {0, 1, 2, 3, 4, 7, 8}


def test_a_decimal_or_a_clock_time_numbers_nothing() -> None:
    assert numbered_headings(["1.5 million", "2.5 million", "3.5 million"]) == set()
    assert numbered_headings(["1:30 Kick-off", "2:15 Half time", "3:05 Full time"]) == set()


def test_a_second_list_starts_again_at_one() -> None:
    texts = ["1. Flour", "2. Butter", "3. Sugar", "1. Mix", "2. Bake", "3. Cool", "4. Serve"]
    assert numbered_headings(texts) == set(range(7))
