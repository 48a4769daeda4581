"""Month and weekday names for several languages, taken from Babel's CLDR data.

Nothing here is typed by hand: the tables are built once, on first use, from
``babel.dates.get_month_names`` / ``get_day_names`` (wide and abbreviated widths, format and
stand-alone contexts, which together cover e.g. Russian and Polish genitive month forms).
Keys are normalised with :func:`normalize_name` (casefolded, trailing dot removed); an
accent-free variant of every name is added too, because scraped text often loses diacritics.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from babel.dates import get_day_names, get_month_names

# Languages whose names are recognised. en_GB adds the British "Sept" abbreviation.
SUPPORTED_LOCALES: tuple[str, ...] = ("en", "en_GB", "es", "fr", "de", "pt", "it", "nl", "ru", "pl")

_WIDTHS = ("wide", "abbreviated")
_CONTEXTS = ("format", "stand-alone")

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


@cache
def month_names() -> Mapping[str, int]:
    """Map a normalised month name or abbreviation to its number (1-12)."""
    table: dict[str, int] = {}
    for locale in SUPPORTED_LOCALES:
        for width in _WIDTHS:
            for context in _CONTEXTS:
                for number, name in get_month_names(width, context, locale).items():
                    _add(table, name, number)
    return MappingProxyType(table)


@cache
def weekday_names() -> Mapping[str, int]:
    """Map a normalised weekday name or abbreviation to ``date.weekday()`` (Monday is 0)."""
    table: dict[str, int] = {}
    for locale in SUPPORTED_LOCALES:
        for width in _WIDTHS:
            for context in _CONTEXTS:
                for number, name in get_day_names(width, context, locale).items():
                    if len(name) < _MIN_BARE_WEEKDAY_LEN and not name.endswith("."):
                        continue
                    _add(table, name, number)
    return MappingProxyType(table)


def month_number(token: str) -> int | None:
    """The month number of ``token`` ("Nov.", "noviembre", "ноября"), or None."""
    return month_names().get(normalize_name(token))


def weekday_number(token: str) -> int | None:
    """The weekday (Monday is 0) of ``token`` ("Sat", "sábado", "Samstag"), or None."""
    return weekday_names().get(normalize_name(token))
