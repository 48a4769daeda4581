"""Parquet beside JSONL: the same findings and cleaned texts as the same records in JSONL, every
other column untouched, row groups kept, metadata columns on request, and restore."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus import run
from tests.records import all_records, write_jsonl

pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install '.[parquet]')")
pq = pytest.importorskip("pyarrow.parquet")

DAY = "2025-06-01"


def write_parquet(path: Path, records: list[dict], group: int = 10) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [
        {
            "id": str(r["id"]),
            "text": r["text"],
            "date": r.get("date"),
            "scrapelint_ignore": r.get("scrapelint_ignore"),
        }
        for r in records
    ]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=group)
    return path


def fix(*args) -> dict:
    result = run("fix", *args, "--reference-date", DAY, "--no-cache", "-q", "-j", "1")
    assert result.exit_code in (0, 1), result.stderr
    return result


def entries_of(report: Path) -> list[dict]:
    return json.loads(report.read_text(encoding="utf-8"))["documents"]


def test_same_results_as_the_records_in_jsonl(tmp_path: Path) -> None:
    records = all_records(25)
    for record in records:
        record["id"] = str(record["id"])
        record.pop("author", None)
        record.setdefault("date", None)
    jsonl = write_jsonl(tmp_path / "a" / "news.jsonl", records)
    parquet = write_parquet(tmp_path / "b" / "news.parquet", records)
    fix(jsonl, "--out", tmp_path / "out-a", "--report", tmp_path / "a.json")
    fix(parquet, "--out", tmp_path / "out-b", "--report", tmp_path / "b.json")
    by_jsonl = [json.loads(x) for x in (tmp_path / "out-a" / "news.jsonl").open(encoding="utf-8")]
    cleaned = pq.read_table(tmp_path / "out-b" / "news.parquet")
    assert cleaned.column("text").to_pylist() == [r["text"] for r in by_jsonl]
    original = pq.read_table(parquet)
    assert cleaned.drop_columns(["text"]).equals(original.drop_columns(["text"]))
    assert cleaned.schema == original.schema
    assert pq.ParquetFile(tmp_path / "out-b" / "news.parquet").metadata.num_row_groups == 3
    a, b = entries_of(tmp_path / "a.json"), entries_of(tmp_path / "b.json")
    assert [e["findings"] for e in a] == [e["findings"] for e in b]
    assert [e["record"] for e in b] == list(range(1, len(records) + 1))
    assert [e["id"] for e in b] == [r["id"] for r in records]


def test_metadata_columns_on_request_and_restore(tmp_path: Path) -> None:
    source = write_parquet(tmp_path / "in" / "news.parquet", all_records(12), group=4)
    report = tmp_path / "report.json"
    fix(source, "--out", tmp_path / "out", "--report", report, "--add-metadata")
    cleaned = pq.read_table(tmp_path / "out" / "news.parquet")
    entries = entries_of(report)
    assert cleaned.column("scrapelint_date").to_pylist() == [e["date"] for e in entries]
    assert cleaned.column("scrapelint_authors").to_pylist() == [e["authors"] for e in entries]
    findings = [json.loads(f) for f in cleaned.column("scrapelint_findings").to_pylist()]
    assert [[f["code"] for f in x] for x in findings] == [
        [f["code"] for f in e["findings"]] for e in entries
    ]
    restored = run("restore", report, "--cleaned", tmp_path / "out", "--out", tmp_path / "back")
    assert restored.exit_code == 0, restored.stderr
    assert pq.read_table(tmp_path / "back" / "news.parquet").equals(pq.read_table(source))


def test_without_add_metadata_no_column_is_added(tmp_path: Path) -> None:
    source = write_parquet(tmp_path / "news.parquet", all_records(3))
    fix(source, "--out", tmp_path / "out")
    assert pq.read_table(tmp_path / "out" / "news.parquet").schema == pq.read_table(source).schema


def test_a_row_without_text_is_kept_and_named(tmp_path: Path) -> None:
    table = pa.table({"text": ["Body of the article.\nShare on Facebook\n", None], "n": [1, 2]})
    source = tmp_path / "news.parquet"
    pq.write_table(table, source)
    result = fix(source, "--out", tmp_path / "out")
    assert "news.parquet:2:1: error: no string field 'text'; kept as is" in result.stdout
    assert pq.read_table(tmp_path / "out" / "news.parquet").column("text")[1].as_py() is None


def test_a_missing_column_or_a_broken_file_is_an_input_problem(tmp_path: Path) -> None:
    source = write_parquet(tmp_path / "news.parquet", all_records(2))
    result = run("check", source, "--text-field", "body", "-q")
    assert result.exit_code == 2
    assert "no column 'body'; kept as is" in result.stdout
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    result = run("check", broken, "-q")
    assert result.exit_code == 2
    assert "broken.parquet" in result.stdout and "not a Parquet file" in result.stdout


def test_check_reads_parquet_and_writes_nothing(tmp_path: Path) -> None:
    source = write_parquet(tmp_path / "news.parquet", all_records(3))
    before = source.read_bytes()
    result = run("check", source, "-q", "--output-format", "json", "--no-cache")
    assert len(json.loads(result.stdout)["documents"]) == 8
    assert source.read_bytes() == before


def test_without_pyarrow_a_folder_passes_parquet_over_and_a_named_file_is_reported(
    tmp_path: Path, monkeypatch
) -> None:
    import sys

    from scrapelint.io import formats

    source = write_parquet(tmp_path / "news.parquet", all_records(2))
    monkeypatch.setattr(formats, "parquet_readable", lambda: False)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)  # `import` raises ImportError
    (tmp_path / "note.txt").write_text("A plain note of a few words.\n", encoding="utf-8")
    folder = run("check", tmp_path, "-q", "--no-cache", "--output-format", "json")
    assert folder.exit_code in (0, 1)
    assert [d["path"] for d in json.loads(folder.stdout)["documents"]] == [
        str(tmp_path / "note.txt")
    ]
    named = run("check", source, "-q", "--no-cache")
    assert named.exit_code == 2
    assert "reading Parquet needs pyarrow: pip install 'scrapelint[parquet]'" in named.stdout


def test_a_big_file_shares_its_row_groups_among_workers(tmp_path: Path, monkeypatch) -> None:
    from scrapelint.run import pipeline

    source = write_parquet(tmp_path / "in" / "news.parquet", all_records(30), group=4)
    one = fix(source, "--out", tmp_path / "one", "--report", tmp_path / "one.json", "-j", "1")
    from scrapelint.run import parallel

    monkeypatch.setattr(pipeline, "STREAM_BYTES", 0)  # every Parquet file is big
    shared = []
    original = parallel._map_groups

    def counting(pool, jobs, groups):
        for result in original(pool, jobs, groups):
            shared.append(result)
            yield result

    monkeypatch.setattr(parallel, "_map_groups", counting)
    run_two = run(
        "fix", source, "--out", tmp_path / "two", "--report", tmp_path / "two.json",
        "--reference-date", DAY, "--no-cache", "-q", "-j", "2", "--add-metadata",
    )  # fmt: skip
    again = run(
        "fix", source, "--out", tmp_path / "one-md", "--report", tmp_path / "one-md.json",
        "--reference-date", DAY, "--no-cache", "-q", "-j", "1", "--add-metadata",
    )  # fmt: skip
    assert one.exit_code == run_two.exit_code == again.exit_code
    assert run_two.stdout == again.stdout
    two, single = tmp_path / "two" / "news.parquet", tmp_path / "one-md" / "news.parquet"
    assert pq.read_table(two).equals(pq.read_table(single))
    assert pq.ParquetFile(two).metadata.num_row_groups == 9
    assert len(shared) == 9  # each group went through the worker pool
    assert (tmp_path / "two.json").read_bytes() == (tmp_path / "one-md.json").read_bytes()
