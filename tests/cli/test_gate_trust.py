"""The gate says what is true: the guard's finding is a rule, and a typo never turns a check off.

Each case here failed before its fix: SL001 could not be selected, ignored or baselined ("unknown
rule selector"), and an unknown code in `--max-per-rule` or a threshold table was a gate silently
doing nothing. Wording is not asserted beyond the names a message must carry (file, key, the codes
it suggests).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.corpus import run

NEWSLETTER = (
    "Sign up for our newsletter to get the best stories from our newsroom delivered to your "
    "inbox every morning.\n"
)
# Most of this document's prose is a newsletter prompt: the fix is refused (SL001).
REFUSED = (
    "Council approves new budget\n"
    + NEWSLETTER * 3
    + "The council approved the budget on Tuesday after a long debate about roads and schools.\n"
)
QUIET = ["--no-language", "--ignore", "date,attribution", "--no-cache"]


def guarded(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(REFUSED, encoding="utf-8")
    return path


def codes(result) -> list[str]:
    report = json.loads(result.stdout)
    return [f["code"] for d in report["documents"] for f in d["findings"]]


def test_the_guard_rule_is_listed_and_explained() -> None:
    listed = run("rules", "--output-format", "json")
    assert "SL001" in [row["code"] for row in json.loads(listed.stdout)]
    explained = run("rule", "SL001")
    assert explained.exit_code == 0 and "body-guard" in explained.stdout


def test_the_guard_finding_can_be_ignored(tmp_path: Path) -> None:
    path = guarded(tmp_path)
    reported = run("check", path, *QUIET, "--output-format", "json")
    assert "SL001" in codes(reported)
    ignored = run("check", path, *QUIET, "--ignore", "SL001", "--output-format", "json")
    assert ignored.exit_code != 2, ignored.stderr
    assert "SL001" not in codes(ignored)
    fixed = run("fix", path, *QUIET, "--ignore", "SL001")
    assert fixed.exit_code != 2 and path.read_text(encoding="utf-8") == REFUSED  # still refused


def test_the_guard_finding_in_per_file_ignores_and_baselines(tmp_path: Path) -> None:
    path = guarded(tmp_path)
    (tmp_path / "scrapelint.toml").write_text(
        "[per-file-ignores]\n'*.txt' = ['SL001']\n", encoding="utf-8"
    )
    result = run("check", path, *QUIET, "--output-format", "json")
    assert result.exit_code != 2, result.stderr
    assert "SL001" not in codes(result)
    (tmp_path / "scrapelint.toml").unlink()
    baseline = tmp_path / "baseline.json"
    run("check", path, *QUIET, "--select", "SL001,NL", "--write-baseline", baseline)
    again = run("check", path, *QUIET, "--select", "SL001,NL", "--baseline", baseline)
    assert again.exit_code == 0, again.stdout


def test_an_unknown_code_in_max_per_rule_is_an_error(tmp_path: Path) -> None:
    path = guarded(tmp_path)
    result = run("check", path, *QUIET, "--max-per-rule", "NL01=3")
    assert result.exit_code == 2
    assert "NL001" in result.stderr  # the closest valid code


def test_an_unknown_code_in_the_threshold_table_names_file_and_key(tmp_path: Path) -> None:
    path = guarded(tmp_path)
    config = tmp_path / "scrapelint.toml"
    config.write_text("max-per-rule = { NL01 = 3 }\n", encoding="utf-8")
    result = run("check", path, *QUIET)
    assert result.exit_code == 2
    assert str(config) in result.stderr and "max-per-rule.NL01" in result.stderr
    assert "NL001" in result.stderr


def test_an_unknown_config_key_suggests_the_closest(tmp_path: Path) -> None:
    path = guarded(tmp_path)
    (tmp_path / "scrapelint.toml").write_text("max-per-rules = { NL001 = 3 }\n", encoding="utf-8")
    result = run("check", path, *QUIET)
    assert result.exit_code == 2 and "max-per-rule" in result.stderr.split("unknown key")[1]


def test_an_unknown_category_lists_the_valid_ones(tmp_path: Path) -> None:
    result = run("check", guarded(tmp_path), *QUIET, "--select", "newsleter")
    assert result.exit_code == 2
    assert "newsletter" in result.stderr and "sidebar" in result.stderr


def test_an_unknown_selected_code_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "scrapelint.toml").write_text('select = ["XX999"]\n', encoding="utf-8")
    result = run("check", guarded(tmp_path), "--no-cache")
    assert result.exit_code == 2 and "XX999" in result.stderr


# --- "All checks passed" only when something was checked ---------------------------------------


def test_a_path_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    result = run("check", tmp_path / "nope.txt", *QUIET, "--output-format", "json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["summary"]["skipped"] == 1


def test_an_empty_folder_is_an_error_unless_allowed(tmp_path: Path) -> None:
    result = run("check", tmp_path, *QUIET)
    assert result.exit_code == 2 and "nothing was checked" in result.stderr
    assert "All checks passed" not in result.stdout
    assert run("check", tmp_path, *QUIET, "--allow-empty").exit_code == 0


def test_a_folder_with_no_readable_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = run("check", tmp_path, *QUIET, "--output-format", "json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["summary"]["skipped"] == 1


def test_jsonl_without_the_text_field_in_any_record_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"body": "Hello there, a whole sentence of text."}\n', encoding="utf-8")
    result = run("check", path, *QUIET)
    assert result.exit_code == 2 and "'text'" in result.stderr
    assert run("check", path, *QUIET, "--text-field", "body").exit_code != 2


def test_an_empty_text_field_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"": "Hello there, a whole sentence of text."}\n', encoding="utf-8")
    assert run("check", path, *QUIET, "--text-field", "").exit_code == 2


def test_language_codes_are_validated(tmp_path: Path) -> None:
    path = guarded(tmp_path)
    result = run("check", path, "--languages", "english", "--no-cache")
    assert result.exit_code == 2 and "'en'" in result.stderr and "de, dv" in result.stderr
    (tmp_path / "scrapelint.toml").write_text('languages = ["en", "deu"]\n', encoding="utf-8")
    configured = run("check", path, "--no-cache")
    assert configured.exit_code == 2 and "languages" in configured.stderr
    (tmp_path / "scrapelint.toml").unlink()
    assert run("check", path, "--languages", "en,de", "--no-cache").exit_code != 2


# --- a partial run ------------------------------------------------------------------------------


class StopAfterFirstFile:
    """Ctrl-C pressed while the first file is processed: the run asks once per file."""

    def __init__(self) -> None:
        self.asked = 0

    @property
    def requested(self) -> bool:
        self.asked += 1
        return self.asked > 1


def test_an_interrupted_run_reports_itself_partial_and_never_passes(
    tmp_path: Path, monkeypatch
) -> None:
    import contextlib

    from scrapelint.cli import commands

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(REFUSED.splitlines()[-1] + "\n", encoding="utf-8")
    monkeypatch.setattr(
        commands, "stop_between_files", lambda: contextlib.nullcontext(StopAfterFirstFile())
    )
    result = run("check", tmp_path, *QUIET, "-j", "1", "--output-format", "json")
    summary = json.loads(result.stdout)["summary"]
    assert summary["partial"] is True and summary["files"] == 1
    assert result.exit_code not in (0, 1)
    report = tmp_path / "report.json"
    fixed = run("fix", tmp_path, *QUIET, "-j", "1", "--report", report)
    assert fixed.exit_code not in (0, 1)
    assert json.loads(report.read_bytes())["summary"]["partial"] is True


def test_fixing_a_page_in_place_fails_once_and_names_its_text(tmp_path: Path) -> None:
    """The hook with an HTML pattern: the page is unchanged and its cleaned text a new file, so
    pre-commit would see nothing changed and pass while the text stays untracked."""
    from tests.run.test_corpus_workflows import PAGE

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    args = ["--no-language", "--no-cache", "--fail-on", "error", "--select", "ALL"]
    first = run("fix", page, *args)
    assert (tmp_path / "page.txt").exists()
    assert first.exit_code == 1 and "page.txt" in first.stderr
    again = run("fix", page, *args)  # the text is there already: nothing new, nothing to stage
    assert again.exit_code == 0, again.stderr


def test_an_unused_suppression_is_a_rule_too(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(REFUSED.splitlines()[-1] + " scrapelint: ignore[NL001]\n", encoding="utf-8")
    assert "SL002" in codes(run("check", path, *QUIET, "--output-format", "json"))
    ignored = run("check", path, *QUIET, "--ignore", "SL002", "--output-format", "json")
    assert ignored.exit_code != 2, ignored.stderr
    assert "SL002" not in codes(ignored)
    assert "unused-suppression" in run("rule", "SL002").stdout
