"""`-` reads standard input, as in ruff: `check -` reports it, `fix -` is a filter that writes the
cleaned text to standard output and the findings to standard error, and never loses the input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from scrapelint.cli.commands import cli
from tests.corpus import ARTICLE, JUNK

QUIET = ["--no-cache", "--no-language", "--select", "newsletter,share"]


def piped(*args: str | Path, data: bytes) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], input=data, catch_exceptions=False)


def test_check_reads_standard_input_under_its_name() -> None:
    result = piped("check", "-", *QUIET, data=JUNK.encode())
    assert result.exit_code == 1
    assert result.stdout.startswith("-:") and "NL001" in result.stdout
    named = piped("check", "-", "--stdin-filename", "news/a.txt", *QUIET, data=JUNK.encode())
    assert "news/a.txt:" in named.stdout


def test_fix_writes_the_cleaned_text_and_reports_on_standard_error(tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    result = piped("fix", "-", *QUIET, "--report", report, data=JUNK.encode())
    assert result.exit_code == 0
    assert result.stdout_bytes == ARTICLE.encode()
    assert "NL001" in result.stderr
    removed = [f["removed"] for d in json.loads(report.read_bytes())["documents"]
               for f in d["findings"] if f["removed"]]  # fmt: skip
    assert removed and all(text in JUNK for text in removed)


def test_fix_reads_jsonl_by_the_name_given() -> None:
    record = json.dumps({"id": 1, "text": JUNK}) + "\n"
    result = piped("fix", "-", "--stdin-filename", "a.jsonl", *QUIET, data=record.encode())
    assert json.loads(result.stdout) == {"id": 1, "text": ARTICLE}


def test_fix_gives_back_what_it_cannot_read() -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" * 20
    result = piped("fix", "-", *QUIET, data=data)
    assert result.exit_code == 2 and "binary" in result.stderr
    assert result.stdout_bytes == data  # a pipe loses nothing


def test_fix_diff_prints_the_patch() -> None:
    result = piped("fix", "-", "--diff", *QUIET, data=JUNK.encode())
    assert result.stdout.startswith("--- a/-\n+++ b/-\n")
    body = result.stdout.splitlines()[2:]
    removed = [line[1:] for line in body if line.startswith("-")]
    assert removed and all(line in JUNK for line in removed)
    assert not any(line.startswith("+") for line in body)


def test_standard_input_is_read_alone(tmp_path: Path) -> None:
    assert piped("check", "-", tmp_path, data=b"x").exit_code == 2
    assert piped("fix", "-", "--out", tmp_path, data=b"x").exit_code == 2
    assert piped("check", tmp_path, "--stdin-filename", "a.txt", data=b"x").exit_code == 2


def test_standard_input_is_the_text_whatever_its_name_names_on_disk(
    tmp_path: Path, monkeypatch
) -> None:
    # An editor pipes its unsaved buffer under the file's own name: a big file of that name on
    # disk was streamed in its place (the pool looked the name up).
    from scrapelint.run import pipeline

    monkeypatch.setattr(pipeline, "STREAM_BYTES", 10)
    monkeypatch.chdir(tmp_path)
    Path("a.jsonl").write_text(json.dumps({"id": "disk", "text": JUNK}) + "\n", encoding="utf-8")
    record = json.dumps({"id": "piped", "text": JUNK}) + "\n"
    result = piped("fix", "-", "--stdin-filename", "a.jsonl", "--jobs", "2", *QUIET,
                   data=record.encode())  # fmt: skip
    assert json.loads(result.stdout) == {"id": "piped", "text": ARTICLE}


def test_a_page_from_standard_input_diffs_from_nothing() -> None:
    page = "<html><body><p>" + ARTICLE + "</p><p>Sign up for our daily newsletter</p></body></html>"
    result = piped("fix", "-", "--diff", "--stdin-filename", "p.html", *QUIET, data=page.encode())
    assert result.stdout.startswith("--- /dev/null\n+++ b/p.txt\n")
    parquet = piped("check", "-", "--stdin-filename", "a.parquet", *QUIET, data=b"PAR1")
    assert parquet.exit_code == 2 and "Parquet is read from files" in parquet.stdout
