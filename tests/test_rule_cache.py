"""The rule cache: the same rules as loading the packs, rebuilt when a pack changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scrapelint import rule_cache
from scrapelint.packs import load_rules


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SCRAPELINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("SCRAPELINT_NO_CACHE", raising=False)
    rule_cache.cached_rules.cache_clear()
    yield folder
    rule_cache.cached_rules.cache_clear()


def codes(rules) -> list[str]:
    return [rule.meta.code for rule in rules]


def site_pack(tmp_path: Path, code: str) -> Path:
    folder = tmp_path / "site"
    folder.mkdir(exist_ok=True)
    (folder / "prompt.yaml").write_text(
        f"code: {code}\nslug: site-prompt\ncategory: promo\nkind: phrase\nmessage: m\n"
        "rationale: A test rule.\nphrases: {en: [read our daily digest]}\n",
        encoding="utf-8",
    )
    return folder


def test_cached_rules_are_the_loaded_rules(cache: Path) -> None:
    first = rule_cache.cached_rules()
    assert len(list(cache.glob("rules-*.pickle"))) == 1
    rule_cache.cached_rules.cache_clear()
    again = rule_cache.cached_rules()
    assert again is not first  # read back from the file
    assert codes(again) == codes(load_rules())


def test_a_changed_pack_is_loaded_again(cache: Path, tmp_path: Path) -> None:
    folder = site_pack(tmp_path, "XS001")
    assert "XS001" in codes(rule_cache.cached_rules((folder,)))
    rule_cache.cached_rules.cache_clear()
    load_rules.cache_clear()
    site_pack(tmp_path, "XS002")
    stat = (folder / "prompt.yaml").stat()
    os.utime(folder / "prompt.yaml", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert "XS002" in codes(rule_cache.cached_rules((folder,)))


def test_a_corrupt_entry_is_rebuilt(cache: Path) -> None:
    rule_cache.cached_rules()
    (entry,) = cache.glob("rules-*.pickle")
    entry.write_bytes(b"not a pickle")
    rule_cache.cached_rules.cache_clear()
    assert codes(rule_cache.cached_rules()) == codes(load_rules())


def test_no_cache_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRAPELINT_NO_CACHE", "1")
    assert codes(rule_cache.cached_rules()) == codes(load_rules())
    assert not cache.exists()
