"""A menu flattened onto one line, and the phrase rules that read its items."""

from __future__ import annotations

import pytest

from scrapelint.engine import apply as engine
from scrapelint.engine.kinds.menu_line import menu_items
from scrapelint.engine.packs import load_rules
from scrapelint.text.document import Document

BODY = [
    "Stadtrat beschließt neuen Haushalt",
    "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr "
    "beschlossen.",
    "Die Opposition stimmte dagegen, weil die Mittel für Schulen aus ihrer Sicht nicht reichen.",
    "Die Bürgermeisterin sprach von einem tragfähigen Kompromiss für alle Stadtteile.",
]
SITE_CHROME = next(rule for rule in load_rules() if rule.meta.code == "NV003")


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Home | News | Sport | Weather", ["Home", "News", "Sport", "Weather"]),
        (
            "Nieuws  Sport  Economie  Cultuur & Media",
            ["Nieuws", "Sport", "Economie", "Cultuur & Media"],
        ),
        ("首页 · 新闻 · 财经", ["首页", "新闻", "财经"]),
        ("Home | News", None),  # two items: a crumb, not a menu
        ("The council met.  It voted.", None),
        ("Home | The council voted on Tuesday to expand the network | Sport", None),
        ("Home News Sport Weather", None),  # no separator: a heading
    ],
)
def test_menu_items(line: str, items: list[str] | None) -> None:
    assert menu_items(line) == items


def fixed(lines: list[str]) -> list[str]:
    doc = Document.from_text("\n".join(lines) + "\n")
    return engine.fix(doc, (SITE_CHROME,)).cleaned.text.splitlines()


def test_a_menu_line_of_known_items_above_the_article_goes() -> None:
    assert fixed(["Startseite | Politik | Wirtschaft | Sport | Kultur", *BODY]) == BODY


def test_a_line_of_items_the_rule_does_not_know_stays() -> None:
    # One known item in five: a list of places or products, not the site's sections.
    lines = ["Berlin | Hamburg | München | Köln | Sport", *BODY]
    assert fixed(lines) == lines


@pytest.mark.parametrize(
    "lines",
    [
        # A table's rows, a timetable, a list under a colon: the article's, not the site's menu.
        ["Service | Live | Sports | News", "Streamer | Yes | No | Yes"],
        ["19:00  News  Weather", "20:00  Live  Sports"],
        ["Die neuen Rubriken des Senders:", "Politik · Wirtschaft · Sport"],
    ],
)
def test_menu_shaped_lines_of_the_article_stay(lines: list[str]) -> None:
    text = [*BODY, *lines]
    assert fixed(text) == text
