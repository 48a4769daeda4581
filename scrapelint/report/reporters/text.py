"""The default report: one finding a line, `path:line:col: CODE message`, then a summary."""

from __future__ import annotations


def render_text(report: dict) -> str:
    lines = []
    for entry in report["documents"]:
        where = entry["path"] + (f":{entry['record']}" if "record" in entry else "")
        for finding in entry["findings"]:
            mark = " [fixed]" if finding["fixed"] else (" [*]" if finding["fixable"] else "")
            lines.append(
                f"{where}:{finding['line']}:1: {finding['code']} {finding['message']}{mark}"
            )
        for held in entry.get("suppressed", ()):  # present with `--show-suppressed`
            lines.append(f"{where}:{held['line']}:1: {held['code']} {held['message']} [suppressed]")
    for problem in report["errors"]:
        line = problem["line"] or 1
        lines.append(f"{problem['path']}:{line}:1: error: {problem['message']}")
    lines.append(summary_line(report["summary"]))
    return "\n".join(lines) + "\n"


def summary_line(summary: dict) -> str:
    docs = _plural(summary["documents"], "document")
    if summary["fixed"]:
        text = f"Fixed {summary['fixed']} of {_plural(summary['findings'], 'finding')} in {docs}"
        text += f"; {summary['remaining']} remaining."
    elif summary["findings"]:
        text = f"Found {_plural(summary['findings'], 'finding')} in {docs}"
        text += f" ({summary['fixable']} fixable with `scrapelint fix`)."
    else:
        text = f"All checks passed ({docs})."
    if summary["errors"]:
        text += f" {_plural(summary['errors'], 'input problem')}."
    return text


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
