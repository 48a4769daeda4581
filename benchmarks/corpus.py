"""Corpus-level costs and accuracy: `learn` speed and table size, the lookup's cost to `fix`, and
near-duplicate recall and precision on a generated set whose duplicates are known.

usage: python benchmarks/corpus.py [--documents 20000] [--sites 100] [--sample 400]
       [--pairs 1000] [--threshold 0.8]

1. learn: writes `--documents` generated news pages (site chrome around random prose) as JSONL,
   learns them in one pass, and prints documents/s, the peak memory of the process, and the
   table's size per million documents. `--documents 1000000` is the one-pass, bounded-memory run.
2. lookup: cleans `--sample` of the pages with the default rules, without and with the table
   bound, and prints the added time in percent: on pages whose chrome the table holds (it has
   lines to remove, and a fix then runs more passes), and on as many fresh pages of the same
   sites whose chrome lines each carry a word of their own, learned into a copy of the table
   (every line is looked up, none repeats: the lookup's cost alone). Each round opens the
   table anew, as a run does: no round finds the counts the one before it read.
3. near duplicates: `--pairs` originals, each followed by a variant with a known share of its
   words changed; a variant is truly a near copy when the exact Jaccard similarity of the two
   documents' shingle sets is at least `--threshold`. Prints recall and precision of what
   `learn` reports, and MinHash signing speed of rensa and of datasketch (when installed).
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import orjson

from scrapelint.corpus.learn import LearnOptions, learn
from scrapelint.corpus.signatures import NUM_PERM, shingles, signature
from scrapelint.corpus.table import reader
from scrapelint.engine.corpus_rules import bind_table
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import Rule
from scrapelint.engine.selection import select_rules
from scrapelint.facts.policy import Policy
from scrapelint.run.process import clean_document
from scrapelint.text.document import Document

HERE = Path(__file__).resolve().parent
ROUNDS = 5
SENTENCES = HERE.parent / "tests" / "data" / "prose_sentences.txt"
CHROME = (
    "Home | News | Sport | Business | {site}",
    "Sign up for the {site} newsletter",
    "Posted {n} March 2021 | {m} comments",
    "Follow {site} on social media",
    "© 2024 {site} Media. All rights reserved.",
    "Advertise with us | Contact {site} | Careers",
)


def vocabulary() -> list[str]:
    words = set()
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        if line.startswith("en\t"):
            words.update(line.split("\t", 1)[1].split())
    return sorted(words)


def prose(rng: random.Random, words: list[str], count: int) -> str:
    sentences = []
    while count > 0:
        size = rng.randint(12, 28)
        sentences.append(" ".join(rng.choices(words, k=size)).capitalize() + ".")
        count -= size
    return "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))


def page(rng: random.Random, words: list[str], site: str, fresh: bool = False) -> str:
    chrome = [c.format(site=site, n=rng.randint(1, 28), m=rng.randint(0, 99)) for c in CHROME]
    if fresh:  # a word of its own on every chrome line: no line of the page repeats
        chrome = [f"{line} {rng.choice(words)} {rng.choice(words)}" for line in chrome]
    return "\n".join([*chrome[:3], "", prose(rng, words, rng.randint(150, 600)), "", *chrome[3:]])


def write_pages(path: Path, documents: int, sites: int, seed: int = 7, fresh: bool = False) -> None:
    rng, words = random.Random(seed), vocabulary()
    with path.open("wb") as out:
        for n in range(documents):
            site = f"site{n % sites}.example"
            text = page(rng, words, site, fresh)
            record = {"url": f"https://{site}/story/{n}", "text": text}
            out.write(orjson.dumps(record) + b"\n")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_learn(root: Path, documents: int, sites: int) -> Path:
    shard = root / "pages.jsonl"
    write_pages(shard, documents, sites)
    before = peak_mb()
    stats = learn([shard], root / "table.db", LearnOptions())
    size = (root / "table.db").stat().st_size / 1e6
    print(
        f"learn: {stats.documents} documents in {stats.seconds:.1f} s = "
        f"{stats.documents / stats.seconds:.0f} documents/s; table {size:.1f} MB = "
        f"{size / stats.documents * 1e6:.0f} MB per million documents; peak memory "
        f"{peak_mb():.0f} MB (before learning {before:.0f} MB)"
    )
    return shard


def bench_lookup(shard: Path, table: Path, sample: int, sites: int) -> None:
    rules = select_rules(load_rules())
    lookup_cost("", read_docs(shard, sample), rules, bind_table(rules, table))
    fresh, fresh_table = shard.with_name("fresh.jsonl"), table.with_name("fresh.db")
    write_pages(fresh, sample, sites, seed=8, fresh=True)
    shutil.copyfile(table, fresh_table)
    learn([fresh], fresh_table, LearnOptions())
    docs = read_docs(fresh, sample)
    lookup_cost("pages with nothing to remove: ", docs, rules, bind_table(rules, fresh_table))


def read_docs(shard: Path, sample: int) -> list[Document]:
    lines = shard.read_bytes().splitlines()[:sample]
    return [
        Document.from_text(orjson.loads(line)["text"], f"{shard}:{n}")
        for n, line in enumerate(lines, start=1)
    ]


def lookup_cost(
    label: str, docs: list[Document], rules: tuple[Rule, ...], bound: tuple[Rule, ...]
) -> None:
    policy = Policy(detect_language=True)
    timings: dict[str, list[float]] = {"without": [], "with": []}
    removed = {}
    for _ in range(ROUNDS):  # interleaved, best of each: the machine is shared
        for name, chosen in (("without", rules), ("with", bound)):
            reader.cache_clear()  # a run reads each page once: no counts remembered from the last
            started = time.process_time()  # CPU time: other processes' load does not count
            removed[name] = 0
            for doc in docs:
                result, _ = clean_document(doc, chosen, policy)
                removed[name] += len(doc.lines) - len(result.cleaned.lines)
            timings[name].append(time.process_time() - started)
    for name, times in timings.items():
        print(
            f"lookup: {label}fix {len(docs)} pages {name} the table: best {min(times):.2f} CPU s "
            f"of {ROUNDS}, {removed[name]} lines removed"
        )
    base, added = min(timings["without"]), min(timings["with"]) - min(timings["without"])
    print(f"lookup: {label}the table adds {100 * added / base:.1f}% to fix")


def jaccard(one: set[str], other: set[str]) -> float:
    return len(one & other) / len(one | other) if one | other else 1.0


def variant(rng: random.Random, text: str, words: list[str], share: float) -> str:
    tokens = text.split(" ")
    for _ in range(int(len(tokens) * share)):
        at = rng.randrange(len(tokens))
        tokens[at] = rng.choice(words)
    return " ".join(tokens)


def bench_near(root: Path, pairs: int, threshold: float) -> None:
    rng, words = random.Random(11), vocabulary()
    texts = []
    for _ in range(pairs):
        original = prose(rng, words, rng.randint(150, 500))
        texts += [
            original,
            variant(rng, original, words, rng.choice([0.0, 0.01, 0.03, 0.06, 0.1, 0.2])),
        ]
    shard = root / "pairs.jsonl"
    shard.write_bytes(b"".join(orjson.dumps({"text": t}) + b"\n" for t in texts))
    table = root / "pairs.db"
    learn([shard], table, LearnOptions(threshold=threshold))
    import sqlite3

    with sqlite3.connect(table) as db:
        found = dict(
            db.execute(
                "SELECT d.record, f.record FROM copies c JOIN documents d ON d.id = c.doc "
                "JOIN documents f ON f.id = c.first"
            )
        )
    sets = [set(shingles(t.split("\n"))) for t in texts]
    truth = {2 * i + 2 for i in range(pairs) if jaccard(sets[2 * i], sets[2 * i + 1]) >= threshold}
    correct = sum(
        jaccard(sets[doc - 1], sets[first - 1]) >= threshold for doc, first in found.items()
    )
    recall = len(truth & set(found)) / len(truth) if truth else 1.0
    precision = correct / len(found) if found else 1.0
    print(
        f"near duplicates (threshold {threshold}): {len(truth)} true copies among {pairs} pairs; "
        f"{len(found)} reported; recall {recall:.3f}, precision {precision:.3f}"
    )
    sign_speed([t.split("\n") for t in texts])


def sign_speed(documents: list[list[str]]) -> None:
    started = time.perf_counter()
    for doc in documents:
        signature(doc)
    print(f"minhash: rensa {len(documents) / (time.perf_counter() - started):.0f} documents/s")
    try:
        from datasketch import MinHash
    except ImportError:
        print("minhash: datasketch not installed")
        return
    started = time.perf_counter()
    for doc in documents:
        minhash = MinHash(num_perm=NUM_PERM, seed=1)
        minhash.update_batch([gram.encode("utf-8") for gram in shingles(doc)])
    print(f"minhash: datasketch {len(documents) / (time.perf_counter() - started):.0f} documents/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--threshold", type=float, default=0.8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shard = bench_learn(root, args.documents, args.sites)
        bench_lookup(shard, root / "table.db", args.sample, args.sites)
        bench_near(root, args.pairs, args.threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
