"""Labelled bylines in scripts without capitals (`facts.script_bylines`): read as credits, with
the writer's name, where the name check by capitals could not."""

from __future__ import annotations

import pytest

from scrapelint.facts.credit_line import is_byline
from scrapelint.facts.script_bylines import script_credit


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("بقلم: ليلى بن عاشور", "ليلى بن عاشور"),
        ("كتب: أحمد علي", "أحمد علي"),
        ("लेखक: अनुराधा मिश्रा", "अनुराधा मिश्रा"),
        ("최다현 기자", "최다현"),
        ("최다현 기자 dahyun.choi@example.com", "최다현"),
        ("记者 张明", "张明"),
        ("文／山田太郎", "山田太郎"),
        ("筆者：ミナト", "ミナト"),
    ],
)
def test_a_labelled_byline_names_its_writer(line: str, name: str) -> None:
    assert script_credit(line) == name
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "文化・くらし",  # a menu's "culture and living", not "text by"
        "서울에서 최다현 기자가 전했다",  # a sentence naming a reporter
        "كتب الرئيس رسالة طويلة إلى البرلمان يوم الخميس الماضي",  # "the president wrote ..."
        "नगर 24 डेस्क",  # a desk, no label
        "By the river",
    ],
)
def test_a_sentence_a_menu_or_an_unlabelled_line_is_no_byline(line: str) -> None:
    assert script_credit(line) is None
