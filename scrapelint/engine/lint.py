"""Linting: every line rule run once over a document, its findings in report order."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

from scrapelint.engine.rule import LineRule
from scrapelint.facts.headline_shape import is_headline_lookalike
from scrapelint.facts.page_meta import headline_line
from scrapelint.locate.context import Context, LineMemo
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding


def lint(
    doc: Document,
    rules: Sequence[LineRule],
    memo: LineMemo | None = None,
    vocabulary: frozenset[str] | None = None,
) -> list[Finding]:
    """All findings of `rules` on `doc`, ordered by line then code.

    `memo` carries per-line results over from an earlier lint of another version of the text;
    `vocabulary` is `key_words(rules)`, when the caller has it already.
    """
    if vocabulary is None:
        vocabulary = key_words(rules)
    ctx = Context(
        doc,
        memo or LineMemo(),
        vocabulary,
        gate_literals(rules),
        headline=headline_line,
        lookalike=is_headline_lookalike,
    )
    return run_rules(ctx, rules)


def run_rules(ctx: Context, rules: Sequence[LineRule]) -> list[Finding]:
    """The findings of `rules` on the document `ctx` reads, ordered by line then code."""
    findings = [finding for rule in rules for finding in rule.check(ctx.doc, ctx)]
    findings.sort(key=lambda f: (f.line, f.end_line, f.code))
    return findings


def key_words(rules: Sequence[LineRule]) -> frozenset[str]:
    """The words the rules look lines up by (`Context.lines_with_words`)."""
    return _key_words(tuple(rules))


def gate_literals(rules: Sequence[object]) -> Mapping[Callable[[str], str], frozenset[str]]:
    """By fold, every literal the rules pass to `Context.lines_holding` (the `gates` of the
    gated pattern kinds)."""
    return _gate_literals(tuple(rules))


@lru_cache(maxsize=8)
def _gate_literals(rules: tuple[object, ...]) -> Mapping[Callable[[str], str], frozenset[str]]:
    # Once per rule set, like `_key_words`; the automaton of each union is built once too. A rule
    # written to the `LineRule` protocol alone has no `gates`: it is searched for as before.
    found: dict[Callable[[str], str], set[str]] = {}
    for rule in rules:
        for fold, literals in getattr(rule, "gates", ()):
            found.setdefault(fold, set()).update(literals)
    return MappingProxyType({fold: frozenset(literals) for fold, literals in found.items()})


# Equal vocabularies, kept as one object each. `Context` caches answers by vocabulary, and a cache
# finds a key by identity at once but compares an equal copy word by word (thousands of words, on
# every phrase rule's call): two rule sets with the same key words (with and without the
# boilerplate table bound, a pass retried without the shape rules) must hand over the same set.
_VOCABULARIES: dict[frozenset[str], frozenset[str]] = {}
_VOCABULARIES_MAX = 64


@lru_cache(maxsize=8)
def _key_words(rules: tuple[LineRule, ...]) -> frozenset[str]:
    # A run fixes every document with the same rules: the union is taken once, not per document.
    words = frozenset().union(*(rule.key_words for rule in rules))
    if len(_VOCABULARIES) >= _VOCABULARIES_MAX:
        _VOCABULARIES.clear()
    return _VOCABULARIES.setdefault(words, words)
