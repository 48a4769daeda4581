"""The project configuration: `[tool.scrapelint]` in `pyproject.toml`, or a `scrapelint.toml`.

Found upward from the files being checked (a `scrapelint.toml` wins over a `pyproject.toml` in the
same folder; a `pyproject.toml` without a `[tool.scrapelint]` table is passed over), or named with
`--config`. Read once and validated into a frozen `Config`: an unknown key or a value of the wrong
type is an error naming the file and the key. Paths in it (`rules-dirs`, `baseline`) are relative
to the file; globs (`exclude`, `per-file-ignores`) are matched against paths relative to its folder.

    [tool.scrapelint]
    select = ["NL", "comments"]
    ignore = ["DU001"]
    extend-select = []
    per-file-ignores = { "archive/**" = ["DT"] }
    exclude = ["drafts/**", "*.bak.txt"]
    force-exclude = false
    languages = ["en", "de"]
    date-min = 2015-01-01
    date-max = "2024-12-31"
    fail-on = "warning"
    rules-dirs = ["lint-rules"]
    text-field = "body"
    baseline = "scrapelint-baseline.json"
    boilerplate = "boilerplate.db"  # the table `scrapelint learn` wrote
    max-error-documents = 5.0    # percent of documents with failing findings
    max-removed = 20.0           # percent of corpus lines removed
    max-per-rule = { NL001 = 10, "*" = 0 }
"""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapelint.engine.spec import Spec, SpecError
from scrapelint.facts.language_codes import unknown_language
from scrapelint.report.gate import Thresholds, read_thresholds
from scrapelint.text.findings import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_NAME = "scrapelint.toml"
PYPROJECT_NAME = "pyproject.toml"
SEVERITY_NAMES = frozenset(s.value for s in Severity)


@dataclass(frozen=True, slots=True)
class Config:
    """Everything a configuration file can say; the defaults are those of a run without one."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    # Remove on weaker evidence too (`scrapelint.text.confidence.AGGRESSIVE_AT`).
    aggressive: bool = False
    languages: tuple[str, ...] = ()
    date_min: datetime.date | None = None
    date_max: datetime.date | None = None
    fail_on: Severity | None = None
    rules_dirs: tuple[Path, ...] = ()
    text_field: str | None = None
    baseline: Path | None = None
    thresholds: Thresholds = field(default_factory=Thresholds)
    boilerplate: Path | None = None

    @property
    def root(self) -> Path:
        """The folder globs are relative to: the config file's, or the working folder."""
        return self.path.parent if self.path else Path.cwd()


def find_config(paths: Sequence[Path]) -> Path | None:
    """The nearest configuration file at or above the folder that holds all of `paths`."""
    start = _common_folder(paths)
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT_NAME
        if candidate.is_file() and _has_tool_table(candidate):
            return candidate
    return None


def load_config(path: Path) -> Config:
    data = _read_toml(path)
    if path.name == PYPROJECT_NAME:
        data = data.get("tool", {}).get("scrapelint", {})
    return parse_config(data, path)


def parse_config(data: Any, path: Path) -> Config:
    spec = Spec(str(path), data)
    base = path.resolve().parent
    fail_on = spec.take("fail-on", str, None)
    if fail_on is not None and fail_on not in SEVERITY_NAMES:
        raise spec.error("fail-on", f"{fail_on!r} is not one of {sorted(SEVERITY_NAMES)}")
    baseline = spec.take("baseline", str, None)
    boilerplate = spec.take("boilerplate", str, None)
    config = Config(
        path=path.resolve(),
        select=_strings(spec, "select"),
        ignore=_strings(spec, "ignore"),
        extend_select=_strings(spec, "extend-select"),
        per_file_ignores=_per_file_ignores(spec),
        exclude=_strings(spec, "exclude"),
        force_exclude=spec.take("force-exclude", bool, False),
        aggressive=spec.take("aggressive", bool, False),
        languages=_languages(spec),
        date_min=_date(spec, "date-min"),
        date_max=_date(spec, "date-max"),
        fail_on=Severity(fail_on) if fail_on else None,
        rules_dirs=tuple(base / name for name in _strings(spec, "rules-dirs")),
        text_field=spec.take("text-field", str, None),
        baseline=base / baseline if baseline else None,
        thresholds=read_thresholds(spec),
        boilerplate=base / boilerplate if boilerplate else None,
    )
    spec.finish()
    if config.date_min and config.date_max and config.date_min > config.date_max:
        raise spec.error("date-min", "is after date-max")
    return config


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise SpecError(str(path), "<file>", f"cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise SpecError(str(path), "<file>", f"not valid TOML: {error}") from None
    except UnicodeDecodeError as error:  # TOML is UTF-8
        reason = f"not UTF-8 ({error.reason} at byte {error.start})"
        raise SpecError(str(path), "<file>", reason) from None


def _has_tool_table(path: Path) -> bool:
    # A cheap test first: most pyproject.toml files never mention scrapelint.
    try:
        if "scrapelint" not in path.read_text(encoding="utf-8", errors="replace"):
            return False
    except OSError:
        return False
    return "scrapelint" in _read_toml(path).get("tool", {})


def _common_folder(paths: Sequence[Path]) -> Path:
    if not paths:
        return Path.cwd()
    folders = [p if p.is_dir() else p.parent for p in map(_resolved, paths)]
    return Path(os.path.commonpath(folders))


def _resolved(path: Path) -> Path:
    """`path` made absolute, its links followed where they lead somewhere: a link loop named on
    the command line is reported when it is read, not here."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, before Python 3.13
        return path.absolute()


def _strings(spec: Spec, key: str) -> tuple[str, ...]:
    values = spec.take(key, list, [])
    for value in values:
        if not isinstance(value, str):
            raise spec.error(key, f"expected a list of strings, got {value!r}")
    return tuple(values)


def _languages(spec: Spec) -> tuple[str, ...]:
    languages = _strings(spec, "languages")
    for code in languages:
        if (problem := unknown_language(code)) is not None:
            raise spec.error("languages", problem)
    return languages


def _per_file_ignores(spec: Spec) -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = spec.sub("per-file-ignores", {})
    pairs = tuple((pattern, _strings(table, pattern)) for pattern in table.rest())
    table.finish()
    return pairs


def _date(spec: Spec, key: str) -> datetime.date | None:
    value: object = spec.take(key, (str, datetime.date), None)
    if value is None or isinstance(value, datetime.date):
        if isinstance(value, datetime.datetime):
            raise spec.error(key, "expected a day (YYYY-MM-DD), got a date and time")
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise spec.error(key, f"expected a day (YYYY-MM-DD), got {value!r}") from None
