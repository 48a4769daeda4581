"""`--engine ray` leaves what a local run leaves: the same report, output and cleaned files, byte
for byte, on the seeds and a generated corpus in JSONL (plain, .gz, .zst) and Parquet, on a local
2-CPU Ray cluster. Pieces are made small here so every file is cut into several."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import zstandard

from scrapelint.cluster import ray_engine
from tests.corpus import run
from tests.records import all_records, write_jsonl

pytest.importorskip("ray.data", reason="Ray Data is not installed (pip install '.[ray]')")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

DAY = "2025-06-01"


@pytest.fixture(autouse=True)
def cluster(ray_cluster):
    return ray_cluster


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch) -> None:
    monkeypatch.setattr(ray_engine, "LINES_PER_PIECE", 7)


def corpus(root: Path) -> Path:
    records = all_records(45)
    folder = root / "in"
    write_jsonl(folder / "seeds.jsonl", records[:5])
    plain = write_jsonl(folder / "generated.jsonl", records[5:25])
    gz = write_jsonl(root / "tmp1.jsonl", records[25:35])
    (folder / "nested").mkdir()
    (folder / "nested" / "more.jsonl.gz").write_bytes(gzip.compress(gz.read_bytes()))
    zst = write_jsonl(root / "tmp2.jsonl", records[35:])
    (folder / "more.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(zst.read_bytes()))
    rows = [{"id": str(r["id"]), "text": r["text"], "date": r.get("date")} for r in records]
    pq.write_table(pa.Table.from_pylist(rows), folder / "rows.parquet", row_group_size=9)
    # What a corpus holds besides: a bad line, a byte that is not UTF-8, an empty file, a page.
    bad = plain.read_bytes().replace(b"\n", b"\nnot json\n", 1)
    bad = bad.replace(b"Facebook", b"Face\xffbook")
    (folder / "bad.jsonl").write_bytes(bad)
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "note.txt").write_text(records[0]["text"], encoding="utf-8")
    return folder


def both(tmp_path: Path, command: str, *flags: str) -> tuple:
    folder = tmp_path / "in" if (tmp_path / "in").exists() else corpus(tmp_path)
    runs = []
    for engine in ("local", "ray"):
        out = tmp_path / f"out-{engine}"
        extra = ("--out", out, "--report", tmp_path / f"{engine}.json") if command == "fix" else ()
        result = run(
            command, folder, *extra, *flags, "--engine", engine, "-j", "2", "--no-cache", "-q",
            "--reference-date", DAY,
        )  # fmt: skip
        runs.append(result)
    return runs


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_fix_on_ray_leaves_what_a_local_fix_leaves(tmp_path: Path) -> None:
    local, on_ray = both(tmp_path, "fix", "--output-format", "json")
    assert local.exit_code == on_ray.exit_code == 2  # the bad line is an input problem
    assert on_ray.stdout == local.stdout
    report = json.loads((tmp_path / "ray.json").read_text(encoding="utf-8"))
    assert len(report["documents"]) > 80
    assert (tmp_path / "ray.json").read_bytes() == (tmp_path / "local.json").read_bytes()
    cleaned = files_under(tmp_path / "out-ray")
    assert cleaned == files_under(tmp_path / "out-local")
    assert {"rows.parquet", "more.jsonl.zst", "nested/more.jsonl.gz"} <= set(cleaned)


@pytest.mark.parametrize(
    "flags", [("--output-format", "json", "--statistics"), ("--output-format", "html")]
)
def test_check_on_ray_reports_what_a_local_check_reports(tmp_path: Path, flags) -> None:
    local, on_ray = both(tmp_path, "check", *flags)
    assert (on_ray.exit_code, on_ray.stdout) == (local.exit_code, local.stdout)


def test_metadata_and_per_file_ignores_on_ray(tmp_path: Path) -> None:
    corpus(tmp_path)
    config = '[per-file-ignores]\n"nested/**" = ["NL"]\n'
    (tmp_path / "scrapelint.toml").write_text(config, encoding="utf-8")
    local, on_ray = both(tmp_path, "fix", "--add-metadata")
    assert on_ray.stdout == local.stdout
    assert (tmp_path / "ray.json").read_bytes() == (tmp_path / "local.json").read_bytes()
    assert files_under(tmp_path / "out-ray") == files_under(tmp_path / "out-local")


def test_diff_is_refused_on_ray(tmp_path: Path) -> None:
    result = run("fix", corpus(tmp_path), "--diff", "--engine", "ray")
    assert result.exit_code == 2
    assert "--diff runs on the local engine only" in result.stderr


def test_a_damaged_file_is_named_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_jsonl(folder / "fine.jsonl", all_records(3))
    whole = gzip.compress(write_jsonl(tmp_path / "tmp.jsonl", all_records(20)).read_bytes())
    (folder / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    local, on_ray = both(tmp_path, "fix", "--output-format", "json")
    assert local.exit_code == on_ray.exit_code == 2
    for result in (local, on_ray):
        report = json.loads(result.stdout)
        assert {e["path"] for e in report["documents"]} == {str(folder / "fine.jsonl")}
        (error,) = report["errors"]
        assert error["path"] == str(folder / "cut.jsonl.gz") and error["fatal"]
    assert not (tmp_path / "out-ray" / "cut.jsonl.gz").exists()
