"""Module-level patterns compiled on first use: the same answers as compiled ones, every one of
the package's patterns compiles, and nothing is compiled before it is used."""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
import re

import pytest

import scrapelint
from scrapelint.text.lazy_pattern import LazyPattern, lazy


def package_patterns() -> list[tuple[str, LazyPattern]]:
    found = []
    for module_info in pkgutil.walk_packages(scrapelint.__path__, "scrapelint."):
        if module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                found.append((f"{module_info.name}.{name}", value))
    return found


def test_every_module_pattern_of_the_package_compiles() -> None:
    patterns = package_patterns()
    assert len(patterns) > 100
    for name, pattern in patterns:
        try:
            pattern.compiled()
        except re.error as error:
            pytest.fail(f"{name}: {error}")


def test_a_pattern_is_compiled_at_its_first_use_only() -> None:
    pattern = lazy(r"(?P<day>\d+) (?P<month>[a-z]+)", re.IGNORECASE)
    assert "search" not in vars(pattern)
    assert pattern.search("on 14 March").group("month") == "March"
    assert "search" in vars(pattern) and "sub" in vars(pattern)  # bound, no lookup again


def test_it_answers_as_the_compiled_pattern_does() -> None:
    source, flags = r"(\w+)@(\w+)\.example", re.IGNORECASE
    compiled, deferred = re.compile(source, flags), lazy(source, flags)
    text = "Write to Ana@News.example or desk@Paper.EXAMPLE today."
    assert [m.span() for m in deferred.finditer(text)] == [
        m.span() for m in compiled.finditer(text)
    ]
    assert deferred.findall(text) == compiled.findall(text)
    assert deferred.sub(r"\2", text) == compiled.sub(r"\2", text)
    assert deferred.split(text) == compiled.split(text)
    assert deferred.fullmatch("a@b.example") is not None
    assert (deferred.pattern, deferred.flags, deferred.groups) == (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
    )


def test_a_pattern_that_does_not_compile_fails_where_it_is_used() -> None:
    broken = lazy("(unclosed")
    with pytest.raises(re.error):
        broken.search("text")


def test_copies_and_pickles_stay_patterns_and_compile_nothing_to_be_made() -> None:
    pattern = lazy(r"\d{4}")
    made = [copy.copy(pattern), copy.deepcopy(pattern), pickle.loads(pickle.dumps(pattern))]
    assert "search" not in vars(pattern)
    assert all(m.search("in 2025").group() == "2025" for m in made)
    used = pickle.loads(pickle.dumps(pattern))
    assert used.search("in 1999").group() == "1999"


def test_it_offers_only_what_a_pattern_offers() -> None:
    with pytest.raises(AttributeError):
        lazy("a").no_such_member  # noqa: B018


def test_a_used_pattern_with_named_groups_copies_and_pickles_too() -> None:
    pattern = lazy(r"(?P<year>\d{4})")
    assert pattern.search("in 2025") is not None and pattern.groupindex == {"year": 1}
    for made in (pickle.loads(pickle.dumps(pattern)), copy.deepcopy(pattern)):
        assert made.search("in 1999").group("year") == "1999"
