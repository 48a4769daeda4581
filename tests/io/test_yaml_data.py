"""YAML data files read through the per-user cache of their values: the same values as YAML gives,
an edited file never answered from an old entry, nothing but JSON read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapelint.io.yaml_data import YamlDataError, read_yaml

PACK = "code: XS001\nphrases:\n  en: [read our daily digest, 'yes']\nmax-words: 12\nratio: 0.5\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SCRAPELINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("SCRAPELINT_NO_CACHE", raising=False)
    return folder


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("yaml-*.json")) if cache.exists() else []


def test_a_file_is_stored_once_and_read_back_as_the_same_values(
    cache: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, PACK)
    first = read_yaml(path)
    assert first == {
        "code": "XS001",
        "phrases": {"en": ["read our daily digest", "yes"]},
        "max-words": 12,
        "ratio": 0.5,
    }
    [entry] = entries(cache)
    # The second read is the entry's: change what it holds and the read follows it.
    entry.write_text(json.dumps({"values": {"from": "the entry"}}), encoding="utf-8")
    assert read_yaml(path) == {"from": "the entry"}


def test_an_edited_file_is_read_again_not_answered_from_the_old_entry(
    cache: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, PACK)
    read_yaml(path)
    write(tmp_path, PACK.replace("XS001", "XS002"))
    assert read_yaml(path)["code"] == "XS002"
    assert len(entries(cache)) == 2


def test_a_broken_entry_is_read_from_yaml_and_written_again(cache: Path, tmp_path: Path) -> None:
    path = write(tmp_path, PACK)
    read_yaml(path)
    [entry] = entries(cache)
    for broken in (b"{not json", b"[1, 2]", b'{"other": 1}', b"\xff\xfe"):
        entry.write_bytes(broken)
        assert read_yaml(path)["code"] == "XS001"
        assert json.loads(entry.read_bytes())["values"]["code"] == "XS001"


@pytest.mark.parametrize(
    "text",
    [
        "published: 2025-03-14\n",  # a date: JSON has none
        "1: one\n2: two\n",  # number keys: JSON would read them back as text
        "flag: yes\nvalue: 1\n",  # exact: stored
    ],
)
def test_only_values_json_holds_exactly_are_stored(cache: Path, tmp_path: Path, text: str) -> None:
    import yaml

    path = write(tmp_path, text)
    expected = yaml.safe_load(text)
    assert read_yaml(path) == expected
    values = read_yaml(path)
    assert [type(v) for v in values.values()] == [type(v) for v in expected.values()]
    stored = [json.loads(e.read_bytes())["values"] for e in entries(cache)]
    assert all(s == {"flag": True, "value": 1} for s in stored)  # only the exact one
    assert bool(stored) == (text == "flag: yes\nvalue: 1\n")


def test_with_caches_off_nothing_is_written(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCRAPELINT_NO_CACHE", "1")
    assert read_yaml(write(tmp_path, PACK))["code"] == "XS001"
    assert entries(cache) == []


def test_an_unwritable_cache_costs_time_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = write(tmp_path, "a file where the cache folder would be", "blocker")
    monkeypatch.setenv("SCRAPELINT_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("SCRAPELINT_NO_CACHE", raising=False)
    assert read_yaml(write(tmp_path, PACK))["code"] == "XS001"


def test_a_file_that_is_not_yaml_names_its_line(cache: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "code: XS001\nphrases: [a, b\nmax-words: 3\n")
    with pytest.raises(YamlDataError) as raised:
        read_yaml(path)
    assert raised.value.line is not None and raised.value.line >= 2
    assert entries(cache) == []


def test_a_file_that_is_not_utf8_is_an_error(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("name: café\n".encode("latin-1"))
    with pytest.raises(UnicodeDecodeError):
        read_yaml(path)
