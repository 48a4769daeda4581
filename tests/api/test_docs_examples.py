"""The examples of docs/api.md run as written, on a small JSONL file in a scratch folder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.records import all_records, write_jsonl

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"
BLOCK_RE = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def examples() -> list[str]:
    return BLOCK_RE.findall(DOC.read_text(encoding="utf-8"))


def run_example(code: str, folder: Path, monkeypatch) -> None:
    write_jsonl(folder / "news.jsonl", all_records(12))
    monkeypatch.chdir(folder)
    exec(compile(code, str(DOC), "exec"), {"__name__": "__example__"})


def test_the_document_has_its_four_examples() -> None:
    assert len(examples()) == 4


def test_first_steps(tmp_path: Path, monkeypatch) -> None:
    run_example(examples()[0], tmp_path, monkeypatch)


def test_jsonl_loop(tmp_path: Path, monkeypatch) -> None:
    run_example(examples()[1], tmp_path, monkeypatch)
    cleaned = [json.loads(line) for line in (tmp_path / "news.cleaned.jsonl").open()]
    assert len(cleaned) == 17
    assert all("scrapelint_findings" in record for record in cleaned)


def test_datasets_map(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("datasets", reason="`datasets` is not installed (pip install datasets)")
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # a local file: nothing is fetched
    run_example(examples()[2], tmp_path, monkeypatch)


def test_ray_data_map_batches(tmp_path: Path, monkeypatch, ray_cluster) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    records = all_records(12)
    rows = [{"id": str(r["id"]), "text": r["text"], "date": r.get("date")} for r in records]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "news.parquet")
    monkeypatch.chdir(tmp_path)
    exec(compile(examples()[3], str(DOC), "exec"), {"__name__": "__example__"})
    cleaned = pq.read_table(tmp_path / "cleaned")
    assert cleaned.num_rows == len(records)
    assert {"text", "id", "scrapelint_findings", "scrapelint_date"} <= set(cleaned.column_names)
