"""Do no harm on clean text: lines `fix` removes from texts that hold nothing but the article.

usage: python benchmarks/no_harm.py [--bench ../shared/bench] [--docs]

Every line of the DEV and DEV-modern gold texts (`dev/gold/*.txt`, `dev-modern/gold/*.txt`, one
paragraph per line) is article text, and so is every line of the negative fixtures
(`fixtures/input/negative/`): each line `fix` removes there
is harm. The gold texts are cleaned in two shapes: as written (no blank lines, like trafilatura's
output), with a blank line between paragraphs (like the page text of `aeb-page`), and hard-wrapped
at 72 columns, blank-separated (like plain-text archives and Markdown files). Prints the
non-blank lines removed per rule code for each shape, and with `--docs` the documents hit.
`aeb-page-ID` and `aeb-traf-ID` (`mod-page-ID` and `mod-traf-ID`) share one gold text, so each
gold count is twice that of the distinct texts. The target is at most `MAX_HARM` of the gold lines
removed in each shape; the run exits 1 above it.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.text.document import Document

HERE = Path(__file__).resolve().parent
NEGATIVE = HERE.parent / "fixtures" / "input" / "negative"
SETS = ("dev", "dev-modern")
MAX_HARM = 0.005
WRAP_WIDTH = 72


def as_written(text: str) -> str:
    return text


def blank_separated(text: str) -> str:
    """One blank line between paragraphs, as page text has them."""
    return "\n\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def wrapped(text: str) -> str:
    """Each paragraph hard-wrapped at `WRAP_WIDTH` columns, a blank line between paragraphs, as
    plain-text archives and Markdown files are written."""
    paragraphs = (line for line in text.splitlines() if line.strip())
    return "\n\n".join("\n".join(textwrap.wrap(p, WRAP_WIDTH)) for p in paragraphs) + "\n"


SHAPES = ((as_written, "as written"), (blank_separated, "blank-separated"), (wrapped, "wrapped"))


def removed_lines(text: str, rules) -> Counter:
    """Non-blank lines removed from `text`, per rule code."""
    doc = Document.from_text(text)
    counts: Counter = Counter()
    for outcome in fix(doc, rules).outcomes:
        for span in outcome.removed:
            counts[outcome.finding.code] += sum(
                1 for line in doc.lines[span.start : span.end] if not line.is_blank
            )
    return counts


def measure(
    paths: Iterable[Path], shape: Callable[[str], str], rules
) -> tuple[Counter, int, dict[str, int]]:
    """(lines removed per rule, non-blank lines in all, lines removed per document hit)."""
    total: Counter = Counter()
    lines = 0
    docs: dict[str, int] = {}
    for path in paths:
        text = shape(path.read_text(encoding="utf-8"))
        lines += sum(1 for line in text.splitlines() if line.strip())
        counts = removed_lines(text, rules)
        total.update(counts)
        if counts:
            docs[path.name] = sum(counts.values())
    return total, lines, docs


def report(name: str, result: tuple[Counter, int, dict[str, int]], show_docs: bool) -> int:
    counts, lines, docs = result
    removed = sum(counts.values())
    rules = "  ".join(f"{code} {n}" for code, n in counts.most_common())
    print(f"{name:28} {removed:5} of {lines:6} lines removed, {len(docs):3} docs hit   {rules}")
    if show_docs:
        for doc, n in sorted(docs.items(), key=lambda item: -item[1]):
            print(f"    {n:4}  {doc}")
    return removed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--docs", action="store_true", help="list the documents hit")
    args = parser.parse_args()
    rules = select_rules(load_rules())
    negative = sorted(p for p in NEGATIVE.iterdir() if p.is_file())
    report("negative fixtures", measure(negative, as_written, rules), args.docs)
    harmed = False
    for name in SETS:
        gold = sorted((args.bench / name / "gold").glob("*.txt"))
        if not gold:
            print(f"skipped: no gold under {args.bench / name}")
            continue
        shapes = (
            (as_written, "as written"),
            (blank_separated, "blank-separated"),
            (wrapped, "wrapped"),
        )
        for shape, label in shapes:
            result = measure(gold, shape, rules)
            removed = report(f"{name} gold, {label}", result, args.docs)
            share = removed / max(result[1], 1)
            print(f"{'':28} {share:.2%} of gold lines removed (target <= {MAX_HARM:.1%})")
            harmed |= share > MAX_HARM
    return 1 if harmed else 0


if __name__ == "__main__":
    sys.exit(main())
