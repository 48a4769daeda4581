"""The command line end to end: exit codes, where `fix` writes, reports, and bad input.

Most runs go through click's CliRunner (same process, fast); one runs `python -m scrapelint` in a
subprocess to hold the module entry point to the same contract. Output wording is not asserted:
only exit codes, files, and the JSON report's shape and values.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrapelint.cli.commands import cli
from scrapelint.engine.packs import load_rules
from scrapelint.report.restore_text import restore

BODY = (
    "Troops entered the town on Friday after a week of fighting, the army said in a statement.\n"
    "\n"
    "The governor said the roads would reopen on Monday, and schools would follow a week later.\n"
)
JUNK = "\nSubscribe to our newsletter\nShare on Facebook\n"
# The document-level checks (date, attribution) fire on any undated text; a clean text is one
# without junk lines, so they are left out where a run must find nothing.
NO_FACTS = ["--ignore", "date", "--ignore", "attribution", "--no-language"]
DOCUMENT_KEYS = {"path", "title", "date", "language", "authors", "sources", "findings"}
FINDING_KEYS = {
    "code",
    "rule",
    "category",
    "severity",
    "line",
    "end_line",
    "message",
    "fixable",
    "removed",
}


def run(*args: str | os.PathLike):
    return CliRunner().invoke(cli, [str(arg) for arg in args], catch_exceptions=False)


def run_json(*args: str | os.PathLike) -> tuple[int, dict]:
    result = run(*args, "--output-format", "json")
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """clean.txt, junk.txt, and a folder tree with junk two levels down."""
    (tmp_path / "clean.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "junk.txt").write_text(BODY + JUNK, encoding="utf-8")
    tree = tmp_path / "tree"
    (tree / "a" / "b").mkdir(parents=True)
    (tree / "top.txt").write_text(BODY + JUNK, encoding="utf-8")
    (tree / "a" / "b" / "deep.md").write_text(BODY + JUNK, encoding="utf-8")
    (tree / "a" / "clean.txt").write_text(BODY, encoding="utf-8")
    return tmp_path


def codes(report: dict, path: Path) -> set[str]:
    return {f["code"] for d in report["documents"] if d["path"] == str(path) for f in d["findings"]}


def error_paths(report: dict) -> set[str]:
    return {error["path"] for error in report["errors"]}


# --- exit codes ------------------------------------------------------------------------------


def test_clean_file_exits_0(corpus: Path) -> None:
    assert run("check", *NO_FACTS, corpus / "clean.txt").exit_code == 0


def test_junk_exits_1(corpus: Path) -> None:
    status, report = run_json("check", *NO_FACTS, corpus / "junk.txt")
    assert status == 1
    assert "NL001" in codes(report, corpus / "junk.txt")


def test_missing_path_exits_2_after_the_rest(corpus: Path) -> None:
    missing = corpus / "nope.txt"
    status, report = run_json("check", *NO_FACTS, missing, corpus / "junk.txt")
    assert status == 2
    assert "NL001" in codes(report, corpus / "junk.txt")
    assert str(missing) in error_paths(report)


def test_unknown_selector_exits_2(corpus: Path) -> None:
    assert run("check", "--select", "ZZ999", corpus / "junk.txt").exit_code == 2


def test_python_m_scrapelint(corpus: Path) -> None:
    command = [sys.executable, "-m", "scrapelint", "check", *NO_FACTS, "--output-format", "json"]
    done = subprocess.run(
        [*command, str(corpus / "junk.txt")], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert "NL001" in codes(json.loads(done.stdout), corpus / "junk.txt")
    clean = subprocess.run([*command, str(corpus / "clean.txt")], capture_output=True, timeout=120)
    assert clean.returncode == 0


# --- fix: where it writes ----------------------------------------------------------------------


def test_fix_out_mirrors_folders_and_flattens_files(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run("fix", *NO_FACTS, "--out", out, corpus / "tree", corpus / "junk.txt")
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["a/b/deep.md", "a/clean.txt", "junk.txt", "top.txt"]
    assert (out / "a" / "b" / "deep.md").read_text(encoding="utf-8") == BODY
    assert (out / "junk.txt").read_text(encoding="utf-8") == BODY
    assert (out / "a" / "clean.txt").read_text(encoding="utf-8") == BODY
    assert (corpus / "junk.txt").read_text(encoding="utf-8") == BODY + JUNK, "input changed"


def test_fix_in_place_is_atomic_and_rewrites_only_changed_files(corpus: Path) -> None:
    clean, junk = corpus / "clean.txt", corpus / "junk.txt"
    before_clean, before_junk = clean.stat(), junk.stat()
    run("fix", *NO_FACTS, clean, junk)
    assert junk.read_text(encoding="utf-8") == BODY
    assert junk.stat().st_ino != before_junk.st_ino, "not replaced as a whole (os.replace)"
    after_clean = clean.stat()
    assert (after_clean.st_ino, after_clean.st_mtime_ns) == (
        before_clean.st_ino,
        before_clean.st_mtime_ns,
    )
    names = sorted(p.name for p in corpus.iterdir())
    assert names == ["clean.txt", "junk.txt", "tree"], "a temporary file was left behind"


def test_fix_keeps_the_file_mode(corpus: Path) -> None:
    junk = corpus / "junk.txt"
    junk.chmod(0o640)
    run("fix", *NO_FACTS, junk)
    assert junk.read_text(encoding="utf-8") == BODY
    assert junk.stat().st_mode & 0o777 == 0o640


def test_diff_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    result = run("fix", *NO_FACTS, "--diff", "--out", tmp_path / "out", corpus)
    assert "-Subscribe to our newsletter" in result.stdout.splitlines()
    assert {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()} == before
    assert not (tmp_path / "out").exists()


def test_diff_applies_with_patch_when_a_file_ends_without_a_line_break(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        # U+2028 and a form feed end no line for patch, only for str.splitlines.
        text = BODY + "The mayor\u2028 spoke.\x0c\nShare on Facebook"
        (corpus / name).write_text(text, encoding="utf-8", newline="")
    result = run("fix", *NO_FACTS, "--diff", corpus)
    assert "\\ No newline at end of file\n--- a/" in result.stdout  # not glued to the next header
    if shutil.which("patch") is None:
        pytest.skip("no patch program")
    patched = subprocess.run(
        ["patch", "-p1", "-d", "/", "--dry-run"],
        input=result.stdout,
        text=True,
        capture_output=True,
    )
    assert patched.returncode == 0, patched.stdout + patched.stderr


def test_diff_of_bytes_that_are_not_utf8_holds_the_file_s_bytes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "latin.txt").write_bytes((JUNK + BODY).encode("utf-8").replace(b"to our", b"\xe0"))
    (corpus / "wide.txt").write_bytes((JUNK + BODY).encode("utf-16"))
    result = run("fix", *NO_FACTS, "--diff", corpus)
    assert b"-Subscribe \xe0 newsletter\n" in result.stdout_bytes  # the file's byte, not U+FFFD
    assert f"Binary files a/{corpus}/wide.txt and b/{corpus}/wide.txt differ" in result.stdout
    if shutil.which("patch") is None:
        pytest.skip("no patch program")
    patched = subprocess.run(
        ["patch", "-p1", "-d", "/", "--dry-run"], input=result.stdout_bytes, capture_output=True
    )
    assert patched.returncode == 0, patched.stdout + patched.stderr


def test_crlf_file_stays_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes((BODY + JUNK).replace("\n", "\r\n").encode())
    run("fix", *NO_FACTS, path)
    assert path.read_bytes() == BODY.replace("\n", "\r\n").encode()


# --- reports -----------------------------------------------------------------------------------


def test_report_has_the_contract_and_restores_every_input(corpus: Path, tmp_path: Path) -> None:
    out, report_path = tmp_path / "out", tmp_path / "report.json"
    run("fix", "--out", out, "--report", report_path, corpus / "tree")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert set(report) >= {"documents", "summary"}
    assert len(report["documents"]) == 3
    for document in report["documents"]:
        assert set(document) >= DOCUMENT_KEYS
        for finding in document["findings"]:
            assert set(finding) >= FINDING_KEYS
            assert 1 <= finding["line"] <= finding["end_line"]
        source = Path(document["path"])
        cleaned = (out / source.relative_to(corpus / "tree")).read_text(encoding="utf-8")
        assert restore(cleaned, document) == source.read_text(encoding="utf-8")
    assert sum(1 for d in report["documents"] for f in d["findings"] if f["removed"]) >= 2


def test_check_json_output_parses(corpus: Path) -> None:
    status, report = run_json("check", corpus)
    assert status == 1
    assert {d["path"] for d in report["documents"]} >= {str(corpus / "junk.txt")}
    assert isinstance(report["summary"], dict)


def test_rule_and_rules() -> None:
    explained = run("rule", "NL001")
    assert explained.exit_code == 0
    assert "NL001" in explained.stdout
    assert "max-words" in explained.stdout  # the options of its kind, from their declaration
    assert run("rule", "ZZ999").exit_code == 2
    # A rule that only reports by default shows what --aggressive removes.
    assert "Fixed with --aggressive:" in run("rule", "AR005").stdout
    listed = run("rules")
    assert listed.exit_code == 0
    shown = {line.split()[0] for line in listed.stdout.splitlines() if line.strip()}
    assert shown >= {rule.meta.code for rule in load_rules()}


# --- bad input ---------------------------------------------------------------------------------


def test_binary_file_is_named_and_the_run_goes_on(corpus: Path) -> None:
    binary = corpus / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    status, report = run_json("check", *NO_FACTS, binary, corpus / "junk.txt")
    assert status != 0
    assert str(binary) in error_paths(report)
    assert "NL001" in codes(report, corpus / "junk.txt")


def test_broken_utf8_is_kept_byte_for_byte_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    data = BODY.encode() + "\nThe caf\xe9 reopened on Monday, its owner said.\n".encode("latin-1")
    path.write_bytes(data + JUNK.encode())
    out = tmp_path / "out"
    _, report = run_json("fix", *NO_FACTS, "--out", out, path)
    assert (out / path.name).read_bytes() == data
    assert {(e["path"], e["line"]) for e in report["errors"]} == {(str(path), 5)}


def test_malformed_jsonl_line_is_kept_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    good = json.dumps({"id": "a", "text": BODY + JUNK})
    broken = '{"id": "b", "text": "cut off'
    clean = json.dumps({"id": "c", "text": BODY})
    path.write_text(f"{good}\n{broken}\n{clean}\n", encoding="utf-8")
    out = tmp_path / "out"
    _, report = run_json("fix", *NO_FACTS, "--out", out, path)
    lines = (out / path.name).read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"id": "a", "text": BODY}
    assert lines[1:] == [broken, clean]
    assert (str(path), 2) in {(e["path"], e["line"]) for e in report["errors"]}


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    status, report = run_json("fix", *NO_FACTS, path)
    assert status in (0, 1)
    assert path.read_bytes() == b""
    assert report["summary"]["removed_lines"] == 0


def test_unreadable_file_exits_2_after_the_rest(corpus: Path) -> None:
    locked = corpus / "locked.txt"
    locked.write_text(BODY + JUNK, encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("this user can read a file with mode 000 (root)")
        status, report = run_json("check", *NO_FACTS, locked, corpus / "junk.txt")
    finally:
        locked.chmod(0o644)
    assert status == 2
    assert str(locked) in error_paths(report)
    assert "NL001" in codes(report, corpus / "junk.txt")
