"""The result cache lives in the working tree, so nothing planted there may run or pass a gate."""

from __future__ import annotations

import ast
import hashlib
import hmac
import pickle
from pathlib import Path

import orjson
import pytest

import scrapelint
from scrapelint.io.formats import Problem
from scrapelint.io.sources import Source
from scrapelint.report.entry_spool import SpooledEntries
from scrapelint.report.file_result import FileResult
from scrapelint.report.json_form import document_json
from scrapelint.run import result_cache
from tests.corpus import report_of, run, write_corpus
from tests.report.entries import document, finding

MARKER = "planted-code-ran"


class Payload:
    """Unpickling this runs `Path(...).touch()`: what a hostile entry would do."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self):
        return (Path.touch, (self.target,))


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SCRAPELINT_CACHE_DIR", str(tmp_path / "user-cache"))
    monkeypatch.delenv("SCRAPELINT_NO_CACHE", raising=False)
    return write_corpus(tmp_path)


def check(corpus: Path) -> dict:
    result = run("check", corpus, "--output-format", "json", "--no-language", "--jobs", "1")
    assert result.exit_code == 1, result.output  # the junk file has findings
    return report_of(result)


def entries(root: Path) -> list[Path]:
    return [p for p in (root / ".scrapelint_cache" / "results").rglob("*") if p.is_file()]


def test_a_planted_pickle_entry_is_never_run(corpus: Path, tmp_path: Path) -> None:
    first = check(corpus)
    planted = entries(tmp_path)
    assert planted
    for entry in planted:
        entry.write_bytes(pickle.dumps(Payload(tmp_path / MARKER)))
    assert check(corpus) == first
    assert not (tmp_path / MARKER).exists()


def test_a_forged_entry_cannot_pass_a_file(corpus: Path, tmp_path: Path) -> None:
    first = check(corpus)
    forged_any = False
    for entry in entries(tmp_path):
        signature, _, body = entry.read_bytes().partition(b"\n")
        # The same entry with its findings emptied: valid JSON, right key, wrong signature.
        forged = body.replace(b'"findings":[{', b'"findings":[],"x":[{')
        forged_any |= forged != body
        entry.write_bytes(signature + b"\n" + forged)
    assert forged_any
    assert check(corpus) == first


@pytest.mark.parametrize("content", [b"", b"\n", b"not json at all", b"\x80\x81\x00", b"{}\n{}"])
def test_a_broken_entry_is_a_miss(corpus: Path, tmp_path: Path, content: bytes) -> None:
    first = check(corpus)
    for entry in entries(tmp_path):
        entry.write_bytes(content)
    assert check(corpus) == first


def test_the_cache_folder_keeps_itself_out_of_git_and_backups(corpus: Path, tmp_path: Path) -> None:
    check(corpus)
    folder = tmp_path / ".scrapelint_cache"
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    tag = (folder / "CACHEDIR.TAG").read_text()
    assert tag.startswith("Signature: 8a477f597d28d172789f06886806bc55")


def test_a_second_run_reads_the_signed_entries(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    first = check(corpus)
    import scrapelint.run.pipeline as pipeline

    calls = []
    original = pipeline.process_raw
    monkeypatch.setattr(pipeline, "process_raw", lambda *a: calls.append(a) or original(*a))
    assert check(corpus) == first
    assert calls == []


UNSAFE_LOADERS = {"pickle", "marshal", "shelve", "dill", "cloudpickle"}


def test_no_module_of_the_package_deserialises_code() -> None:
    package = Path(scrapelint.__file__).parent
    found = []
    for module in package.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module.split(".")[0]]
            found += [f"{module.name}: {name}" for name in names if name in UNSAFE_LOADERS]
    assert found == []


def test_an_entry_is_its_signature_its_result_and_a_line_per_report_entry(tmp_path: Path) -> None:
    entries = (document("a.jsonl", (finding("NL001", text='say "entries":[]\n'),)), document("b"))
    for found in ((), entries):
        result = FileResult(Source(Path("a.jsonl"), None), found, (), b"out", "a.jsonl", 3)
        cache = result_cache.ResultCache(tmp_path / "results", "salt", b"k" * 32)
        cache.put("ab" + "0" * 62, result)
        data = {"format": result_cache.FORMAT, "key": "ab" + "0" * 62}
        head = orjson.dumps({**data, "result": result_cache._result_data(result, entries=False)})
        body = b"".join(
            line + b"\n" for line in (head, *map(orjson.dumps, map(document_json, found)))
        )
        sign = hmac.new(b"k" * 32, body, hashlib.sha256).hexdigest().encode()
        assert (tmp_path / "results" / "ab" / ("0" * 62)).read_bytes() == sign + b"\n" + body
        assert cache.get("ab" + "0" * 62) == result


def test_a_big_hit_is_spooled_as_read_and_named_where_it_is_found(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(result_cache, "HELD_ENTRIES", 2)
    old = Source(Path("old/a.jsonl"), Path("old"))
    entries = tuple(document(str(old.path), (finding("NL001"),)) for _ in range(5))
    result = FileResult(old, entries, (Problem(str(old.path), 2, "bad", False),), None, "a", 9)
    cache = result_cache.ResultCache(tmp_path / "results", "salt", b"k" * 32)
    key = "cd" + "0" * 62
    cache.put(key, result)
    new = Source(Path("new/a.jsonl"), Path("new"))
    spools = tmp_path / "spools"
    spools.mkdir()
    hit = cache.get(key, new, spools)
    assert hit == result.at(new)
    assert isinstance(hit.entries, SpooledEntries) and hit.entries[0].path == str(new.path)
    entry = cache._entry(key)
    lines = entry.read_bytes().split(b"\n")
    entry.write_bytes(b"\n".join([*lines[:3], lines[3].replace(b"NL001", b"NL002"), *lines[4:]]))
    assert cache.get(key, new, spools) is None  # one entry changed: the signature fails
    assert list(spools.iterdir()) == [hit.entries.spool.path]  # the discarded spool is gone


def test_an_entry_of_the_former_format_is_a_miss(tmp_path: Path) -> None:
    cache = result_cache.ResultCache(tmp_path / "results", "salt", b"k" * 32)
    key = "ef" + "0" * 62
    body = orjson.dumps({"format": "scrapelint-result/1", "key": key, "result": {}})
    sign = hmac.new(b"k" * 32, body, hashlib.sha256).hexdigest().encode()
    cache._entry(key).parent.mkdir(parents=True)
    cache._entry(key).write_bytes(sign + b"\n" + body)
    assert cache.get(key) is None


@pytest.mark.parametrize(
    "line", [b"[1]", b'{"findings": 5}', b'{"findings": [{"code": 1}]}', b'{"path": []}', b"{"]
)
def test_a_planted_entry_of_any_shape_is_a_miss(tmp_path: Path, line: bytes) -> None:
    cache = result_cache.ResultCache(tmp_path / "results", "salt", b"k" * 32)
    key = "ab" + "1" * 62
    result = FileResult(Source(Path("a.jsonl"), None), (document("a.jsonl"),), (), None, "a", 1)
    cache.put(key, result)
    entry = cache._entry(key)
    head = entry.read_bytes().split(b"\n")[:2]
    entry.write_bytes(b"\n".join([*head, line, b""]))
    assert cache.get(key) is None
