"""The pattern store: a stored code makes the very pattern `re.compile` makes, a damaged or foreign
store is no store, and saving never fails a run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scrapelint.io.user_cache import store as write_atomic
from scrapelint.text import pattern_store
from scrapelint.text.pattern_store import LIMIT, PatternStore

from .test_lazy_pattern import package_patterns

SAMPLES = [
    (r"(?P<day>\d{1,2})\.\s*(?P<month>[^\W\d_]+)\s+(?P<year>\d{4})", re.IGNORECASE),
    (r"^[^\w]*(?:share|teilen|partager)(?!\w)", 0),
    (r"[\ud800-\udfff]|(a)(?(1)b|c)", 0),  # lone surrogates, a conditional group
    (r"(?x) \b word \s+ (?=next) # a verbose one", re.MULTILINE),
]


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources `re` parses from now on (its own cache emptied first, or it would answer
    without parsing): what is not among them came from the store."""
    re.purge()
    parsed: list[str] = []
    parse = pattern_store._parser.parse

    def recorded(source, *args, **kwargs):
        parsed.append(source)
        return parse(source, *args, **kwargs)

    monkeypatch.setattr(pattern_store._parser, "parse", recorded)
    return parsed


def test_a_stored_pattern_is_the_pattern_re_compile_makes(tmp_path, monkeypatch) -> None:
    path = tmp_path / "patterns.json"
    first = PatternStore(path, write_atomic)
    for source, flags in SAMPLES:
        assert first.compile(source, flags) == re.compile(source, flags)
    assert first.save() and path.is_file()
    expected = [re.compile(source, flags) for source, flags in SAMPLES]
    parsed = _parsed(monkeypatch)
    second = PatternStore(path, write_atomic)
    stored = [second.compile(source, flags) for source, flags in SAMPLES]
    assert parsed == []
    assert stored == expected  # source, flags and code alike
    assert not second._new and len(second._used) == len(SAMPLES)
    date = stored[0].search("am 14. März 2025")
    assert date is not None and date.group("month") == "März"
    assert stored[0].groupindex == expected[0].groupindex


def test_every_pattern_of_the_package_reads_back_equal(tmp_path, monkeypatch) -> None:
    path = tmp_path / "patterns.json"
    sources = [(p._source, p._flags) for _, p in package_patterns()]
    writer = PatternStore(path, write_atomic)
    for source, flags in sources:
        writer.compile(source, flags)
    assert writer.save()
    expected = [re.compile(source, flags) for source, flags in sources]
    parsed = _parsed(monkeypatch)
    reader = PatternStore(path, write_atomic)
    stored = [reader.compile(source, flags) for source, flags in sources]
    assert parsed == [] and not reader._new
    assert stored == expected


def _saved(path: Path) -> None:
    store = PatternStore(path, write_atomic)
    for source, flags in SAMPLES:
        store.compile(source, flags)
    assert store.save()


def test_a_damaged_store_is_no_store(tmp_path, monkeypatch) -> None:
    path = tmp_path / "patterns.json"
    _saved(path)
    data = bytearray(path.read_bytes())
    data[-40] ^= 0x01  # one bit of the body, as a failing disk would
    path.write_bytes(bytes(data))
    parsed = _parsed(monkeypatch)
    source, flags = SAMPLES[0]
    assert PatternStore(path, write_atomic).compile(source, flags) == re.compile(source, flags)
    assert parsed  # compiled from its source: the damaged code was never handed to `_sre`


def test_a_store_of_another_python_or_format_is_not_read(tmp_path, monkeypatch) -> None:
    path = tmp_path / "patterns.json"
    _saved(path)
    monkeypatch.setattr(pattern_store, "_TAG", "cpython-399-0-4")
    assert pattern_store._load(path) == {}
    monkeypatch.undo()
    assert pattern_store._load(path)
    path.write_bytes(b"not a digest\n{}")
    assert pattern_store._load(path) == {}


def test_an_entry_this_python_cannot_use_compiles_from_source(tmp_path) -> None:
    path = tmp_path / "patterns.json"
    source, flags = SAMPLES[1]
    store = PatternStore(path, write_atomic)
    store._known = {f"{flags}:{source!r}": [flags, "not base64!", 0, {}, []]}
    assert store.compile(source, flags) == re.compile(source, flags)


def test_a_bad_pattern_fails_as_re_compile_does_and_is_not_stored(tmp_path) -> None:
    store = PatternStore(tmp_path / "patterns.json", write_atomic)
    with pytest.raises(re.error):
        store.compile(r"(unclosed", 0)
    assert not store.save()  # nothing new to write


def test_saving_keeps_what_another_process_stored(tmp_path) -> None:
    path = tmp_path / "patterns.json"
    one, two = PatternStore(path, write_atomic), PatternStore(path, write_atomic)
    one.compile(*SAMPLES[0])
    two.compile(*SAMPLES[1])
    assert one.save() and two.save()
    assert len(pattern_store._load(path)) == 2


def test_the_store_keeps_the_newest_patterns_up_to_its_limit(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(pattern_store, "LIMIT", 2)
    path = tmp_path / "patterns.json"
    store = PatternStore(path, write_atomic)
    for word in ("alpha", "beta", "gamma"):
        store.compile(word)
        store.save()
    assert [key.split(":", 1)[1] for key in pattern_store._load(path)] == ["'beta'", "'gamma'"]
    assert LIMIT > 300  # the package's own patterns all fit


def test_a_store_that_cannot_be_written_costs_only_time(tmp_path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the store's folder would be")
    store = PatternStore(blocked / "patterns.json", write_atomic)
    assert store.compile(*SAMPLES[0]) == re.compile(*SAMPLES[0])
    assert store.save() is False


def test_the_package_store_lives_with_its_bytecode() -> None:
    path = pattern_store.default_path()
    assert path is not None and path.parent.name == "__pycache__"
    assert path.parent.parent == Path(pattern_store.__file__).resolve().parents[1]


def test_patterns_compile_from_the_store_once_it_is_open(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(pattern_store, "_STORE", None)
    path = tmp_path / "patterns.json"
    _saved(path)
    source, flags = SAMPLES[0]
    monkeypatch.setattr(pattern_store.atexit, "register", lambda _save: None)
    monkeypatch.setattr(pattern_store, "default_path", lambda: path)
    pattern_store.open_store(write_atomic)
    parsed = _parsed(monkeypatch)
    compiled = pattern_store.compile_pattern(source, flags)
    assert parsed == []
    assert compiled == re.compile(source, flags)


def _run_cli(tmp_path: Path, **env: str) -> list[Path]:
    """Run `scrapelint check` on a document with the package store pointed into `tmp_path`."""
    tmp_path.mkdir()
    document = tmp_path / "doc.txt"
    document.write_text("A headline\n\nA paragraph of the article, long enough to read.\n")
    script = (
        "import sys\nfrom pathlib import Path\nfrom scrapelint.text import pattern_store\n"
        f"pattern_store.default_path = lambda: Path({str(tmp_path / 'store.json')!r})\n"
        "from scrapelint.cli.commands import main\n"
        "sys.argv = ['scrapelint', 'check', sys.argv[1]]\nmain()\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment.update(env)
    subprocess.run([sys.executable, "-c", script, str(document)], env=environment, check=False)
    return sorted(tmp_path.glob("store.json"))


def test_the_command_line_writes_the_store_unless_caches_are_off(tmp_path) -> None:
    assert _run_cli(tmp_path / "off", SCRAPELINT_NO_CACHE="1") == []
    written = _run_cli(tmp_path / "on")
    assert written and pattern_store._load(written[0])


def test_a_code_unlike_re_compiles_is_not_kept(tmp_path, monkeypatch) -> None:
    # A code generator that differs from `re`'s: here it gives another pattern's (valid) code.
    other = pattern_store._compiler._code(pattern_store._parser.parse("other", 0), 0)
    pack = pattern_store._packed
    monkeypatch.setattr(pattern_store, "_packed", lambda _code: pack(other))
    store = PatternStore(tmp_path / "patterns.json", write_atomic)
    assert store.compile(*SAMPLES[1]) == re.compile(*SAMPLES[1])
    assert not store._new and not store.save()


def test_no_code_is_made_when_none_will_be_saved(tmp_path, monkeypatch) -> None:
    made = []
    monkeypatch.setattr(pattern_store, "_made", lambda *a: made.append(a))
    store = PatternStore(tmp_path / "patterns.json", write_atomic, recording=False)
    store.compile(*SAMPLES[0])
    assert made == [] and not store.save()


def test_no_store_where_python_keeps_no_bytecode(monkeypatch) -> None:
    monkeypatch.setattr(pattern_store.sys, "pycache_prefix", "/elsewhere")
    assert pattern_store.default_path() is None


def test_the_store_keeps_its_size_below_its_cap(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(pattern_store, "MAX_BYTES", 400)
    path = tmp_path / "patterns.json"
    store = PatternStore(path, write_atomic)
    for number in range(20):
        store.compile(f"word{number}")
        store.save()
    kept = pattern_store._load(path)
    assert 0 < len(kept) < 20 and "0:'word19'" in kept  # the newest stay
    assert sum(len(key) + len(entry[1]) for key, entry in kept.items()) <= 400
