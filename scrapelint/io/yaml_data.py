"""YAML data files (rule packs, vocabulary) read through a per-user cache of their values as JSON.

libyaml's safe loader takes about 40 ms over the built-in packs, and importing PyYAML 12 ms more:
a third of a pre-commit hook's budget, spent on every run to build the same values. The same
values load from JSON in about 2 ms. An entry is named by the SHA-256 of the file's bytes, so an
edited file is never answered from an old entry, and it holds data only (JSON, never pickle):
whoever reads it validates its values as it would the YAML's. Values JSON cannot hold exactly (a
date, a mapping with number keys) are never stored, and such a file is read from YAML each time.
PyYAML is imported only when a file is read from YAML.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from scrapelint.io.user_cache import cache_dir, enabled, store


class YamlDataError(ValueError):
    """A file that is not valid YAML: where (line, 1-based, or None) and what is wrong."""

    def __init__(self, line: int | None, problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem


def read_yaml(path: Path) -> Any:
    """The values of the YAML file at `path`. Raises OSError when it cannot be read,
    UnicodeDecodeError when it is not UTF-8, and `YamlDataError` when it is not YAML."""
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    if not enabled():
        return _parse(text)
    entry = cache_dir() / f"yaml-{hashlib.sha256(raw).hexdigest()[:32]}.json"
    try:
        return json.loads(entry.read_bytes())["values"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    values = _parse(text)
    stored = _exact_json(values)
    if stored is not None:
        store(entry, stored)
    return values


def _exact_json(values: Any) -> bytes | None:
    """The values as JSON, when reading that back gives exactly them (types included)."""
    try:
        # A lone surrogate (PyYAML's own loader reads "\ud800") encodes to no UTF-8: not stored.
        data = json.dumps({"values": values}, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError):
        return None
    # JSON reads no date, and reads a mapping's number keys back as text: those differ here.
    if json.loads(data)["values"] != values:
        return None
    return data


def _parse(text: str) -> Any:
    import yaml  # only on a cache miss: importing PyYAML alone costs about 12 ms

    # libyaml's loader reads a pack in a fraction of the pure-Python one's time; both are the safe
    # loader, which builds plain values only.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as error:
        raise _error(error) from None


def _error(error: Any) -> YamlDataError:
    """Where and what, from PyYAML's error, not its traceback-like text."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    context, context_mark = getattr(error, "context", None), getattr(error, "context_mark", None)
    if context and context_mark is not None and context_mark is not mark:
        problem += f" ({context} on line {context_mark.line + 1})"
    return YamlDataError(mark.line + 1 if mark is not None else None, problem)
