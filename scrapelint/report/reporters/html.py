"""A self-contained HTML page to audit what a fix removes (or removed): no network, no files beside.

Each document is shown whole: removed lines struck through and coloured by category, lines with a
finding that removes nothing marked in the margin, the rule and message on hover. A table counts
the findings per rule; its checkboxes filter the page by rule. It needs each document's original
`text` in the report (the CLI adds it for this format); without it, only the findings are listed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from html import escape

from scrapelint.io.formats import Problem
from scrapelint.report.annotate import readable
from scrapelint.report.model import DocumentEntry, Report, ReportedFinding
from scrapelint.report.reporters.text import location, summary_line

# One hue per category, far enough apart to tell the common ones apart at a glance.
CATEGORY_HUES = {
    "newsletter": 210,
    "comments": 30,
    "sidebar": 280,
    "op-ed": 330,
    "navigation": 180,
    "share": 120,
    "consent": 0,
    "promo": 50,
    "footer": 240,
    "media": 160,
    "duplicate": 300,
    "metadata": 90,
    "date": 15,
    "attribution": 260,
    "language": 195,
    "encoding": 345,
    "guard": 0,
}
DEFAULT_HUE = 0

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 70em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.05em; margin: 1.4em 0 .3em; }
table { border-collapse: collapse; } td, th { padding: .15em .6em; text-align: left; }
tr:nth-child(even) { background: #f4f4f4; }
.doc { border-top: 1px solid #ccc; }
.doc ol { font: 13px/1.4 ui-monospace, monospace; white-space: pre-wrap; padding-left: 4em; }
.doc li { padding-left: .4em; border-left: 4px solid transparent; }
.doc li.removed { text-decoration: line-through; }
.doc li.off { background: none !important; text-decoration: none; border-color: transparent; }
.hidden { display: none; }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: middle; }
"""

SCRIPT = """
function applyFilter() {
  const on = new Set([...document.querySelectorAll('input.rule:checked')].map(b => b.value));
  const clean = document.getElementById('show-clean').checked;
  document.querySelectorAll('li[data-code]').forEach(li => {
    li.classList.toggle('off', !li.dataset.code.split(' ').some(c => on.has(c)));
  });
  document.querySelectorAll('section.doc').forEach(doc => {
    const codes = doc.dataset.codes ? doc.dataset.codes.split(' ') : [];
    const shown = codes.length ? codes.some(c => on.has(c)) : clean;
    doc.classList.toggle('hidden', !shown);
  });
}
document.querySelectorAll('input').forEach(b => b.addEventListener('change', applyFilter));
applyFilter();
"""


def render_html(report: Report) -> str:
    return "".join(html_pieces(report))


def html_pieces(report: Report) -> Iterator[str]:
    """The page in pieces, a document at a time: the rule table (counts per rule) from a first
    reading of the documents, the documents from a second."""
    counts = Counter((f.code, f.rule, f.category) for d in report.documents for f in d.findings)
    categories = sorted({category for _, _, category in counts} | {"guard"})
    head = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>scrapelint report</title>",
        f"<style>{STYLE}{_category_style(categories)}</style></head><body>",
        "<h1>scrapelint report</h1>",
        f"<p id=summary>{_e(summary_line(report.summary))}</p>",
        _rule_table(counts),
    ]
    yield "\n".join(head) + "\n"
    for entry in report.documents:
        yield _document(entry) + "\n"
    for part in _problems(report.errors):
        yield part + "\n"
    yield f"<script>{SCRIPT}</script></body></html>\n"


def _category_style(categories: list[str]) -> str:
    rules = []
    for category in categories:
        hue = CATEGORY_HUES.get(category, DEFAULT_HUE)
        rules.append(
            f".cat-{category} {{ background: hsl({hue} 80% 92%); "
            f"border-color: hsl({hue} 70% 45%) !important; }}"
        )
    return "\n".join(rules)


def _rule_table(counts: Counter) -> str:
    rows = [
        f'<tr><td><input type=checkbox class=rule value="{_e(code)}" checked '
        f'aria-label="{_e(code)}"></td><td>{_e(code)}</td><td>{_e(rule)}</td>'
        f'<td><span class="swatch cat-{_e(category)}"></span> {_e(category)}</td>'
        f"<td>{count}</td></tr>"
        for (code, rule, category), count in sorted(counts.items())
    ]
    return (
        '<table id="rules"><thead><tr><th></th><th>code</th><th>rule</th><th>category</th>'
        "<th>findings</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
        '<p><label><input type=checkbox id="show-clean"> show documents without findings'
        "</label></p>"
    )


def _document(entry: DocumentEntry) -> str:
    findings = entry.findings
    codes = " ".join(sorted({f.code for f in findings}))
    where = location(entry)
    title = f" — {_e(entry.title)}" if entry.title else ""
    head = f'<section class="doc" data-codes="{_e(codes)}"><h2>{_e(where)}{title}</h2>'
    if entry.text is None:
        items = [f"<li>{f.line}: {_e(f.code)} {_e(f.message)}</li>" for f in findings]
        return head + "<ul>" + "".join(items) + "</ul></section>"
    marks = _line_marks(findings)
    items = []
    for number, line in enumerate(entry.text.split("\n"), start=1):
        text = _e(line.rstrip("\r")) or "&nbsp;"
        mark = marks.get(number)
        if mark is None:
            items.append(f"<li>{text}</li>")
            continue
        removed, finding = mark
        classes = f"cat-{_e(finding.category)}" + (" removed" if removed else "")
        tip = _e(f"{finding.code} {finding.rule}: {finding.message}")
        items.append(
            f'<li class="{classes}" data-code="{_e(finding.code)}" title="{tip}">{text}</li>'
        )
    if items and entry.text.endswith("\n"):
        items.pop()  # the empty piece after the last line ending
    return head + "<ol>" + "".join(items) + "</ol></section>"


def _line_marks(
    findings: tuple[ReportedFinding, ...],
) -> dict[int, tuple[bool, ReportedFinding]]:
    """Line number → (removed?, the finding that marks it); a removal wins over a plain mark."""
    marks: dict[int, tuple[bool, ReportedFinding]] = {}
    for finding in findings:
        for start, end in finding.removed_spans:
            for number in range(start, end + 1):
                marks[number] = (True, finding)
        for number in range(finding.line, max(finding.end_line, finding.line) + 1):
            marks.setdefault(number, (False, finding))
    return marks


def _problems(errors: tuple[Problem, ...]) -> list[str]:
    if not errors:
        return []
    items = [f"<li>{_e(p.path)}: {_e(p.message)}</li>" for p in errors]
    return ["<h2>Input problems</h2><ul>", *items, "</ul>"]


def _e(text: str) -> str:
    return escape(readable(str(text)))
