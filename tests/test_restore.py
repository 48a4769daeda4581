"""`scrapelint restore`: a fix undone from its report byte for byte, or refused."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson

from tests.corpus import ARTICLE, JUNK, run

RECORDS = [{"id": 1, "text": JUNK}, {"id": 2, "text": ARTICLE}]


def make_corpus(root: Path) -> dict[Path, bytes]:
    files = {
        root / "a.txt": JUNK.encode(),
        root / "b.md": ("---\ndate: 2017-11-04\n---\n" + JUNK).replace("\n", "\r\n").encode(),
        root / "c.jsonl": b"".join(orjson.dumps(r) + b"\n" for r in RECORDS),
        root / "d.jsonl.gz": gzip.compress(b"".join(orjson.dumps(r) + b"\n" for r in RECORDS)),
    }
    root.mkdir(parents=True, exist_ok=True)
    for path, data in files.items():
        path.write_bytes(data)
    return files


def test_restore_undoes_an_in_place_fix(tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "corpus")
    report = tmp_path / "report.json"
    run("fix", tmp_path / "corpus", "--report", report, "--no-cache", "--no-language")
    assert any(path.read_bytes() != data for path, data in files.items())
    assert run("restore", report).exit_code == 0
    for path, data in files.items():
        if path.suffix == ".gz":
            assert gzip.decompress(path.read_bytes()) == gzip.decompress(data)
        else:
            assert path.read_bytes() == data


def test_restore_from_an_out_folder(tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "corpus")
    report = tmp_path / "report.json"
    out = tmp_path / "cleaned"
    run("fix", tmp_path / "corpus", "--out", out, "--report", report, "--no-cache")
    restored = tmp_path / "restored"
    assert run("restore", report, "--cleaned", out, "--out", restored).exit_code == 0
    assert (restored / "a.txt").read_bytes() == files[tmp_path / "corpus" / "a.txt"]


def test_restore_refuses_an_edited_file(tmp_path: Path) -> None:
    make_corpus(tmp_path / "corpus")
    report = tmp_path / "report.json"
    run("fix", tmp_path / "corpus", "--report", report, "--no-cache", "--no-language")
    edited = tmp_path / "corpus" / "a.txt"
    edited.write_text(edited.read_text() + "A line added after the fix.\n")
    before = edited.read_bytes()
    result = run("restore", report)
    assert result.exit_code == 2
    assert "a.txt" in result.stderr
    assert edited.read_bytes() == before  # refused, not guessed
