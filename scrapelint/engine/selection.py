"""Choosing rules by code, code prefix, slug or category, as ruff's `--select` / `--ignore` do.

`ALL` selects every rule; without any selection, the rules marked `default: true` run.
A selector that matches no rule is an error: a typo in a CI gate must not pass silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from scrapelint.engine.rule import Rule
from scrapelint.engine.suggest import did_you_mean

LISTED = "; `scrapelint rules` lists them"


class SelectionError(ValueError):
    pass


def matches(rule: Rule, selector: str) -> bool:
    meta = rule.meta
    return (
        selector == "ALL"
        or meta.code.startswith(selector.upper())
        or selector in (meta.slug, meta.category)
    )


def select_rules(
    rules: Sequence[Rule],
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    extend_select: Iterable[str] = (),
) -> tuple[Rule, ...]:
    select, ignore, extend_select = list(select), list(ignore), list(extend_select)
    for selector in [*select, *ignore, *extend_select]:
        if not any(matches(rule, selector) for rule in rules):
            raise SelectionError(unknown_selector(rules, selector))
    chosen = [
        rule
        for rule in rules
        if (any(matches(rule, s) for s in select) if select else rule.meta.default)
        or any(matches(rule, s) for s in extend_select)
    ]
    return tuple(rule for rule in chosen if not any(matches(rule, s) for s in ignore))


def unknown_selector(rules: Sequence[Rule], selector: str) -> str:
    """Why `selector` chose nothing: the closest codes, slugs or categories, and for something
    spelt like a category (lower case, no digit) every valid category."""
    names = [name for rule in rules for name in (rule.meta.code, rule.meta.slug)]
    categories = sorted({rule.meta.category for rule in rules})
    hint = did_you_mean(selector, [*names, *categories]) or LISTED
    message = f"unknown rule selector {selector!r}{hint}"
    if not any(char.isdigit() for char in selector) and selector == selector.lower():
        message += f" (categories: {', '.join(categories)})"
    return message


def unknown_codes(rules: Sequence[Rule], codes: Iterable[str]) -> list[tuple[str, str]]:
    """Of `codes` (exact rule codes, as thresholds name them), those no loaded rule has, each with
    why: the closest codes that exist."""
    known = {rule.meta.code for rule in rules}
    return [(code, _not_a_code(code, known)) for code in codes if code not in known]


def _not_a_code(code: str, known: Iterable[str]) -> str:
    return f"{code!r} is not a rule code{did_you_mean(code, known) or LISTED}"
