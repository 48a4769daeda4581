"""Where the article is lost and where junk is left: the lines behind the quality figures.

usage: python benchmarks/losses.py [--bench ../shared/bench] [--corpus mod-page] [--lines 20]

Cleans every document of the DEV sets as `benchmarks/quality.py` does (the shipped settings) and,
per corpus, counts over the labelled lines:

* the article lines `fix` removed, by the rule and confidence of the finding that removed them,
  and by document (losses gather in a few pages of unusual layout);
* the junk lines `fix` kept, by the finding that reported them without removing them (a rule
  and a confidence under the threshold) or "-" when no rule saw them at all.

With `--lines N`, prints the first N lost article lines and kept junk lines of each corpus too.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from quality import HERE, Bench, load_scorer

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.io.formats import parse


def line_findings(outcomes) -> tuple[dict[int, str], dict[int, str]]:
    """For each line, the finding that removed it, and the first one that only reported it, as
    "CODE:confidence"."""
    removed: dict[int, str] = {}
    reported: dict[int, str] = {}
    for outcome in outcomes:
        finding = outcome.finding
        tag = f"{finding.code}:{finding.confidence}"
        for span in outcome.removed:
            removed.update(dict.fromkeys(range(span.start, span.end), tag))
        if not outcome.removed:
            for index in range(finding.line, finding.end_line):
                reported.setdefault(index, tag)
    return removed, reported


def tally(bench: Bench, rules, corpus: str) -> tuple[Counter, Counter, Counter, list, list]:
    """Lost article lines by finding and by document, kept junk lines by finding, and the lines."""
    lost, lost_docs, kept = Counter(), Counter(), Counter()
    lost_lines, kept_lines = [], []
    for doc_id, doc in bench.docs.items():
        if doc["corpus"] != corpus:
            continue
        result = fix(parse(str(doc["path"]), doc["path"].read_bytes()).documents[0], rules)
        removed, reported = line_findings(result.outcomes)
        texts = doc["path"].read_text(encoding="utf-8", errors="surrogateescape").split("\n")
        for index, label in enumerate(doc["labels"]):
            if label == 1 and index in removed:
                lost[removed[index]] += 1
                lost_docs[doc_id] += 1
                lost_lines.append((doc_id, index, removed[index], texts[index]))
            elif label == 0 and index not in removed:
                tag = reported.get(index, "-")
                kept[tag] += 1
                kept_lines.append((doc_id, index, tag, texts[index]))
    return lost, lost_docs, kept, lost_lines, kept_lines


def show(title: str, counts: Counter, top: int = 15) -> None:
    print(f"  {title} ({sum(counts.values())} lines)")
    for key, count in counts.most_common(top):
        print(f"    {count:6}  {key}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--corpus", action="append", help="only this corpus (repeatable)")
    parser.add_argument("--lines", type=int, default=0, help="print this many lines of each")
    args = parser.parse_args()
    if not (args.bench / "score.py").is_file():
        print(f"skipped: no bench under {args.bench}")
        return 0
    bench = Bench(args.bench, load_scorer(args.bench))
    rules = select_rules(load_rules())
    for corpus in args.corpus or sorted({doc["corpus"] for doc in bench.docs.values()}):
        lost, lost_docs, kept, lost_lines, kept_lines = tally(bench, rules, corpus)
        print(f"\n{corpus}")
        show("article lines removed, by finding", lost)
        show("article lines removed, by document", lost_docs, 10)
        show("junk lines kept, by the finding that only reported them", kept)
        for name, lines in (("lost", lost_lines), ("kept", kept_lines)):
            for doc_id, index, tag, text in lines[: args.lines]:
                print(f"    {name} {doc_id}:{index + 1} {tag:10} {text[:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
