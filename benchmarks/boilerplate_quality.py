"""What the learned boilerplate table does to cleaning quality on a DEV bench.

usage: python benchmarks/boilerplate_quality.py [--bench ../shared/bench] [--corpus dev]
       [--min-documents 3] [--by site|folder]

Writes the bench's scraped documents as one JSONL shard (each record with its page's `url`, so
lines are counted per site; `--by folder` counts the whole bench as one source instead, a harder
case), learns it with `scrapelint learn`, and cleans every document twice with the default rules:
without the table and with it. Both outputs are scored with the bench's `score.py`; the figures
to compare are keep_R (article lines kept), junk_R (junk lines removed) and token F1. Also prints
how many lines RP001 removed, and how many of them the bench labels as article.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

from scrapelint.corpus.learn import LearnOptions, learn
from scrapelint.engine.apply import fix
from scrapelint.engine.corpus_rules import bind_table
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.io.formats import parse
from scrapelint.text.document import Document

HERE = Path(__file__).resolve().parent


def shard(bench: Path, out: Path, by: str) -> list[str]:
    """The scraped documents as JSONL records, in manifest order; their ids."""
    manifest = [json.loads(line) for line in (bench / "manifest.jsonl").open()]
    ids, lines = [], []
    for entry in manifest:
        path = bench / "scraped" / f"{entry['id']}.txt"
        text = parse(str(path), path.read_bytes()).documents[0].text
        record = {"id": entry["id"], "text": text}
        if by == "site":
            record["url"] = entry["url"]
        ids.append(entry["id"])
        lines.append(orjson.dumps(record) + b"\n")
    out.write_bytes(b"".join(lines))
    return ids


def clean(shard_path: Path, ids: list[str], rules, out: Path) -> dict[str, list]:
    outcomes = {}
    for number, line in enumerate(shard_path.read_bytes().splitlines(), start=1):
        doc_id = ids[number - 1]
        text = orjson.loads(line)["text"]
        result = fix(Document.from_text(text, f"{shard_path}:{number}"), rules)
        (out / f"{doc_id}.txt").write_text(result.cleaned.text, encoding="utf-8")
        outcomes[doc_id] = result.outcomes
    return outcomes


def score(scorer: Path, gold: Path, pred: Path) -> dict:
    done = subprocess.run(
        [sys.executable, scorer, "--gold", gold, "--pred", pred, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def harmed(outcomes: dict[str, list], labels: Path) -> tuple[int, int]:
    """(lines RP001 removed, of which the bench labels article)."""
    keep = {rec["id"]: rec["keep"] for rec in map(json.loads, labels.open())}
    removed = article = 0
    for doc_id, found in outcomes.items():
        for outcome in found:
            if outcome.finding.code != "RP001":
                continue
            for span in outcome.removed:
                for index in range(span.start, span.end):
                    removed += 1
                    article += index < len(keep[doc_id]) and keep[doc_id][index] == 1
    return removed, article


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--corpus", default="dev")
    parser.add_argument("--by", choices=["site", "folder"], default="site")
    args = parser.parse_args()
    bench = args.bench / args.corpus
    if not (bench / "scraped").is_dir():
        print(f"skipped: no bench under {bench}")
        return 0
    base = select_rules(load_rules())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        records = root / "bench.jsonl"
        ids = shard(bench, records, args.by)
        stats = learn([records], root / "table.db", LearnOptions())
        print(
            f"{args.corpus}: learned {stats.documents} documents, {stats.exact} exact and "
            f"{stats.near} near copies (counted once)"
        )
        rows = {}
        for name, rules in (("without", base), ("with", bind_table(base, root / "table.db"))):
            out = root / name
            out.mkdir()
            outcomes = clean(records, ids, rules, out)
            rows[name] = score(args.bench / "score.py", bench / "gold", out)
        removed, article = harmed(outcomes, bench / "labels.jsonl")
    print(f"{'table':8} {'corpus':10} {'keep_R':>7} {'junk_R':>7} {'F1':>7}")
    for name, scores in rows.items():
        for corpus, values in [*scores["corpora"].items(), ("macro", scores["macro"])]:
            figures = " ".join(f"{values[key]:7.4f}" for key in ("keep_R", "junk_R", "F1"))
            print(f"{name:8} {corpus:10} {figures}")
    print(f"RP001 removed {removed} lines, {article} of them labelled article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
