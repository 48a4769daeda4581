"""Cleaning quality on the DEV bench: the scorer's table, and how precise each rule's removals are.

usage: python benchmarks/quality.py [--bench ../shared/bench] [--gate] [--keep OUT]

Runs `scrapelint fix` (through the library, one process) over `dev/scraped`, scores the output
with the bench's own `score.py`, and prints, per rule code, how many lines it removed and the share
of them labelled junk in `dev/labels.jsonl`. With `--gate`, exits 1 when the macro token F1 or
either corpus's keep_R falls below the minimums pinned in `benchmarks/quality_pin.json`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.io.formats import parse, render

HERE = Path(__file__).resolve().parent
PIN = HERE / "quality_pin.json"


def clean_all(scraped: Path, out: Path) -> dict[str, list]:
    """Clean every DEV document into `out`; the outcomes of each, by document id."""
    rules = select_rules(load_rules())
    outcomes = {}
    for path in sorted(scraped.glob("*.txt")):
        parsed = parse(str(path), path.read_bytes())
        result = fix(parsed.documents[0], rules)
        (out / path.name).write_bytes(render(parsed, [result.cleaned]))
        outcomes[path.stem] = result.outcomes
    return outcomes


def rule_precision(outcomes: dict[str, list], labels: Path) -> list[tuple[str, int, int]]:
    """(code, lines removed, of which labelled junk) for each rule, most harmful first."""
    keep = {rec["id"]: rec["keep"] for rec in map(json.loads, labels.open())}
    removed, junk = Counter(), Counter()
    for doc_id, doc_outcomes in outcomes.items():
        for outcome in doc_outcomes:
            for span in outcome.removed:
                for index in range(span.start, span.end):
                    label = keep[doc_id][index] if index < len(keep[doc_id]) else None
                    if label is None:
                        continue
                    removed[outcome.finding.code] += 1
                    junk[outcome.finding.code] += label == 0
    rows = [(code, removed[code], junk[code]) for code in removed]
    return sorted(rows, key=lambda row: row[1] - row[2], reverse=True)


def score(bench: Path, out: Path) -> dict:
    scorer = bench / "score.py"
    gold = bench / "dev" / "gold"
    table = subprocess.run(
        [sys.executable, scorer, "--gold", gold, "--pred", out], capture_output=True, text=True
    )
    print(table.stdout, end="")
    result = out.parent / "score.json"
    subprocess.run(
        [sys.executable, scorer, "--gold", gold, "--pred", out, "--json", result],
        capture_output=True,
        check=True,
    )
    return json.loads(result.read_text())


def gate(scores: dict) -> list[str]:
    pin = json.loads(PIN.read_text())
    failures = []
    macro = scores["MACRO"]["tok_F1"] if "MACRO" in scores else None
    if macro is not None and macro < pin["macro_tok_f1"]:
        failures.append(f"macro tok_F1 {macro:.3f} < pinned {pin['macro_tok_f1']}")
    for corpus, minimum in pin["keep_r"].items():
        value = scores.get(corpus, {}).get("keep_R")
        if value is not None and value < minimum:
            failures.append(f"{corpus} keep_R {value:.3f} < pinned {minimum}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--gate", action="store_true")
    args = parser.parse_args()
    dev = args.bench / "dev"
    if not (dev / "scraped").is_dir():
        print(f"skipped: no DEV bench under {args.bench}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        out.mkdir()
        outcomes = clean_all(dev / "scraped", out)
        scores = score(args.bench, out)
    print("\nrule     removed  junk  precision")
    for code, removed, junk in rule_precision(outcomes, dev / "labels.jsonl"):
        print(f"{code:8} {removed:7} {junk:5}  {junk / removed:9.3f}")
    if not args.gate:
        return 0
    failures = gate(scores)
    for failure in failures:
        print(f"quality gate: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
