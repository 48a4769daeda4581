"""Configuration: found upward, validated at load into frozen values, overridden by flags."""

from __future__ import annotations

import dataclasses
import datetime
import json
from pathlib import Path

import pytest

from scrapelint.engine.spec import SpecError
from scrapelint.run.config import Config, find_config, load_config
from scrapelint.text.findings import Severity
from tests.corpus import JUNK, codes_of, run, write_corpus

FULL = """
[tool.scrapelint]
select = ["NL", "comments"]
ignore = ["NL002"]
extend-select = ["SH001"]
per-file-ignores = { "archive/**" = ["DT"] }
exclude = ["drafts/**"]
force-exclude = true
aggressive = true
languages = ["en", "de"]
date-min = 2015-01-01
date-max = "2024-12-31"
fail-on = "warning"
rules-dirs = ["lint-rules"]
text-field = "body"
baseline = "baseline.json"
max-error-documents = 5
max-removed = 20.5
max-per-rule = { nl001 = 3, "*" = 0 }
"""


def test_every_key_is_read_into_a_frozen_config(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(FULL, encoding="utf-8")
    config = load_config(path)
    assert config.select == ("NL", "comments")
    assert config.ignore == ("NL002",)
    assert config.extend_select == ("SH001",)
    assert config.per_file_ignores == (("archive/**", ("DT",)),)
    assert config.exclude == ("drafts/**",)
    assert config.force_exclude is True
    assert config.aggressive is True
    assert config.languages == ("en", "de")
    assert config.date_min == datetime.date(2015, 1, 1)
    assert config.date_max == datetime.date(2024, 12, 31)
    assert config.fail_on is Severity.WARNING
    assert config.rules_dirs == (tmp_path.resolve() / "lint-rules",)
    assert config.text_field == "body"
    assert config.baseline == tmp_path.resolve() / "baseline.json"
    assert config.thresholds.max_error_documents == 5.0
    assert config.thresholds.max_removed == 20.5
    assert config.thresholds.max_per_rule == (("*", 0), ("NL001", 3))
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.select = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("selekt = ['NL']", "selekt"),
        ("select = 'NL'", "select"),
        ("select = [1]", "select"),
        ("fail-on = 'fatal'", "fail-on"),
        ("aggressive = 'yes'", "aggressive"),
        ("date-min = 'last year'", "date-min"),
        ("date-min = 2020-01-01T10:00:00", "date-min"),
        ("date-min = 2021-01-01\ndate-max = 2020-01-01", "date-min"),
        ("max-removed = 120", "max-removed"),
        ("max-per-rule = { NL001 = -1 }", "NL001"),
        ("max-per-rule = { NL001 = 'x' }", "NL001"),
        ("per-file-ignores = { 'a/*' = 'NL' }", "a/*"),
        ("[gate]\nmax = 1", "gate"),
    ],
)
def test_a_bad_key_or_value_is_an_error_naming_file_and_key(
    tmp_path: Path, text: str, key: str
) -> None:
    path = tmp_path / "scrapelint.toml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(SpecError) as error:
        load_config(path)
    assert error.value.source == str(path)
    assert key in error.value.key


def test_invalid_toml_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "scrapelint.toml"
    path.write_text("select = [", encoding="utf-8")
    with pytest.raises(SpecError):
        load_config(path)


def test_found_upward_and_scrapelint_toml_wins_over_pyproject(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "doc.txt").write_text("x\n")
    (tmp_path / "pyproject.toml").write_text("[tool.scrapelint]\nselect = ['NL']\n")
    assert find_config([nested / "doc.txt"]) == tmp_path / "pyproject.toml"
    (tmp_path / "scrapelint.toml").write_text("select = ['SH']\n")
    assert find_config([nested / "doc.txt"]) == tmp_path / "scrapelint.toml"


def test_pyproject_without_a_scrapelint_table_is_passed_over(tmp_path: Path) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[tool.ruff]\nline-length = 100\n")
    (tmp_path / "scrapelint.toml").write_text("")
    assert find_config([inner]) == tmp_path / "scrapelint.toml"
    assert load_config(tmp_path / "scrapelint.toml") == Config(path=tmp_path / "scrapelint.toml")


def test_cli_unknown_key_exits_2(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, config="selekt = ['NL']\n")
    result = run("check", corpus)
    assert result.exit_code == 2
    assert "selekt" in result.stderr


def test_cli_reads_the_selection_from_the_config(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, config="select = ['newsletter']\n")
    result = run("check", corpus, "--output-format", "json")
    assert result.exit_code == 1
    assert codes_of(result) == ["NL001"]


def test_cli_flags_override_the_config(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, config="select = ['newsletter']\nignore = ['share']\n")
    # --select replaces the configured selection, the configured ignore with it.
    result = run("check", corpus, "--select", "share", "--output-format", "json")
    assert codes_of(result) == ["SH001"]
    # --ignore adds to it.
    result = run("check", corpus, "--ignore", "NL001", "--output-format", "json")
    assert result.exit_code == 0
    assert codes_of(result) == []


def test_explicit_config_file(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, config=None)
    other = tmp_path / "elsewhere.toml"
    other.write_text("select = ['share']\n")
    result = run("check", corpus, "--config", other, "--output-format", "json")
    assert codes_of(result) == ["SH001"]


def test_exclude_applies_to_walked_files_and_to_named_ones_with_force_exclude(
    tmp_path: Path,
) -> None:
    corpus = write_corpus(
        tmp_path, config="select = ['newsletter', 'share']\nexclude = ['junk*']\n"
    )
    assert run("check", corpus).exit_code == 0
    named = corpus / "junk.txt"
    assert run("check", named).exit_code == 1
    assert run("check", named, "--force-exclude").exit_code == 0


def test_excluded_folder_covers_its_files(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, config="select = ['newsletter']\nexclude = ['corpus']\n")
    # A folder named on the command line is still read, as in ruff ...
    assert run("check", corpus).exit_code == 1
    # ... but found under another folder, or named with --force-exclude, it is left out.
    assert run("check", tmp_path).exit_code == 0
    assert run("check", corpus / "junk.txt", "--force-exclude").exit_code == 0


def test_per_file_ignores(tmp_path: Path) -> None:
    config = "select = ['newsletter', 'share']\n[per-file-ignores]\n'corpus/junk.txt' = ['NL']\n"
    corpus = write_corpus(tmp_path, config=config)
    result = run("check", corpus, "--output-format", "json")
    assert codes_of(result) == ["SH001"]


def test_per_file_ignores_with_an_unknown_selector_exits_2(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, config="[per-file-ignores]\n'*.txt' = ['XX999']\n")
    assert run("check", corpus).exit_code == 2


def test_rules_dirs_are_relative_to_the_config(tmp_path: Path) -> None:
    rules = tmp_path / "site-rules"
    rules.mkdir()
    (rules / "storm.yaml").write_text(
        "code: XS001\nslug: storm-word\ncategory: promo\nkind: phrase\n"
        "rationale: A test rule.\nmessage: daily prompt\n"
        "phrases: {en: [sign up for our daily newsletter]}\n",
        encoding="utf-8",
    )
    corpus = write_corpus(tmp_path, config="select = ['XS001']\nrules-dirs = ['site-rules']\n")
    result = run("check", corpus, "--output-format", "json")
    assert result.exit_code == 1, result.stderr
    assert set(codes_of(result)) == {"XS001"}


def test_text_field_and_fail_on_from_config(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, config="select = ['newsletter']\nfail-on = 'error'\n")
    # NL001 is a warning: reported, but the run passes.
    result = run("check", corpus, "--output-format", "json")
    assert codes_of(result) == ["NL001"]
    assert result.exit_code == 0
    assert run("check", corpus, "--fail-on", "warning").exit_code == 1


def test_jsonl_text_field_from_config(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, config="select = ['newsletter']\ntext-field = 'body'\n")
    (corpus / "junk.txt").unlink()
    (corpus / "records.jsonl").write_text(json.dumps({"id": "a", "body": JUNK}) + "\n")
    result = run("check", corpus, "--output-format", "json")
    assert codes_of(result) == ["NL001"]


def test_languages_and_date_window_reach_the_checks(tmp_path: Path) -> None:
    config = "select = ['LG001', 'DT']\nlanguages = ['de']\ndate-min = 2030-01-01\n"
    corpus = write_corpus(tmp_path, config=config)
    (corpus / "clean.txt").write_text("March 3, 2024\n\n" + JUNK, encoding="utf-8")
    result = run("check", corpus / "clean.txt", "--output-format", "json")
    codes = codes_of(result)
    assert "LG001" in codes  # English, where German is expected
    assert "DT006" in codes  # before the window
    # The command line wins over the configuration.
    result = run("check", corpus / "clean.txt", "--languages", "en", "--output-format", "json")
    assert "LG001" not in codes_of(result)


def test_the_documented_example_is_valid(tmp_path: Path) -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "ci.md").read_text(encoding="utf-8")
    example = docs.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "pyproject.toml"
    path.write_text(example, encoding="utf-8")
    config = load_config(path)
    assert config.fail_on is Severity.WARNING
    assert dict(config.thresholds.max_per_rule)["*"] == 0


MENU_INSIDE = "\n\n".join(
    [
        *["* Home", "* News", "* Sport", "* Weather", "* Culture", "* Login"],
        "The city council voted on Tuesday to expand the bus network, adding four new routes that "
        "will connect the northern suburbs with the hospital and the university campus.",
        "Officials said the plan would cost about 12 million dollars over three years and that "
        "most "
        "of the money would come from a regional transport fund approved last spring.",
        *["* Apples", "* Pears", "* Plums", "* Grapes", "* Figs"],
        "Residents who spoke at the meeting were largely in favour, although several shop owners "
        "asked whether the new stops would take away parking spaces in front of their stores.",
        "The council promised to study the question and to report back to the shop owners before "
        "the new routes open in the spring, and to publish the plans for every stop online.",
    ]
)


@pytest.mark.parametrize(
    ("config", "flags", "removed"),
    [("", [], False), ("aggressive = true\n", [], True), ("", ["--aggressive"], True)],
)
def test_aggressive_removes_weak_findings(
    tmp_path: Path, config: str, flags: list[str], removed: bool
) -> None:
    """A run of short lines inside the body is reported; `aggressive` (key or flag) removes it."""
    corpus = write_corpus(tmp_path, config=config)
    page = corpus / "page.txt"
    page.write_text(MENU_INSIDE + "\n", encoding="utf-8")
    result = run("fix", page, "--no-cache", "-j", "1", *flags)
    assert result.exit_code in (0, 1)
    assert ("* Plums" not in page.read_text(encoding="utf-8")) is removed


def test_a_configuration_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"[tool.scrapelint]\n# caf\xe9\n")
    (tmp_path / "a.txt").write_text(JUNK, encoding="utf-8")
    checked = run("check", tmp_path, "--no-cache")
    assert checked.exit_code == 2
    assert "pyproject.toml" in checked.stderr and "not UTF-8" in checked.stderr
