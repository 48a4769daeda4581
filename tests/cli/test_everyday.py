"""Everyday use: a line per file for hooks, statistics in the format asked for, check mode says
what fix would do, the rules listed with a header, and every option explained."""

from __future__ import annotations

import json
from pathlib import Path

from tests.corpus import JUNK, run

QUIET = ["--no-cache", "--no-language", "--select", "newsletter,share"]


def corpus(tmp_path: Path) -> Path:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(JUNK, encoding="utf-8")
    return tmp_path


def test_concise_prints_one_line_per_file_and_verbose_every_finding(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    concise = run("check", folder, *QUIET, "--output-format", "concise").stdout.splitlines()
    assert [line.split(":")[0] for line in concise[:-1]] == [
        str(folder / "a.txt"),
        str(folder / "b.txt"),
    ]
    assert all("NL001, SH001" in line for line in concise[:-1])
    verbose = run("check", folder, *QUIET, "--output-format", "concise", "--verbose").stdout
    assert len(verbose.splitlines()) == 5 and ":7:1: NL001" in verbose


def test_statistics_follow_the_output_format(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    lines = run("check", folder, *QUIET, "--statistics", "--output-format", "jsonl").stdout
    rows = [json.loads(line) for line in lines.splitlines()]
    assert [row.get("code") for row in rows[:-1]] == ["NL001", "SH001"]
    assert rows[-1]["totals"]["documents"] == 2
    refused = run("check", folder, *QUIET, "--statistics", "--output-format", "sarif")
    assert refused.exit_code == 2


def test_check_says_would_remove_and_fix_says_removed(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    checked = run("check", folder, *QUIET, "--statistics").stdout
    assert "Would remove 6 of" in checked
    assert "would remove 6 lines" in run("check", folder, *QUIET).stdout
    assert "Removed 6 of" in run("fix", folder, *QUIET, "--statistics").stdout


def test_rules_list_has_a_header_severity_and_fixable() -> None:
    lines = run("rules").stdout.splitlines()
    assert lines[0].split() == ["code", "slug", "category", "severity", "fixable", "kind"]
    rows = {row["code"]: row for row in json.loads(run("rules", "--output-format", "json").stdout)}
    assert rows["NL001"]["fixable"] is True and rows["NL001"]["severity"] == "warning"
    assert rows["DT001"]["fixable"] is False and rows["SL001"]["fixable"] is False


def test_every_option_has_help() -> None:
    from scrapelint.cli.commands import cli

    for name, command in cli.commands.items():
        for param in command.params:
            if param.param_type_name == "option" and param.name != "help":
                assert param.help, f"{name} {param.opts[0]} has no help"
