"""The rules of a run: loaded from the packs, kept in memory only, never read back from disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scrapelint.engine import rule_cache
from scrapelint.engine.packs import load_rules


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SCRAPELINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("SCRAPELINT_NO_CACHE", raising=False)
    rule_cache.cached_rules.cache_clear()
    load_rules.cache_clear()
    yield folder
    rule_cache.cached_rules.cache_clear()
    load_rules.cache_clear()


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


def test_cached_rules_are_the_loaded_rules_and_write_nothing(cache: Path) -> None:
    assert codes(rule_cache.cached_rules()) == codes(load_rules())
    assert not cache.exists() or not list(cache.glob("rules-*"))


def test_a_file_in_the_user_cache_is_never_read_as_rules(cache: Path) -> None:
    cache.mkdir(parents=True)
    for name in ("rules-0.pickle", f"rules-{rule_cache.source_digest()}.pickle"):
        (cache / name).write_bytes(b"cos\nsystem\n(S'touch planted'\ntR.")
    assert codes(rule_cache.cached_rules()) == codes(load_rules())
    assert not Path("planted").exists()


def test_a_changed_pack_changes_the_digest(tmp_path: Path) -> None:
    folder = site_pack(tmp_path, "XS001")
    before = rule_cache.source_digest((folder,))
    site_pack(tmp_path, "XS002")
    stat = (folder / "prompt.yaml").stat()
    os.utime(folder / "prompt.yaml", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert rule_cache.source_digest((folder,)) != before
