"""Evaluate the structural article detector on the DEV bench.

Runs ``locate_article`` on every ``dev/scraped/ID.txt``, writes the kept lines of each document to
a temporary directory, runs the bench scorer on them and prints its table, then prints, for every
junk reason, how many lines it removed and what share of those the labels call junk (line-level
precision) -- the reason with the lowest precision is the one that costs article text. Finally it
prints the detector's throughput.

Usage: python benchmarks/detector_eval.py [--bench /work/shared/bench] [--keep-title]
       [--out DIR] [--per-doc FILE] [--show-lost N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scrapelint.facts.headline_shape import is_headline_lookalike
from scrapelint.locate.article import ArticleMap, locate_article


def load_labels(path: Path) -> dict[str, list[int | None]]:
    """Map document id -> per-line keep labels (1 keep, 0 junk, None blank)."""
    labels = {}
    with path.open(encoding="utf-8") as fh:
        for row in fh:
            if row.strip():
                rec = json.loads(row)
                labels[rec["id"]] = rec["keep"]
    return labels


def clean(amap: ArticleMap, lines: list[str], keep_title: bool) -> str:
    """Join the lines the detector keeps (optionally keeping the title line too)."""
    kept = []
    for line, verdict in zip(lines, amap.verdicts, strict=True):
        if not verdict.junk or (keep_title and verdict.reason == "title"):
            kept.append(line)
    return "\n".join(kept)


def reason_table(stats: dict[str, Counter]) -> None:
    """Print removed-line counts and label precision per reason, per corpus."""
    print(f"\n{'corpus':10} {'reason':16} {'removed':>8} {'junk':>6} {'keep':>6} {'prec':>6}")
    for key in sorted(stats):
        corpus, reason = key
        c = stats[key]
        n = c["junk"] + c["keep"]
        prec = c["junk"] / n if n else 0.0
        print(f"{corpus:10} {reason:16} {n:8d} {c['junk']:6d} {c['keep']:6d} {prec:6.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", default="/work/shared/bench", type=Path)
    ap.add_argument("--keep-title", action="store_true", help="keep lines judged 'title'")
    ap.add_argument("--out", type=Path, help="write cleaned files here (default: a temp dir)")
    ap.add_argument("--per-doc", type=Path, help="pass --per-doc FILE to the scorer")
    ap.add_argument("--show-lost", type=int, default=0, help="print N lost article lines")
    args = ap.parse_args()

    dev = args.bench / "dev"
    labels = load_labels(dev / "labels.jsonl")
    out = args.out or Path(tempfile.mkdtemp(prefix="detector_eval_"))
    out.mkdir(parents=True, exist_ok=True)
    stats: dict[tuple[str, str], Counter] = {}
    lost = []
    n_lines, elapsed = 0, 0.0
    for path in sorted((dev / "scraped").glob("*.txt")):
        doc_id = path.stem
        lines = path.read_text(encoding="utf-8").split("\n")
        t0 = time.perf_counter()
        amap = locate_article(lines, lookalike=is_headline_lookalike)  # as the engine locates
        elapsed += time.perf_counter() - t0
        n_lines += len(lines)
        (out / path.name).write_text(clean(amap, lines, args.keep_title), encoding="utf-8")
        corpus = doc_id.rsplit("-", 1)[0]
        for i, (verdict, label) in enumerate(
            zip(amap.verdicts, labels.get(doc_id, []), strict=False)
        ):
            if verdict.junk and label is not None:
                key = (corpus, verdict.reason or "?")
                stats.setdefault(key, Counter())["keep" if label else "junk"] += 1
                if label:
                    lost.append((doc_id, i, verdict.reason, lines[i][:90]))

    cmd = [sys.executable, str(args.bench / "score.py"), "--gold", str(dev / "gold")]
    cmd += ["--pred", str(out)]
    if args.per_doc:
        cmd += ["--per-doc", str(args.per_doc)]
    print(f"$ {' '.join(cmd)}")
    subprocess.run(cmd, check=True)
    reason_table(stats)
    for doc_id, i, reason, text in lost[: args.show_lost]:
        print(f"LOST {doc_id} {i:4d} {reason:14} {text}")
    rate = n_lines / elapsed if elapsed else float("inf")
    print(f"\n{n_lines} lines in {elapsed:.3f} s: {rate:,.0f} lines/s (outputs in {out})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
