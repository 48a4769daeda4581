"""`kind: article` — lines the article locator judged junk for one named reason.

The locator (`scrapelint.article`) finds the article body first and then judges every other line
by where it stands and what shape it has; its reasons are a fixed set (`scrapelint.reasons`). Each
YAML rule of this kind exposes one reason, so each can be selected, ignored and documented alone.
Consecutive lines with the same reason, with only blank lines between them, make one finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.context import Context
from scrapelint.document import Document
from scrapelint.findings import Finding
from scrapelint.kinds.base import RuleKind
from scrapelint.reasons import REASONS
from scrapelint.rule import RuleMeta
from scrapelint.spec import Spec


class ArticleRule(RuleKind):
    KIND = "article"

    def __init__(self, meta: RuleMeta, message: str, where: str, *, reason: str) -> None:
        super().__init__(meta, message, where)
        self.reason = reason

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {"reason": spec.choice("reason", frozenset(REASONS), "head-chrome")}

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        verdicts = ctx.article.verdicts
        run: list[int] = []
        for line in [*doc.lines, None]:
            if line is not None and line.is_blank:
                continue
            if line is not None and verdicts[line.index].reason == self.reason:
                if run and any(not doc.lines[i].is_blank for i in range(run[-1] + 1, line.index)):
                    yield self._finding(run)
                    run = []
                run.append(line.index)
                continue
            if run:
                yield self._finding(run)
            run = []

    def _finding(self, run: list[int]) -> Finding:
        size = f" ({len(run)} lines)" if len(run) > 1 else ""
        return self.meta.finding(run[0], run[-1] + 1, f"{self.message}{size}")
