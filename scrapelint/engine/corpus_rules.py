"""Rules that read the boilerplate table, bound to the table a run was given.

A corpus rule (`repeated`, `corpus-duplicate`) loaded from its pack knows no table and finds
nothing; `bind_table` gives the run's rules the table, by path: each worker process opens it
once, read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from scrapelint.corpus.table import reader
from scrapelint.engine.rule import Rule


@runtime_checkable
class CorpusRule(Protocol):
    """A rule that reads the boilerplate table, once given one."""

    def with_table(self, table: str) -> Rule: ...


def reads_corpus(rule: Rule) -> bool:
    return isinstance(rule, CorpusRule)


def bind_table(rules: Sequence[Rule], table: Path) -> tuple[Rule, ...]:
    """`rules` with the corpus rules reading `table`; raises `TableError` when it is unusable."""
    path = str(table.resolve())
    reader(path)  # fail now, naming the file, rather than in every worker
    return tuple(rule.with_table(path) if isinstance(rule, CorpusRule) else rule for rule in rules)
