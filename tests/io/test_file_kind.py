"""A file's kind is read from its name once, when it is found, and travels with it."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from scrapelint.io.file_kind import FileKind, kind_of
from scrapelint.io.formats import output_name, parse
from scrapelint.io.sources import Source, discover


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", FileKind("text", None, "a.txt", None)),
        ("a.MD", FileKind("markdown", None, "a.MD", None)),
        ("a.jsonl.zst", FileKind("jsonl", ".zst", "a.jsonl.zst", ".zst")),
        ("a.ndjson.gz", FileKind("jsonl", ".gz", "a.ndjson.gz", ".gz")),
        ("page.html.gz", FileKind("html", ".gz", "page.txt", None)),
        ("page.htm", FileKind("html", None, "page.txt", None)),
        ("rows.parquet", FileKind("parquet", None, "rows.parquet", None)),
        ("notes.csv", FileKind("", None, "notes.csv", None)),
    ],
)
def test_the_kind_follows_from_the_name(name: str, kind: FileKind) -> None:
    assert kind_of(name) == kind
    assert output_name(name) == kind.target


def test_a_kind_crosses_to_a_worker_process() -> None:
    source = Source(Path("x/a.jsonl.gz"), Path("x"))
    assert pickle.loads(pickle.dumps(source)) == source
    assert source.kind.is_jsonl and source.kind.streams


def test_discovery_decides_the_kind(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(b"")
    (tmp_path / "b.html").write_text("<p>x</p>")
    kinds = [item.kind.format for item in discover([tmp_path]) if isinstance(item, Source)]
    assert kinds == ["jsonl", "html"]


def test_parsing_reads_the_kind_given_not_the_name() -> None:
    raw = b'{"text": "One line."}\n'
    parsed = parse("notes.txt", raw, kind=kind_of("notes.jsonl"))
    assert parsed.is_jsonl
    assert [doc.text for doc in parsed.documents] == ["One line."]
    assert not parse("notes.txt", raw).is_jsonl


def test_a_stored_file_keeps_its_kind_and_its_file_system() -> None:
    from scrapelint.cluster.object_store import StoredSource

    filesystem = object()
    source = StoredSource(Path("bucket/a.jsonl.zst"), Path("bucket"), filesystem)
    assert source.filesystem is filesystem
    assert source.kind == kind_of("a.jsonl.zst")
