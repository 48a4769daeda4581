"""`kind: corpus-duplicate` — a document that copies an earlier one of the corpus.

`scrapelint learn` keeps every document's digest and MinHash signature and notes, for each, the
first document it copies exactly (`check: exact`, same words once case, spacing and punctuation
are folded) or nearly (`check: near`, estimated Jaccard similarity of five-word shingles at least
the threshold `learn` was given). The copy is reported with the file and record of the first;
nothing is removed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import ClassVar

from scrapelint.corpus.address import document_address
from scrapelint.corpus.table import reader
from scrapelint.engine.kinds.facts_base import Check, FactRule
from scrapelint.engine.options import option
from scrapelint.facts.document_facts import Facts
from scrapelint.text.findings import Finding


@dataclass(frozen=True, eq=False, kw_only=True)
class CorpusDuplicateRule(FactRule):
    KIND = "corpus-duplicate"

    table: str | None = None  # not an option: the run's `--boilerplate`, bound by `with_table`

    def with_table(self, table: str) -> CorpusDuplicateRule:
        return replace(self, table=table)

    def _copy(self, facts: Facts, kind: str) -> Iterator[Finding]:
        if self.table is None:
            return
        file, record = document_address(facts.original.path)
        found = reader(self.table).copy_of(file, record)
        if found is None or found.kind != kind:
            return
        where = f"{found.path}:{found.record}" if found.record else found.path
        score = "" if found.kind == "exact" else f", similarity {found.similarity:.2f}"
        yield self.report(0, f"{self.message}: {where}{score}")

    def _exact(self, facts: Facts) -> Iterator[Finding]:
        return self._copy(facts, "exact")

    def _near(self, facts: Facts) -> Iterator[Finding]:
        return self._copy(facts, "near")

    CHECKS: ClassVar[Mapping[str, Check]] = {"exact": _exact, "near": _near}
    check_name: str = option(
        "exact", key="check", choices=frozenset(CHECKS), doc="exact or near copies"
    )
