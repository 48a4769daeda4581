"""Reading a YAML mapping strictly: every key is asked for once, anything left over is an error.

Rule packs and configuration files are written by hand; a misspelt key that is silently ignored is
a rule that silently does nothing, so every error names the file and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from scrapelint.engine.suggest import did_you_mean

T = TypeVar("T")
_MISSING = object()


class SpecError(ValueError):
    """A configuration or rule-pack file that cannot be used; the message names file and key."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        super().__init__(f"{source}: {key}: {problem}" if key else f"{source}: {problem}")
        self.source = source
        self.key = key


class Spec:
    """A mapping read strictly. `proven`: a built-in pack's, whose every regular expression the
    test suite compiles; readers leave its patterns to compile on first use."""

    def __init__(self, source: str, data: Any, where: str = "", proven: bool = False) -> None:
        if not isinstance(data, Mapping):
            raise SpecError(source, where or "<top>", "expected a mapping")
        self.source = source
        self.where = where
        self.proven = proven
        self._data = dict(data)
        self._seen: set[str] = set()

    def _key(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def take(self, key: str, kind: type[T] | tuple[type, ...], default: Any = _MISSING) -> T:
        self._seen.add(key)
        if key not in self._data:
            if default is _MISSING:
                raise SpecError(self.source, self._key(key), "missing")
            return default
        value = self._data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, float)):
            name = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise SpecError(self.source, self._key(key), f"expected {name}, got {value!r}")
        return cast(T, value)

    def choice(self, key: str, options: frozenset[str] | set[str], default: str) -> str:
        value = self.take(key, str, default)
        if value not in options:
            raise SpecError(
                self.source, self._key(key), f"{value!r} is not one of {sorted(options)}"
            )
        return value

    def sub(self, key: str, default: Any = _MISSING) -> Spec:
        return Spec(self.source, self.take(key, dict, default), self._key(key), self.proven)

    def rest(self) -> dict[str, Any]:
        """Everything not yet taken, for a kind to read its own options from."""
        return {k: v for k, v in self._data.items() if k not in self._seen}

    def finish(self) -> None:
        unknown = sorted(set(self._data) - self._seen)
        if unknown:
            hint = did_you_mean(unknown[0], self._seen)
            raise SpecError(self.source, self._key(unknown[0]), f"unknown key{hint}")

    def error(self, key: str, problem: str) -> SpecError:
        return SpecError(self.source, self._key(key), problem)
