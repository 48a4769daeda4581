"""Mojibake repair (HY001): how much ftfy repairs, against a hand-written re-decoding, and what it
touches on the DEV benches; and what the whole hygiene pack adds to `fix`.

usage: python benchmarks/mojibake.py [--bench ../shared/bench]

Damages real sentences (tests/data/prose_sentences.txt, all languages) holding a non-ASCII word:
UTF-8 read as Windows-1252 or as Latin-1, once or twice. Prints the share each repair gives back
exactly, the share it changes wrongly, and how many lines of the DEV benches' scraped texts HY001
would change or report, and the CPU time the engine's fix takes over all DEV texts with the
default rules, with and without the hygiene pack (best of 3, interleaved).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from scrapelint.engine.apply import fix
from scrapelint.engine.kinds.mojibake import certain_repair
from scrapelint.engine.packs import load_rules
from scrapelint.engine.repair import repair
from scrapelint.engine.selection import select_rules
from scrapelint.io.formats import parse

HERE = Path(__file__).resolve().parent
SENTENCES = HERE.parent / "tests" / "data" / "prose_sentences.txt"
ENCODINGS = ("windows-1252", "latin-1")


def damaged(text: str, encoding: str, times: int) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode(encoding, errors="ignore")
    return text


def by_hand(text: str) -> str | None:
    """The usual hand-written repair: one round of re-encoding, if it decodes."""
    for encoding in ENCODINGS:
        try:
            return text.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    args = parser.parse_args()
    lines = [
        line.split("\t", 1)[1]
        for line in SENTENCES.read_text(encoding="utf-8").splitlines()
        if "\t" in line and not line.startswith("#") and not line.split("\t", 1)[1].isascii()
    ]
    cases = [(line, damaged(line, e, n)) for line in lines for e in ENCODINGS for n in (1, 2)]
    cases = [(good, bad) for good, bad in cases if bad != good]
    started = time.perf_counter()
    ftfy_right = sum(certain_repair(bad) == good for good, bad in cases)
    ftfy_wrong = sum(certain_repair(bad) not in (None, good) for good, bad in cases)
    rate = len(cases) / (time.perf_counter() - started) / 2
    hand_right = sum(by_hand(bad) == good for good, bad in cases)
    hand_wrong = sum(by_hand(bad) not in (None, good) for good, bad in cases)
    print(f"{len(cases)} damaged sentences (UTF-8 read as {' or '.join(ENCODINGS)}, once or twice)")
    print(
        f"ftfy (HY001): {ftfy_right / len(cases):.1%} repaired exactly, {ftfy_wrong} wrongly, "
        f"{rate:.0f} lines/s"
    )
    print(f"by hand (one re-decoding): {hand_right / len(cases):.1%} exactly, {hand_wrong} wrongly")
    rules = [rule for rule in load_rules() if rule.meta.code == "HY001"]
    for corpus in ("dev", "dev-modern"):
        scraped = args.bench / corpus / "scraped"
        if not scraped.is_dir():
            continue
        changed = reported = total = 0
        for path in sorted(scraped.glob("*.txt")):
            doc = parse(str(path), path.read_bytes()).documents[0]
            total += len(doc.lines)
            _, found, _ = repair(doc, rules)
            changed += sum(bool(done) for _, done in found)
            reported += sum(not done for _, done in found)
        print(f"{corpus}: {total} lines, HY001 repairs {changed} and reports {reported}")
    pack_cost(args.bench)
    return 0


def pack_cost(bench: Path) -> None:
    docs = [
        parse(str(path), path.read_bytes()).documents[0]
        for corpus in ("dev", "dev-modern")
        for path in sorted((bench / corpus / "scraped").glob("*.txt"))
    ]
    if not docs:
        return
    rules = select_rules(load_rules())
    chosen = {"without": tuple(r for r in rules if r.meta.source != "hygiene"), "with": rules}
    times: dict[str, list[float]] = {name: [] for name in chosen}
    for _ in range(3):
        for name, selected in chosen.items():
            started = time.process_time()
            for doc in docs:
                fix(doc, selected)
            times[name].append(time.process_time() - started)
    without, with_pack = min(times["without"]), min(times["with"])
    print(
        f"fix of {len(docs)} DEV texts: {without:.2f} CPU s without the hygiene pack, "
        f"{with_pack:.2f} with it (+{100 * (with_pack - without) / without:.0f}%)"
    )


if __name__ == "__main__":
    sys.exit(main())
