"""`kind: corpus-duplicate` — a document that copies an earlier one of the corpus.

`scrapelint learn` keeps every document's digest and MinHash signature and notes, for each, the
first document it copies exactly (`check: exact`, same words once case, spacing and punctuation
are folded) or nearly (`check: near`, estimated Jaccard similarity of five-word shingles at least
the threshold `learn` was given). The copy is reported with the file and record of the first;
nothing is removed.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from scrapelint.corpus.address import document_address
from scrapelint.corpus.table import reader
from scrapelint.engine.kinds.facts_base import FactRule
from scrapelint.facts.document_facts import Facts
from scrapelint.text.findings import Finding


class CorpusDuplicateRule(FactRule):
    KIND = "corpus-duplicate"
    CHECKS = frozenset({"exact", "near"})
    CORPUS = True
    table: str | None = None

    def with_table(self, table: str) -> CorpusDuplicateRule:
        bound = copy.copy(self)
        bound.table = table
        return bound

    def check_facts(self, facts: Facts) -> Iterator[Finding]:
        if self.table is None:
            return
        file, record = document_address(facts.original.path)
        found = reader(self.table).copy_of(file, record)
        if found is None or found.kind != self.check_name:
            return
        where = f"{found.path}:{found.record}" if found.record else found.path
        score = "" if found.kind == "exact" else f", similarity {found.similarity:.2f}"
        yield self.report(0, f"{self.message}: {where}{score}")
