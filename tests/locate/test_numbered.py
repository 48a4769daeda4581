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
