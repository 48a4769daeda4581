"""The Python API agrees with the command line, restores what it removed, and travels (pickle,
threads) without changing a result."""

from __future__ import annotations

import datetime
import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import example, given

from scrapelint import ConfigError, Linter
from tests.corpus import run
from tests.engine.test_fix_properties import DOCUMENTS
from tests.records import all_records, seed_texts, write_jsonl

DAY = "2025-06-01"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(reference_date=datetime.date.fromisoformat(DAY))


def test_fix_agrees_with_the_command_line_on_every_record(tmp_path: Path, linter) -> None:
    records = all_records(30)
    source = write_jsonl(tmp_path / "in" / "news.jsonl", records)
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    run("fix", source, "--out", out, "--report", report, "--reference-date", DAY, "--no-cache")
    entries = json.loads(report.read_text(encoding="utf-8"))["documents"]
    cleaned = [json.loads(line) for line in (out / "news.jsonl").read_text().splitlines()]
    assert len(entries) == len(records)
    for record, entry, written in zip(records, entries, cleaned, strict=True):
        fields = {k: v for k, v in record.items() if k != "text"}
        result = linter.fix(record["text"], **fields)
        assert result.text == written["text"]
        assert result.entry["findings"] == entry["findings"]
        for key in ("title", "date", "language", "authors", "sources", "lines", "hash"):
            assert result.entry[key] == entry[key], key


def test_restore_gives_back_the_original(linter) -> None:
    for result in linter.fix_batch(seed_texts()):
        assert result.restore() == result.original
        kept = len(result.text.splitlines(keepends=True))
        taken = sum(r.end_line - r.line + 1 for r in result.removals)
        assert kept + taken == len(result.original.splitlines(keepends=True))


def test_check_finds_what_fix_fixes_and_marks_nothing_fixed(linter) -> None:
    text = seed_texts()[2]
    checked, fixed = linter.check(text), linter.fix(text)
    assert [f.code for f in checked.findings] == [f.code for f in fixed.findings]
    assert checked.text == fixed.text
    assert not any(f.fixed for f in checked.findings)
    assert any(f.fixed for f in fixed.findings)


def test_a_date_field_counts_as_stated(linter) -> None:
    text = "The council voted on Tuesday to close the old bridge for repairs, officials said.\n"
    bare = {f.code for f in linter.check(text).findings}
    dated = {f.code for f in linter.check(text, date="2024-05-01").findings}
    assert bare - dated, "a record's date field should silence the missing-date finding"


def test_configuration_selects_rules() -> None:
    only = Linter({"select": ["newsletter"]})
    codes = {f.code for f in only.fix("Body text here.\nSubscribe to our newsletter!\n").findings}
    assert codes and all(code.startswith("NL") for code in codes)


def test_a_configuration_error_reads_as_on_the_command_line(tmp_path: Path) -> None:
    config = tmp_path / "scrapelint.toml"
    config.write_text('fail-on = "fatal"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    cli = run("check", tmp_path / "a.txt", "--config", config)
    with pytest.raises(ConfigError) as raised:
        Linter(config)
    assert cli.exit_code == 2
    assert f"Error: {raised.value}" in cli.stderr
    with pytest.raises(ConfigError, match=r"^\[tool.scrapelint\]: fail-on: "):
        Linter({"fail-on": "fatal"})
    with pytest.raises(ConfigError, match="unknown rule selector 'XX9'"):
        Linter({"select": ["XX9"]})


def test_pyproject_path(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.scrapelint]\nselect = ["share"]\n', encoding="utf-8")
    codes = {f.code for f in Linter(pyproject).fix("Body.\nShare on Facebook\n").findings}
    assert codes == {"SH001"}


def test_pickles_as_its_configuration(linter) -> None:
    data = pickle.dumps(linter)
    assert b"RuleMeta" not in data  # the compiled rules stay behind
    copy = pickle.loads(data)
    texts = seed_texts()
    assert copy.fix_batch(texts) == linter.fix_batch(texts)


def test_threads_share_one_linter(linter) -> None:
    texts = [record["text"] for record in all_records(20)]
    serial = [linter.fix(text) for text in texts]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(linter.fix, texts))
    assert threaded == serial


def test_results_are_frozen(linter) -> None:
    result = linter.fix("Text.\n")
    with pytest.raises(AttributeError):
        result.text = "other"  # type: ignore[misc]


def test_bad_arguments_are_named(linter) -> None:
    with pytest.raises(TypeError, match="str"):
        linter.fix(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'text'"):
        linter.fix("a", text="b")
    with pytest.raises(ValueError, match="2 texts but 1"):
        linter.fix_batch(["a", "b"], [{}])


PROPERTY_LINTER = Linter(reference_date=datetime.date(2025, 6, 1))


# Found by the dev profile: a later pass was weighed against the first text's prose, so the
# guard stopped it, and a second fix (weighing its own text) took the two lines.
GUARD_STOPPED_A_LATER_PASS = (
    "The company itself had 12,500 employees on June 30, and there are others who "
    "work for affiliates.\n"
    "\n"
    "  • Expo Marker\n"
    "\n"
    "    God bless them all, and thanks to everyone who helped.\n"
    "\n"
    "By Jane Doe | 12 March 2019\n"
    "\n"
    "Ford will display its first all-electric SUV, marking the start of an avalanche "
    "of battery-powered vehicles coming from mainstream and luxury automakers during "
    "the next two years that industry analysts say will boost electric vehicle "
    "sales.\n"
    "\n"
    "The company, which is expected to lay off thousands of employees beginning this "
    "week as it faces ballooning losses, confirmed on Monday that it had been "
    "contacted by the office of the NYAG, Letitia James.\n"
    "\n"
    "* Home\n"
    "* News\n"
    "* Sport\n"
    "* Weather\n"
    "* Login\n"
    "\n"
    "Toyota is displaying a rechargeable hybrid version of the RAV4 — the "
    "top-selling vehicle in the U.S. that’s not a pickup truck — while Ford is "
    "rolling out an all-new electric SUV that carries the Mustang performance car "
    "brand name.\n"
    "\n"
    "About the Author\n"
    "Jane Roe\n"
    "Jane Roe is a nurse and writer who has covered health care in the region for "
    "ten years.\n"
    "\n"
    "In case you are living in Delhi-NCR, chances are you have an app or two to find "
    "out the latest air quality index in your area.\n"
    "\n"
    "News Nation tried to find out about this initiative and landed up on the "
    "webpage of the mall located in Delhi’s Saket area that offers this unique "
    "service."
)


@given(text=DOCUMENTS)
@example(text=GUARD_STOPPED_A_LATER_PASS)
def test_any_fix_restores_and_fixes_no_further(text: str) -> None:
    result = PROPERTY_LINTER.fix(text)
    assert result.restore() == text
    repaired = sum(len(r.original) - len(r.text) for r in result.replacements)
    assert sum(len(r.text) for r in result.removals) + repaired == len(text) - len(result.text)
    assert PROPERTY_LINTER.fix(result.text).text == result.text


# Portuguese paragraphs wrapped at about 40 columns between two menus, drawn by the dev profile.
WRAPPED_BETWEEN_MENUS = "\n".join(
    [
        "Uma palinha das brincadeiras musicais do", "grupo Serelepe", "",
        "Nesta página você terá sempre a", "classificação atualizada da NASCAR até a",
        "última corrida!", "", "* Home", "* News", "* Sport", "* Weather", "* Login", "",
        "Coloque nos seus favoritos e venha", "sempre conferir a classificação da", "NASCAR!", "",
        "O prof. Carlos Nadalim apresenta, neste", "vídeo, uma loja incrível nos EUA,",
        "repleta de materiais didáticos, livros e", "uma quantidade enorme de recursos",
        "educativos para crianças.", "", "* Home", "* News", "* Sport", "* Weather", "* Login", "",
        "Pois bem, aqui nos Estados Unidos isso é", "muito comum, e acontece de forma lúdica.", "",
        "Eu fico até emocionado, porque o Miguelfoi um grande parceiro durante 25 anos.",
    ]
)  # fmt: skip


def test_a_wrapped_page_between_menus_is_fixed_no_further() -> None:
    # With the head removed the rest no longer reads as wrapped (too few lines end at the width),
    # so the passes run again on it read line by line, as a second fix would.
    result = PROPERTY_LINTER.fix(WRAPPED_BETWEEN_MENUS)
    assert PROPERTY_LINTER.fix(result.text).text == result.text
    assert result.restore() == WRAPPED_BETWEEN_MENUS
    lines = WRAPPED_BETWEEN_MENUS.split("\n")
    for removal in result.removals:  # told in the page's own lines, each span its exact text
        span = lines[removal.line - 1 : removal.end_line]
        assert removal.text.rstrip("\n") == "\n".join(span).rstrip("\n")
    assert "Pois bem, aqui nos Estados Unidos isso é" in result.text


def test_a_record_can_hold_back_rules(linter) -> None:
    text = "The council voted on Tuesday to close the old bridge.\nShare on Facebook\n"
    assert "SH001" in {f.code for f in linter.check(text).findings}
    held = linter.check(text, scrapelint_ignore=["SH001"])
    assert "SH001" not in {f.code for f in held.findings}
    with pytest.raises(ValueError, match="scrapelint_ignore: expected a list of rule codes"):
        linter.check(text, scrapelint_ignore="SH001")


def test_aggressive_as_on_the_command_line() -> None:
    from scrapelint.text.confidence import threshold

    assert Linter().settings(fix=True).policy.remove_at == threshold(False)
    assert Linter({"aggressive": True}).settings(fix=True).policy.remove_at == threshold(True)
    flagged = Linter({"aggressive": True}, aggressive=False)
    assert flagged.settings(fix=True).policy.remove_at == threshold(False)
