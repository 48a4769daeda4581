"""A kind's YAML options, declared once: the fields of the kind's frozen dataclass.

Each field is made by `option(default, doc=..., choices=...)`; its YAML key is its name with
dashes (`max_words` is `max-words`) unless `key=` says otherwise, and its type says how the value
is read and checked. Loading (`read_options`), the errors that name the rule file and key, and the
documentation `scrapelint rule CODE` prints (`option_docs`) all come from that one declaration,
as yamllint's rules each carry their option schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields
from functools import cache
from types import UnionType
from typing import Any, NewType, Union, get_args, get_origin, get_type_hints

from scrapelint.engine.spec import Spec, SpecError
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.pattern_store import compile_pattern

_GLOBAL_FLAGS = lazy(r"\(\?([aiLmsux]+)\)")

# A phrase list as written: flat, or grouped by concept or language (`{en: [...], de: [...]}`).
Phrases = NewType("Phrases", tuple[str, ...])
# The source of a regular expression, checked at load; the kind compiles it with its own flags.
Regex = NewType("Regex", str)
# A list of non-empty literal strings.
Literals = NewType("Literals", tuple[str, ...])


class OptionError(ValueError):
    """A cross-field check that failed: `key` is the option at fault (the loader names the file)."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


def option(
    default: Any = MISSING,
    *,
    doc: str,
    choices: frozenset[str] | None = None,
    key: str | None = None,
    shown_default: str | None = None,
) -> Any:
    """A kind's option: a dataclass field with its documentation, allowed values and YAML key."""
    metadata = {"doc": doc, "choices": choices, "key": key, "shown_default": shown_default}
    return field(default=default, metadata=metadata)


@dataclass(frozen=True, slots=True)
class OptionDoc:
    """One option as `scrapelint rule CODE` lists it."""

    key: str
    type: str
    default: str | None  # None: the option is required
    doc: str

    def line(self) -> str:
        default = "required" if self.default is None else f"default {self.default}"
        return f"{self.key} ({self.type}; {default}): {self.doc}"


def declared(kind: type) -> list[Field]:
    """The option fields of `kind`, in declaration order (fields made without `option` are not
    options: `meta` is the rule's identity)."""
    return [f for f in fields(kind) if "doc" in f.metadata]


def option_key(spec_field: Field) -> str:
    return spec_field.metadata["key"] or spec_field.name.replace("_", "-")


def read_options(kind: type, spec: Spec, defaults: Mapping[str, Any]) -> dict[str, Any]:
    """The values of `kind`'s options read from `spec`, by field name; `defaults` overrides the
    declared default of some fields for this rule."""
    hints = _hints(kind)
    values: dict[str, Any] = {}
    for spec_field in declared(kind):
        default = defaults.get(spec_field.name, spec_field.default)
        reader = _reader(hints[spec_field.name])
        values[spec_field.name] = reader(spec, option_key(spec_field), default, spec_field)
    return values


def build(kind: type, spec: Spec, fixed: Mapping[str, Any], defaults: Mapping[str, Any]) -> Any:
    """An instance of `kind` from `spec`; a cross-field check it fails names the file and key."""
    values = read_options(kind, spec, defaults)
    try:
        return kind(**fixed, **values)
    except OptionError as error:
        raise spec.error(error.key, error.problem) from None


def option_docs(kind: type) -> list[OptionDoc]:
    hints = _hints(kind)
    return [_doc(f, hints[f.name]) for f in declared(kind)]


def _doc(spec_field: Field, hint: Any) -> OptionDoc:
    choices = spec_field.metadata["choices"]
    kind = f"one of {', '.join(sorted(choices))}" if choices else _type_name(hint)
    shown = spec_field.metadata["shown_default"]
    if shown is None and spec_field.default is not MISSING:
        shown = _shown(spec_field.default)
    return OptionDoc(option_key(spec_field), kind, shown, spec_field.metadata["doc"])


def _shown(value: Any) -> str:
    if value is None or value == ():
        return "none"
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


@cache
def _hints(kind: type) -> dict[str, Any]:
    return get_type_hints(kind)


Reader = Callable[[Spec, str, Any, Field], Any]


def _reader(hint: Any) -> Reader:
    reader = _READERS.get(_base(hint))
    if reader is None:
        raise TypeError(f"no reader for option type {hint!r}")
    return reader


def _type_name(hint: Any) -> str:
    return _TYPE_NAMES[_base(hint)]


def _base(hint: Any) -> Any:
    """`X` for `X | None` (an optional option's default is None), else `hint` itself."""
    if get_origin(hint) in (Union, UnionType):
        return next(a for a in get_args(hint) if a is not type(None))
    return hint


def _read_plain(kind: type) -> Reader:
    def read(spec: Spec, key: str, default: Any, spec_field: Field) -> Any:
        value: Any = spec.take(key, kind) if default is MISSING else spec.take(key, kind, default)
        choices = spec_field.metadata["choices"]
        if choices is not None and value not in choices:
            raise spec.error(key, f"{value!r} is not one of {sorted(choices)}")
        return value

    return read


def _read_phrases(spec: Spec, key: str, default: Any, spec_field: Field) -> tuple[str, ...]:
    value: list | dict = (
        spec.take(key, (list, dict)) if default is MISSING else spec.take(key, (list, dict), ())
    )
    groups = value.values() if isinstance(value, dict) else [value]
    phrases: list[str] = []
    for group in groups:
        if not isinstance(group, (list, tuple)) or not all(isinstance(p, str) for p in group):
            raise spec.error(key, "expected a list of strings (or a mapping of such lists)")
        phrases.extend(group)
    return tuple(phrases)


def _read_regex(spec: Spec, key: str, default: Any, spec_field: Field) -> str | None:
    source = spec.take(key, str) if default is MISSING else spec.take(key, str, default)
    # A built-in pack's patterns are compiled by the tests and on first use: compiling them all at
    # every start-up, to find errors that cannot be there, cost a hook run 25 ms.
    if source is not None and not spec.proven:
        try:
            compiled = re.compile(source)
        except re.error as error:
            raise spec.error(key, f"not a regular expression: {error}") from None
        # A kind reads "ignores case" from the option and the flags the pattern opens with
        # (`global_flags`), before compiling it: a (?i) after a comment or in verbose layout
        # would fold the pattern while its gate did not.
        if bool(compiled.flags & re.IGNORECASE) != ("i" in global_flags(source)):
            raise spec.error(key, "write a global (?i) at the very start of the pattern")
    return source


def global_flags(source: str) -> str:
    """The letters of the global inline flags a pattern opens with: `(?i)(?s)x` gives "is"
    (Python takes global flags only at the start of a pattern)."""
    letters, at = "", 0
    while found := _GLOBAL_FLAGS.match(source, at):
        letters += found.group(1)
        at = found.end()
    return letters


def compile_option(source: str, flags: int, rule: str, key: str) -> re.Pattern:
    """A pack's pattern, compiled when first used. One that does not compile (a built-in pack's
    values read back from a cache folder someone else wrote) names the rule and its key."""
    try:
        return compile_pattern(source, flags)
    except re.error as error:
        raise SpecError(rule, key, f"not a regular expression: {error}") from None


def _read_literals(spec: Spec, key: str, default: Any, spec_field: Field) -> tuple[str, ...]:
    items = spec.take(key, list) if default is MISSING else spec.take(key, list, list(default))
    if not all(isinstance(literal, str) and literal for literal in items):
        raise spec.error(key, "expected a list of non-empty strings")
    return tuple(items)


_READERS: dict[Any, Reader] = {
    int: _read_plain(int),
    float: _read_plain(float),
    bool: _read_plain(bool),
    str: _read_plain(str),
    Phrases: _read_phrases,
    Regex: _read_regex,
    Literals: _read_literals,
}
_TYPE_NAMES: dict[Any, str] = {
    int: "integer",
    float: "number",
    bool: "true or false",
    str: "text",
    Phrases: "phrase list, flat or grouped",
    Regex: "regular expression",
    Literals: "list of strings",
}
