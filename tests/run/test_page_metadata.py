"""Where page metadata meets the rest: the vocabulary file, HTML pages, the JSON report."""

from __future__ import annotations

import datetime
import json

import pytest
from click.testing import CliRunner

from scrapelint.cli import cli
from scrapelint.engine.packs import load_rules
from scrapelint.facts.html_meta import with_page_metadata
from scrapelint.facts.meta_words import _validate
from scrapelint.facts.metadata import DocumentMeta
from scrapelint.io.page_text import page_lines

TEXT_META = DocumentMeta(
    title="From the text",
    date=datetime.date(2025, 1, 2),
    date_line=3,
    authors=("Text Author",),
    sources=(),
    translators=(),
    language="en",
    title_line=0,
    author_line=2,
)


def test_vocabulary_is_not_a_rule_pack() -> None:
    assert all("_vocabulary" not in str(rule.meta.code) for rule in load_rules())


@pytest.mark.parametrize(
    ("data", "names"),
    [
        ({"published": {}}, "missing vocabulary group"),
        ("words", "not a mapping"),
    ],
)
def test_vocabulary_errors_name_the_file_and_key(data, names: str) -> None:
    with pytest.raises(ValueError, match=names):
        _validate("metadata.yaml", data)


def test_vocabulary_group_without_a_language_is_refused() -> None:
    from scrapelint.facts.meta_words import GROUPS, LANGUAGES

    data = {group: {language: ["word"] for language in LANGUAGES} for group in GROUPS}
    _validate("metadata.yaml", data)  # complete: accepted
    del data["published"]["it"]
    with pytest.raises(ValueError, match="published"):
        _validate("metadata.yaml", data)


def test_vocabulary_group_may_add_a_known_language_not_an_unknown_one() -> None:
    from scrapelint.facts.meta_words import GROUPS, LANGUAGES

    data = {group: {language: ["word"] for language in LANGUAGES} for group in GROUPS}
    data["chrome"]["zh"] = ["首页"]
    _validate("metadata.yaml", data)  # a language of the packs' common labels: accepted
    data["chrome"]["xx"] = ["word"]
    with pytest.raises(ValueError, match="chrome: give the words of each of en"):
        _validate("metadata.yaml", data)


def test_printed_dateline_wins_and_markup_fills_in() -> None:
    page = {"dateline": "2025-01-29", "date": "2024-12-01", "author": "Jane Doe; John Roe"}
    meta = with_page_metadata(TEXT_META, page)
    assert meta.date == datetime.date(2025, 1, 29)
    assert meta.date_line is None  # read from the page, not from the extracted text
    assert meta.authors == ("Jane Doe", "John Roe")


def test_markup_date_wins_when_the_page_prints_it_too() -> None:
    page = {"dateline": "2025-02-12", "date": "2025-12-02", "datelines": "2025-02-12 2025-12-02"}
    assert with_page_metadata(TEXT_META, page).date == datetime.date(2025, 12, 2)
    alone = {"dateline": "2025-02-12", "date": "2025-12-02", "datelines": "2025-02-12"}
    assert with_page_metadata(TEXT_META, alone).date == datetime.date(2025, 2, 12)


def test_markup_date_when_nothing_is_printed() -> None:
    meta = with_page_metadata(TEXT_META, {"date": "2024-12-01"})
    assert meta.date == datetime.date(2024, 12, 1)
    assert meta.authors == ("Text Author",)
    assert meta.author_line == 2


def test_plain_text_keeps_its_own_metadata() -> None:
    assert with_page_metadata(TEXT_META, {}) is TEXT_META


def test_page_lines_one_block_a_line_without_scripts() -> None:
    html = (
        b"<html><head><title>T</title><script>var x = 1;</script></head><body>"
        b"<nav><ul><li>Home</li><li>News</li></ul></nav><h1>Council expands bus network</h1>"
        b"<p>By <a href='/a'>Jane Doe</a></p><time>January 29, 2025</time>"
        b"<p>The council voted.</p></body></html>"
    )
    assert page_lines(html) == [
        "Home",
        "News",
        "Council expands bus network",
        "By Jane Doe",
        "January 29, 2025",
        "The council voted.",
    ]


def test_report_says_where_values_were_read(tmp_path) -> None:
    body = (
        "The city council voted on Tuesday to expand the bus network, adding four new routes to "
        "the north of the city and more buses at night.\n\n"
        "Officials said the plan would cost about 12 million dollars over three years, paid from "
        "a regional fund that was set up in 2019.\n"
    )
    text = (
        "* Home\n* News\n* Sport\n\nCouncil expands bus network\n\nBy Jane Doe\n\n"
        "Published: Jan 29, 2025\n\nUpdated: Feb 3, 2025\n\n" + body
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["check", str(tmp_path / "a.txt"), "--output-format", "json", "--no-cache"]
    )
    entry = json.loads(result.output)["documents"][0]
    assert entry["title"] == "Council expands bus network"
    assert (entry["date"], entry["updated"]) == ("2025-01-29", "2025-02-03")
    assert entry["authors"] == ["Jane Doe"]
    lines = text.split("\n")
    assert lines[entry["title_line"] - 1] == "Council expands bus network"
    assert "Jane Doe" in lines[entry["author_line"] - 1]
    assert "Jan 29" in lines[entry["date_line"] - 1]
    assert "Feb 3" in lines[entry["updated_line"] - 1]
