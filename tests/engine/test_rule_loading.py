"""The rules of a run: loaded from the packs, kept in memory only, never read back from disk as
rules (the packs' values may be, as data: `io.yaml_data`); built-in patterns compiled when used."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest

from scrapelint.engine import rule_cache
from scrapelint.engine.kinds.pattern import GatedPatternKind
from scrapelint.engine.options import global_flags
from scrapelint.engine.packs import load_rule_file, load_rules
from scrapelint.engine.spec import SpecError


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


def _pattern_sources(rule) -> list[tuple[str, int]]:
    """(source, flags) of each regular expression option a rule holds, as its kind compiles it."""
    found = []
    for spec_field in dataclasses.fields(rule):
        source = getattr(rule, spec_field.name)
        if "Regex" in str(spec_field.type) and source is not None:
            folds = getattr(rule, "ignore_case", True)
            found.append((source, re.IGNORECASE if folds else 0))
    return found


def test_every_built_in_pattern_compiles() -> None:
    """The built-in packs' patterns compile on first use, not at load (a hook run's 25 ms):
    this is where an error in one is found."""
    sources = [s for rule in load_rules() for s in _pattern_sources(rule)]
    assert len(sources) > 50
    for source, flags in sources:
        re.compile(source, flags)


def test_a_built_in_pattern_is_compiled_only_when_first_used(cache: Path) -> None:
    gated = [rule for rule in load_rules() if isinstance(rule, GatedPatternKind)]
    assert gated and not any("pattern" in vars(rule) for rule in gated)
    rule = gated[0]
    assert rule.pattern.pattern == rule.source and "pattern" in vars(rule)


def test_a_pattern_that_ignores_case_is_known_without_compiling_it() -> None:
    for rule in load_rules():
        if isinstance(rule, GatedPatternKind):
            assert rule.folds == bool(rule.pattern.flags & re.IGNORECASE), rule.meta.code


@pytest.mark.parametrize(
    ("source", "letters"),
    [("(?i)news", "i"), ("(?i)(?s)a.b", "is"), ("(?i:news) today", ""), ("news (?#i)", "")],
)
def test_global_flags_are_read_from_the_pattern_s_opening(source: str, letters: str) -> None:
    assert global_flags(source) == letters
    assert bool(re.compile(source).flags & re.IGNORECASE) == ("i" in letters)


def test_a_site_pack_s_pattern_is_still_checked_at_load(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "broken.yaml").write_text(
        "code: XS009\ncategory: promo\nkind: pattern\nmessage: m\nrationale: A test rule.\n"
        "pattern: '(unclosed'\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecError) as raised:
        load_rules((folder,))
    assert raised.value.key == "pattern"


PATTERN_RULE = "code: XS009\ncategory: promo\nkind: pattern\nmessage: m\nrationale: A test rule.\n"


@pytest.mark.parametrize("source", ["(?x) (?i)subscribe", "(?#note)(?i)subscribe"])
def test_a_site_pack_s_case_flag_must_open_the_pattern(tmp_path: Path, source: str) -> None:
    """A kind reads "ignores case" from the pattern's opening flags without compiling it."""
    path = tmp_path / "late-flag.yaml"
    path.write_text(PATTERN_RULE + f"ignore-case: false\npattern: '{source}'\n", encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        load_rule_file(path)
    assert raised.value.key == "pattern"
    assert "very start" in str(raised.value)


def test_a_built_in_pattern_that_does_not_compile_names_its_rule_when_used(
    tmp_path: Path,
) -> None:
    """A built-in pack's values may come back from a cache folder someone else wrote."""
    path = tmp_path / "broken.yaml"
    path.write_text(PATTERN_RULE + "pattern: '(unclosed'\n", encoding="utf-8")
    rule = load_rule_file(path, proven=True)  # not compiled at load
    with pytest.raises(SpecError) as raised:
        rule.pattern  # noqa: B018
    assert raised.value.key == "pattern" and "XS009" in str(raised.value)
