"""Bad input read as well as it can be: UTF-16 and UTF-32 named by a byte-order mark are text, a
stray NUL byte is reported where it stands, and every skipped file is counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapelint.io.encodings import looks_binary
from tests.corpus import ARTICLE, JUNK, run

QUIET = ["--no-language", "--select", "newsletter,share", "--no-cache"]


def report(*args) -> dict:
    return json.loads(run(*args, "--output-format", "json").stdout)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be", "utf-32-be"])
def test_wide_encodings_with_a_mark_are_fixed_and_restored_in_their_encoding(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "wide.txt"
    mark = "" if encoding in ("utf-16", "utf-32") else "\ufeff"  # the bare codecs add their own
    original = (mark + JUNK).encode(encoding)
    path.write_bytes(original)
    checked = report("check", path, *QUIET)
    assert [f["code"] for d in checked["documents"] for f in d["findings"]] == ["NL001", "SH001"]
    fixed = run("fix", path, *QUIET, "--report", tmp_path / "report.json")
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    assert path.read_bytes() == (mark + ARTICLE).encode(encoding)
    assert run("restore", tmp_path / "report.json").exit_code == 0
    assert path.read_bytes() == original


def test_a_stray_nul_byte_is_reported_with_its_place_and_the_file_checked(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(JUNK.replace("storm left", "storm\0left").encode("utf-8"))
    checked = report("check", path, *QUIET)
    assert checked["documents"], "the file was skipped as binary"
    assert [(e["line"], e["fatal"]) for e in checked["errors"]] == [(3, False)]
    assert "column 10" in checked["errors"][0]["message"]
    # the control-character rule may take the byte out in a fix: the reader only keeps it readable
    assert "kept" not in checked["errors"][0]["message"]


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"])
def test_bad_bytes_are_placed_on_the_lines_findings_count(tmp_path: Path, newline: str) -> None:
    """An old Mac file ends its lines with CR alone: its NUL and undecodable bytes were all said to
    stand on line 1, where its findings stood on their own lines."""
    text = JUNK.replace("\n", newline).encode("utf-8")
    (tmp_path / "a.txt").write_bytes(text.replace(b"storm left", b"storm\0left"))
    (tmp_path / "b.txt").write_bytes(text.replace(b"Sign up", b"Sign\xa0up"))
    checked = report("check", tmp_path, *QUIET)
    assert [(e["line"], e["message"].split(";")[0]) for e in checked["errors"]] == [
        (3, "NUL byte at column 10"),
        (7, "byte 0xa0 is not valid UTF-8"),
    ]
    assert [f["line"] for d in checked["documents"] for f in d["findings"]] == [7, 8, 7, 8]


def test_binary_files_are_still_skipped() -> None:
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    assert looks_binary(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    assert not looks_binary(b"Une ligne de texte, avec un\0seul octet nul.\n")
    assert not looks_binary("Schnee fällt".encode() + b"\xc3")  # a block cut inside a character


def test_every_skipped_file_is_counted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(JUNK, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "c.jsonl").write_text('{"body": "no text field"}\n', encoding="utf-8")
    summary = report("check", tmp_path, *QUIET)["summary"]
    assert summary["files"] == 3 and summary["skipped"] == 2


@pytest.mark.parametrize(
    "raw", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \r\n\t\n", " \n".encode("utf-16"), b"\xff\xfe"]
)
def test_a_mark_with_no_text_after_it_is_an_empty_file(tmp_path: Path, raw: bytes) -> None:
    """It was checked as a document with no date, author or language to find."""
    path = tmp_path / "marked.txt"
    path.write_bytes(raw)
    checked = report("check", path, *QUIET)
    assert checked["documents"] == []
    assert [e["message"] for e in checked["errors"]] == ["empty file"]
    assert checked["summary"]["skipped"] == 1


def test_a_line_that_is_not_json_is_placed_by_its_column_only(tmp_path: Path) -> None:
    """The parser's "line 1 column 9 (char 8)" named the record's line, beside the file's line 2."""
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "An article."}\n{"text" "no colon"}\n', encoding="utf-8")
    (error,) = report("check", path, *QUIET)["errors"]
    assert error["line"] == 2
    reason = "unexpected character, expected ':' after key at column 9"
    assert error["message"] == f"not a JSON record ({reason}); kept as is"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_is_named_as_such(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(JUNK.encode(encoding))  # no byte-order mark
    checked = run("check", path, "--no-cache")
    assert "UTF-16 without a byte-order mark" in checked.stdout + checked.stderr
    png = tmp_path / "b.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" * 40)
    assert "binary file skipped" in run("check", png, "--no-cache").stdout
