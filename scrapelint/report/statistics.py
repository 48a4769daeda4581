"""`--statistics`: how many findings each rule made, and how much of the corpus the fix removes."""

from __future__ import annotations

from collections.abc import Mapping

import orjson

from scrapelint.report.gate import removed_share
from scrapelint.report.model import Report


def statistics(report: Report) -> dict:
    rules: dict[str, dict] = {}
    for document in report.documents:
        for finding in document.findings:
            row = rules.setdefault(
                finding.code,
                {
                    "code": finding.code,
                    "rule": finding.rule,
                    "category": finding.category,
                    "count": 0,
                    "fixable": 0,
                    "documents": 0,
                },
            )
            row["count"] += 1
            row["fixable"] += finding.fixable
        for code in {f.code for f in document.findings}:
            rules[code]["documents"] += 1
    summary = report.summary
    return {
        "rules": sorted(rules.values(), key=lambda row: (-row["count"], row["code"])),
        "documents": summary.documents,
        "lines": summary.lines,
        "removed_lines": summary.removed_lines,
        "removed_percent": round(removed_share(summary), 2),
        "applied": bool(summary.counts.fixed),  # a fix removed the lines; else a check would
    }


# The formats statistics can be printed in; the others (SARIF, JUnit, ...) describe findings.
FORMATS = frozenset({"text", "concise", "json", "jsonl"})


def render_statistics(stats: Mapping, output_format: str) -> str:
    """Text (also for `concise`), one JSON document, or JSON lines: a line per rule, then one
    with the totals."""
    if output_format == "json":
        return orjson.dumps(stats, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
    if output_format == "jsonl":
        totals = {key: value for key, value in stats.items() if key != "rules"}
        rows = [*stats["rules"], {"totals": totals}]
        return "".join(orjson.dumps(row).decode("utf-8") + "\n" for row in rows)
    lines = [
        f"{row['count']:6}  {row['code']:7} {row['rule']:32} {row['category']:11} "
        f"{row['documents']:5} docs{'  [*]' if row['fixable'] else ''}"
        for row in stats["rules"]
    ]
    verb = "Removed" if stats.get("applied") else "Would remove"
    lines.append(
        f"{verb} {stats['removed_lines']} of {stats['lines']} lines "
        f"({stats['removed_percent']:.2f}%) in {stats['documents']} documents."
    )
    return "\n".join(lines) + "\n"
