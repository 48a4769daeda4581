"""Object storage on `--engine ray`: files are found under a URI, read and written through the
file system it names, and come out as a local run leaves them. No network: `file://` URIs, and an
`s3://` URI whose file system is swapped for a pyarrow `SubTreeFileSystem` over a local folder, so
the paths Ray and the writer see (`in/seeds.jsonl`) are no local paths at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapelint.cluster import object_store, ray_engine
from tests.cluster.test_ray_engine import DAY, corpus, files_under
from tests.corpus import run

pytest.importorskip("ray.data", reason="Ray Data is not installed (pip install '.[ray]')")
fs = pytest.importorskip("pyarrow.fs")


@pytest.fixture(autouse=True)
def cluster(ray_cluster):
    return ray_cluster


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch) -> None:
    monkeypatch.setattr(ray_engine, "LINES_PER_PIECE", 7)


def fix(source: Path | str, out: Path | str, report: Path, *flags: str):
    return run(
        "fix", source, "--out", out, "--report", report, "--output-format", "json", "-q",
        "--no-cache", "-j", "2", "--reference-date", DAY, *flags,
    )  # fmt: skip


def stored_corpus(tmp_path: Path) -> Path:
    folder = corpus(tmp_path)
    (folder / "note.txt").unlink()  # JSONL and Parquet only: pages are not read from a store
    return folder


def test_file_uris_in_and_out_give_what_a_local_run_gives(tmp_path: Path) -> None:
    folder = stored_corpus(tmp_path)
    local = fix(folder, tmp_path / "out-local", tmp_path / "local.json")
    stored = fix(
        folder.as_uri() + "/", (tmp_path / "out-ray").as_uri(), tmp_path / "ray.json",
        "--engine", "ray",
    )  # fmt: skip
    assert local.exit_code == stored.exit_code == 2  # the bad line is an input problem
    # A `file://` store names its files by their local paths: the reports are the same bytes.
    assert (tmp_path / "ray.json").read_bytes() == (tmp_path / "local.json").read_bytes()
    assert stored.stdout == local.stdout
    cleaned = files_under(tmp_path / "out-ray")
    assert cleaned == files_under(tmp_path / "out-local")
    assert {"rows.parquet", "more.jsonl.zst", "nested/more.jsonl.gz"} <= set(cleaned)


def test_an_s3_prefix_is_read_and_written_through_its_file_system(
    tmp_path: Path, monkeypatch
) -> None:
    store = tmp_path / "bucket"
    folder = stored_corpus(store)
    local = fix(folder, tmp_path / "out-local", tmp_path / "local.json")
    opened = []

    def subtree(uri: str):  # `s3://bucket/in/` -> the folder `bucket`, seen from inside
        opened.append(uri)
        root = uri.removeprefix("s3://bucket").strip("/")
        return fs.SubTreeFileSystem(str(store), fs.LocalFileSystem()), root

    monkeypatch.setattr(object_store, "open_store", subtree)
    monkeypatch.setattr("scrapelint.cluster.store_placer.open_store", subtree)
    stored = fix("s3://bucket/in/", "s3://bucket/out/", tmp_path / "ray.json", "--engine", "ray")
    assert opened == ["s3://bucket/out/", "s3://bucket/in/"]
    assert stored.exit_code == local.exit_code
    assert files_under(store / "out") == files_under(tmp_path / "out-local")
    # The report names each file as its store does, and is otherwise the local run's.
    local_report = (tmp_path / "local.json").read_text(encoding="utf-8")
    expected = local_report.replace(json.dumps(str(folder))[1:-1], "in")
    assert (tmp_path / "ray.json").read_text(encoding="utf-8") == expected


def test_a_page_in_a_store_is_named_and_left_alone(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    result = fix(folder.as_uri(), tmp_path / "out", tmp_path / "ray.json", "--engine", "ray")
    report = json.loads(result.stdout)
    (error,) = [e for e in report["errors"] if e["path"].endswith("note.txt")]
    assert error["message"] == ray_engine.NOT_STORED
    assert "note.txt" not in files_under(tmp_path / "out")
    assert (tmp_path / "out" / "seeds.jsonl").exists()


def test_a_missing_prefix_is_named(tmp_path: Path) -> None:
    uri = (tmp_path / "nowhere").as_uri()
    result = run("check", uri, "--engine", "ray", "--output-format", "json", "-q")
    assert result.exit_code == 2
    (error,) = json.loads(result.stdout)["errors"]
    assert (error["path"], error["message"]) == (uri, "no such file or folder")


@pytest.mark.parametrize(
    "args",
    [
        ("check", "s3://bucket/in/"),
        ("fix", "s3://bucket/in/", "--out", "out"),
        ("fix", "in", "--out", "gs://bucket/out/"),
    ],
)
def test_the_local_engine_refuses_a_uri_and_names_the_option(args, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    result = run(*(tmp_path / a if a in ("in", "out") else a for a in args))
    assert result.exit_code == 2
    assert "only --engine ray reads and writes" in result.stderr


def test_a_store_is_fixed_into_out_only(tmp_path: Path) -> None:
    result = run("fix", stored_corpus(tmp_path).as_uri(), "--engine", "ray")
    assert result.exit_code == 2
    assert "fixed into --out, never in place" in result.stderr
