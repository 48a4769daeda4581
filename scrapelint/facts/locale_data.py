"""Month and weekday names for several languages, taken from Babel's CLDR data.

Nothing here is typed by hand: the tables are built once, on first use, from
``babel.dates.get_month_names`` / ``get_day_names`` (wide and abbreviated widths, format and
stand-alone contexts, which together cover e.g. Russian and Polish genitive month forms).
Keys are normalised with :func:`normalize_name` (casefolded, trailing dot removed); an
accent-free variant of every name is added too, because scraped text often loses diacritics.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import unicodedata
from collections.abc import Iterator, Mapping
from functools import cache
from types import MappingProxyType
from typing import Literal

from scrapelint.io.user_cache import cache_dir, enabled, store

# Languages whose names are recognised. en_GB adds the British "Sept" abbreviation; Arabic and
# Ukrainian datelines are read on pages (`2025 يناير 29`, `29 січня 2025`).
SUPPORTED_LOCALES: tuple[str, ...] = (
    "en", "en_GB", "es", "fr", "de", "pt", "it", "nl", "ru", "pl", "ar", "uk",
)  # fmt: skip

# Languages whose month names are recognised too (Austria's "Jänner"), not their weekdays: those
# abbreviations are words elsewhere (Indonesian "Min" for Minggu, in "5 min read"). A month
# stands beside a day number or a year in a date, where its name cannot be taken for a word.
MONTH_ONLY_LOCALES: tuple[str, ...] = (
    "tr", "id", "ro", "sv", "da", "nb", "ca", "cs", "el", "de_AT", "hi", "bn", "hu", "fi", "he",
    "th", "sk", "hr", "bg", "lt", "sl", "sr", "sr_Latn", "lv", "et", "ms", "sw",
)  # fmt: skip
# Month abbreviations of those that are everyday words of the languages above (French "des";
# Czech "led", "dub", "lis", "pro", and "úno" without its accent: "iPad Pro 2025" is no date).
_NOT_MONTHS = frozenset({"des", "led", "dub", "lis", "pro", "uno"})

_WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
_CONTEXTS: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")

# Weekday abbreviations shorter than this (Dutch "ma", "di", "zo") are everyday words in many
# languages, so they are only accepted when CLDR writes them with a trailing dot.
_MIN_BARE_WEEKDAY_LEN = 3


def normalize_name(token: str) -> str:
    """Lookup key for a month or weekday token: casefolded, without a trailing dot."""
    return token.strip().rstrip(".").casefold()


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _add(table: dict[str, int], name: str, value: int) -> None:
    key = normalize_name(name)
    for variant in (key, _strip_accents(key)):
        table.setdefault(variant, value)


def _build_months() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, name in _month_names(SUPPORTED_LOCALES):
        _add(table, name, number)
    for number, name in _month_names(MONTH_ONLY_LOCALES):
        key = normalize_name(name)
        if key not in _NOT_MONTHS and key not in table:  # the first languages' sense stands
            _add(table, name, number)
    return table


def _month_names(locales: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    from babel.dates import get_month_names

    for locale in locales:
        for width in _WIDTHS:
            for context in _CONTEXTS:
                yield from get_month_names(width, context, locale).items()


def _build_weekdays() -> dict[str, int]:
    from babel.dates import get_day_names

    table: dict[str, int] = {}
    for locale in SUPPORTED_LOCALES:
        for width in _WIDTHS:
            for context in _CONTEXTS:
                for number, name in get_day_names(width, context, locale).items():
                    if len(name) < _MIN_BARE_WEEKDAY_LEN and not name.endswith("."):
                        continue
                    _add(table, name, number)
    return table


@cache
def _tables() -> dict[str, dict[str, int]]:
    """Both tables: built from Babel (about 50 ms, half a pre-commit hook's budget) once per
    Babel version and locale list, then read back from the user cache (about 1 ms)."""
    entry = cache_dir() / f"locale-{_babel_key()}.json"
    if enabled():
        with contextlib.suppress(OSError, ValueError):
            tables = json.loads(entry.read_text(encoding="utf-8"))
            if isinstance(tables, dict) and set(tables) == {"months", "weekdays"}:
                return tables
    tables = {"months": _build_months(), "weekdays": _build_weekdays()}
    if enabled():
        store(entry, json.dumps(tables, ensure_ascii=False).encode("utf-8"))
    return tables


def _babel_key() -> str:
    """Which Babel the tables come from, without importing it (that alone costs 20-40 ms)."""
    spec = importlib.util.find_spec("babel")
    origin = spec.origin if spec and spec.origin else "?"
    stamp = os.stat(origin).st_mtime_ns if os.path.exists(origin) else 0
    locales = (SUPPORTED_LOCALES, MONTH_ONLY_LOCALES, sorted(_NOT_MONTHS))
    return hashlib.sha256(f"{origin}\0{stamp}\0{locales}".encode()).hexdigest()[:16]


@cache
def month_names() -> Mapping[str, int]:
    """Map a normalised month name or abbreviation to its number (1-12)."""
    return MappingProxyType(_tables()["months"])


@cache
def weekday_names() -> Mapping[str, int]:
    """Map a normalised weekday name or abbreviation to ``date.weekday()`` (Monday is 0)."""
    return MappingProxyType(_tables()["weekdays"])


def month_number(token: str) -> int | None:
    """The month number of ``token`` ("Nov.", "noviembre", "ноября"), or None."""
    return month_names().get(normalize_name(token))


def weekday_number(token: str) -> int | None:
    """The weekday (Monday is 0) of ``token`` ("Sat", "sábado", "Samstag"), or None."""
    return weekday_names().get(normalize_name(token))
