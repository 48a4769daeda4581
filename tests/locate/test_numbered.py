"""Numbered headings (`locate.numbered`): the items of one sequence, numbered in order, in the
words a guide, an itinerary or a how-to writes them with."""

from __future__ import annotations

import re

import pytest

from scrapelint.api import Linter
from scrapelint.locate.article import locate_article
from scrapelint.locate.numbered import numbered_headings, numbered_runs, resumed_heading
from tests.labelled_pages import SETS, kept_lines, read_pages

STEP = re.compile(r"[1-6]\. ")
SEQUENCES = {
    "en": ["Day 1: Arrive in Castelmar", "Day 2: Old town and market", "Day 3: Ferry to Isola"],
    "ro": ["Pasul 1. Obține certificatul", "Pasul 2. Strânge documentele", "Pasul 3. Depune"],
    "de": ["Schritt 1: Wasser abstellen", "Schritt 2: Siphon lösen", "Schritt 3: Dichtung prüfen"],
    "es": ["Paso 1: Corta la verdura", "Paso 2: Sofríe la cebolla", "Paso 3: Añade el tomate"],
    "uk": ["Крок 1. Огляньте генератор", "Крок 2. Замініть оливу", "Крок 3. Перевірте свічку"],
    "sv": ["Steg 1: Töm frysen", "Steg 2: Stäng av strömmen", "Steg 3: Torka ur"],
    "fi": ["Vaihe 1: Pura laite", "Vaihe 2: Pese osat", "Vaihe 3: Kokoa"],
    "id": ["Langkah 1: Siapkan bahan", "Langkah 2: Aduk adonan", "Langkah 3: Panggang"],
    "da": ["Trin 1: Find pladsen", "Trin 2: Sav brædderne til", "Trin 3: Skru rammen sammen"],
    "no": ["Trinn 1: Tøm fryseren", "Trinn 2: Slå av strømmen", "Trinn 3: Tørk av"],
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


def test_a_round_ups_first_product_cut_off_by_its_buttons_opens_the_body() -> None:
    menu = ["Home", "Kitchen", "Buying guides", "Deals", "Newsletter", "About us"]
    head = [
        "Home » Kitchen » Buying guides", "The best air fryers of 2025: we tested them all",
        "By Chiara Benedetti", "Updated 3 February 2025", "* Share on Facebook", "* Copy link",
        "In short: our ranking", "Model  Capacity  Power  Price",
        "Crispy Duo  9 l  2400 W  149.90 €", "AirChef 5.5  5.5 l  1700 W  89.99 €",
        "FryPro Vision  6 l  1800 W  119.00 €", "Advertisement",
    ]  # fmt: skip
    reviews = [
        "Two independent baskets, and you notice: main course and side ready at the same time.",
        "Quiet, cooks evenly and costs less than 90 euros. For two people it is all you need, "
        "and the basket is easy to clean after every use.",
        "It has a window in the drawer: no more opening it to check the chips. The window fogs "
        "up with fatty food, though, and the timer is loud.",
        "The smallest of the test, for a single person or a student room. It heats up in two "
        "minutes and fits in a cupboard.",
    ]
    buttons = ["Pros:", "* Two baskets", "* Dishwasher safe", "Cons:", "* Bulky"]
    buttons += ["Price: 149.90 €", "See the offer at Bazaarly", "See the offer at MediaPoint"]
    products = []
    for n, review in enumerate(reviews, 1):
        products += [f"{n}. Model {n}: the best of its kind", review, *buttons]
    lines = [part for line in [*menu, *head, *products, *menu] for part in (line, "")]
    # The first product's review, under its heading and over its shop buttons, earns less than
    # those cost: the body found opens at the second review, and reaches back to the first.
    assert locate_article(lines).start == lines.index("1. Model 1: the best of its kind")


def test_a_sequence_resumed_after_a_line_is_found_from_it() -> None:
    texts = ["Step 1: Cut", "Step 2: Glue", "Related articles", "Step 3: Paint", "Step 4: Dry"]
    assert resumed_heading(numbered_runs(texts), 2) == 3
    assert resumed_heading(numbered_runs(texts[:3]), 2) is None  # the sequence ends above it
    assert resumed_heading(numbered_runs(["Related", *texts[:3]]), 0) is None  # ...or below


def test_a_how_tos_numbered_sentences_after_the_page_head_are_the_article() -> None:
    # A vet's how-to: its list of tools and its steps stand between the byline's date ("Bijgewerkt
    # op 14 april 2025 · 4 minuten lezen", unread as one) and the body found after a box: with the
    # date read, they are the article's box under its byline (`kinds.head_box`), only reported.
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "pmix_132_full")
    kept = kept_lines(page, Linter().fix(page.text).text)
    steps = [i for i, line in enumerate(page.lines) if STEP.match(line)]
    assert len(steps) == 6
    assert all(kept[i] for i in steps)


def test_a_steps_word_and_number_alone_head_the_step_under_them() -> None:
    """ "Step 1" or "步骤1" alone over its text numbers a how-to's steps; a conference's tabs
    ("Day 1", "Day 2") stand one under the other, over no step."""
    steps = [
        "步骤1",
        "小葱洗净晾干，切段。",
        "步骤2",
        "锅中倒油，小火慢炸。",
        "步骤3",
        "捞出备用。",
    ]
    assert numbered_headings(steps) == {0, 2, 4}
    english = ["Step 1", "Park on level ground.", "Step 2", "Loosen the nuts.", "Step 3", "Lift."]
    assert numbered_headings(english) == {0, 2, 4}
    assert numbered_headings(["Day 1", "Day 2", "Day 3", "Programme", "Speakers"]) == set()
    # Only a step's word: a series' parts alone over their blurbs head a box's teasers.
    parts = ["Part 1", "The farm.", "Part 2", "The flood.", "Part 3", "The sale."]
    assert numbered_headings(parts) == set()
    # A step's label over the same step's numbered heading is no heading of its own.
    labelled = ["Step 1", "1. Mix the flour", "Step 2", "2. Bake it", "Step 3", "3. Eat it"]
    assert numbered_headings(labelled) == {1, 3, 5}
    assert numbered_headings([f"### {line}" if "Step" in line else line for line in english]) == {
        0,
        2,
        4,
    }
    titled = ["步骤1：洗葱", "洗净。", "步骤2：炸葱", "慢炸。", "步骤3：拌面", "拌匀。"]
    assert numbered_headings(titled) == {0, 2, 4}


def test_any_word_said_over_each_number_in_turn_numbers_a_sequence() -> None:
    texts = ["Гипотеза 1. Углистые астероиды", "Текст.", "Гипотеза 2. Кометы", "Текст."]
    texts += ["Гипотеза 3. Водород из небулы", "Текст."]
    assert numbered_headings(texts) == {0, 2, 4}
    rooms = ["Raum 1: Flachs und Feld", "Raum 2: Die Verleger", "Raum 3: Der Websaal"]
    assert numbered_headings(rooms) == {0, 1, 2}


def test_a_word_that_changes_between_numbers_numbers_nothing() -> None:
    # "Windows 1 ...", "Office 2 ...": each number under another word is no sequence's.
    texts = ["Windows 1: the first", "Office 2: the second", "Teams 3: the third"]
    assert numbered_headings(texts) == set()
    # ...and a known sequence's word does not go on a sequence of another word.
    assert numbered_headings(["Hypothesis 1: Dust", "Hypothesis 2: Ice", "Step 3: Rock"]) == set()


def test_a_science_explainer_numbered_by_its_hypotheses_keeps_its_first_ones() -> None:
    # "Гипотеза 1. ..." to "Гипотеза 5. ...": read as no sequence, the locator took the third one
    # for the headline over the body; only the body guard kept the first two, and their
    # paragraphs, from going as head chrome once the page's deck was kept.
    page = next(p for p in read_pages(SETS["pages"]) if p.name == "ru_13_full")
    kept = kept_lines(page, Linter().fix(page.text).text)
    hypotheses = [i for i, line in enumerate(page.lines) if line.startswith("Гипотеза ")]
    assert len(hypotheses) == 5
    assert all(kept[i] and kept[i + 2] for i in hypotheses)
    junk = [i for i, tag in enumerate(page.tags) if tag and tag.startswith("J:")]
    assert sum(kept[i] for i in junk) * 4 < len(junk)  # the page's chrome goes, not the fix


def test_a_figures_number_inside_a_listicle_starts_no_list_over_it() -> None:
    # A sequence whose headings repeat a word runs apart from the listicle's own numbers.
    texts = ["1. Monsaraz village", "Text.", "2. Marvão castle", "Figure 1: the castle walls"]
    texts += ["Text.", "3. Óbidos town", "Text.", "4. Évora city"]
    assert numbered_runs(texts) == [[0, 2, 5, 7]]
