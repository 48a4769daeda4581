"""`--statistics`: how many findings each rule made, and how much of the corpus the fix removes."""

from __future__ import annotations

from collections.abc import Mapping

import orjson

from scrapelint.report.gate import removed_share


def statistics(report: Mapping) -> dict:
    rules: dict[str, dict] = {}
    for document in report["documents"]:
        for finding in document["findings"]:
            row = rules.setdefault(
                finding["code"],
                {
                    "code": finding["code"],
                    "rule": finding["rule"],
                    "category": finding["category"],
                    "count": 0,
                    "fixable": 0,
                    "documents": 0,
                },
            )
            row["count"] += 1
            row["fixable"] += finding["fixable"]
        for code in {f["code"] for f in document["findings"]}:
            rules[code]["documents"] += 1
    summary = report["summary"]
    return {
        "rules": sorted(rules.values(), key=lambda row: (-row["count"], row["code"])),
        "documents": summary["documents"],
        "lines": summary["lines"],
        "removed_lines": summary["removed_lines"],
        "removed_percent": round(removed_share(summary), 2),
    }


def render_statistics(stats: Mapping, output_format: str) -> str:
    if output_format in ("json", "jsonl"):
        return orjson.dumps(stats, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
    lines = [
        f"{row['count']:6}  {row['code']:7} {row['rule']:32} {row['category']:11} "
        f"{row['documents']:5} docs{'  [*]' if row['fixable'] else ''}"
        for row in stats["rules"]
    ]
    lines.append(
        f"Removed {stats['removed_lines']} of {stats['lines']} lines "
        f"({stats['removed_percent']:.2f}%) in {stats['documents']} documents."
    )
    return "\n".join(lines) + "\n"
