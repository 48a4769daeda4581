"""Choosing rules by code, code prefix, slug or category, as ruff's `--select` / `--ignore` do.

`ALL` selects every rule; without any selection, the rules marked `default: true` run.
A selector that matches no rule is an error: a typo in a CI gate must not pass silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from scrapelint.engine.rule import Rule


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
            raise SelectionError(f"unknown rule selector {selector!r}")
    chosen = [
        rule
        for rule in rules
        if (any(matches(rule, s) for s in select) if select else rule.meta.default)
        or any(matches(rule, s) for s in extend_select)
    ]
    return tuple(rule for rule in chosen if not any(matches(rule, s) for s in ignore))
