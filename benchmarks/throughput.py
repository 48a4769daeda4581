"""Throughput of `scrapelint fix` against two baselines timed in the same run.

usage: python benchmarks/throughput.py [--mb 50] [--bench ../shared/bench] [--seconds 20]

Builds a corpus of at least `--mb` megabytes from the DEV bench texts and generated variants
(paragraph order shuffled, lines of other documents spliced in), as files in a temporary folder,
then prints documents/s and MB/s for:

- scrapelint fix, 1 job and all jobs, without and with language detection;
- a C4-style line filter (keep lines that end in terminal punctuation and have 5+ words, drop
  lines with "javascript", "cookie", "lorem ipsum"; the practical floor of a line cleaner);
- jusText 3 with the English stoplist, each line a paragraph.

Slow configurations stop after `--seconds` and report the rate over what they processed. Peak
resident memory (RSS) is measured in a child process over a quarter and over all of the corpus,
to show it stays flat as the corpus grows.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scrapelint.facts.policy import Policy
from scrapelint.io.sources import Source
from scrapelint.run.parallel import default_jobs, process_all
from scrapelint.run.pipeline import Job
from scrapelint.run.process import Settings

HERE = Path(__file__).resolve().parent
TERMINAL = (".", "!", "?", '"', "”", "’", "»")
C4_BAD = ("javascript", "cookie", "lorem ipsum", "{")


def build_corpus(bench: Path, folder: Path, megabytes: float, seed: int = 13) -> list[Path]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((bench / "dev" / "scraped").glob("*"))]
    rng = random.Random(seed)
    paths, size, number = [], 0, 0
    while size < megabytes * 1e6:
        text = texts[number % len(texts)] if number < len(texts) else _variant(texts, rng)
        path = folder / f"{number // 1000:04d}" / f"doc{number:07d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        size += len(text.encode("utf-8"))
        number += 1
    return paths


def _variant(texts: list[str], rng: random.Random) -> str:
    blocks = rng.choice(texts).split("\n\n")
    head, body = blocks[:2], blocks[2:]
    rng.shuffle(body)
    donor = rng.choice(texts).split("\n")
    splice = donor[rng.randrange(len(donor)) :][:5]
    return "\n\n".join([*head, *body, "\n".join(splice)]) + "\n"


def c4_filter(text: str) -> str:
    kept = []
    for line in text.split("\n"):
        lowered = line.lower()
        if (
            line.rstrip().endswith(TERMINAL)
            and len(line.split()) >= 5
            and not any(b in lowered for b in C4_BAD)
        ):
            kept.append(line)
    return "\n".join(kept)


def justext_clean(text: str) -> str:
    import justext

    html = "".join(f"<p>{_escape(line)}</p>" for line in text.split("\n") if line.strip())
    paragraphs = justext.justext(
        f"<html><body>{html}</body></html>", justext.get_stoplist("English")
    )
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _escape(line: str) -> str:
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def time_text_cleaner(clean: Callable[[str], str], paths: list[Path], seconds: float) -> tuple:
    docs = size = 0
    start = time.perf_counter()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        clean(text)
        docs, size = docs + 1, size + len(text.encode("utf-8"))
        if time.perf_counter() - start > seconds:
            break
    return docs, size, time.perf_counter() - start


def time_scrapelint(paths: list[Path], jobs: int, language: bool, seconds: float) -> tuple:
    from scrapelint.engine.packs import load_rules
    from scrapelint.engine.selection import select_rules

    settings = Settings(
        select_rules(load_rules()), fix=True, policy=Policy(detect_language=language)
    )
    job = Job(settings_for=_EveryFile(settings), applied=True)
    docs = size = 0
    start = time.perf_counter()
    for result in process_all((Source(p, None) for p in paths), job, jobs):
        docs += len(result.entries)
        size += result.size
        if time.perf_counter() - start > seconds:
            break
    return docs, size, time.perf_counter() - start


@dataclasses.dataclass(frozen=True)
class _EveryFile:
    """`Job.settings_for` for a run with one configuration (picklable, unlike a lambda)."""

    settings: Settings

    def __call__(self, path: Path) -> Settings:
        return self.settings


def peak_rss_mb(paths_file: Path) -> float:
    """Peak RSS of a fresh process that runs the fix over the files listed in `paths_file`."""
    code = (
        "import resource, sys; from pathlib import Path;"
        "from benchmarks.throughput import time_scrapelint;"
        "paths=[Path(p) for p in Path(sys.argv[1]).read_text().split()];"
        "time_scrapelint(paths, 1, False, 1e9);"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(paths_file)],
        check=True,
        cwd=HERE.parent,
        capture_output=True,
        text=True,
    )
    return int(run.stdout.split()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--rss-mb", type=float, default=8, help="corpus size for the RSS check")
    args = parser.parse_args()
    if not (args.bench / "dev" / "scraped").is_dir():
        print(f"skipped: no DEV bench under {args.bench}")
        return 0
    jobs = default_jobs()
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(args.bench, Path(tmp), args.mb)
        total = sum(p.stat().st_size for p in paths) / 1e6
        print(f"corpus: {len(paths):,} documents, {total:.1f} MB; {jobs} cores")
        rows = [
            ("C4-style line filter", time_text_cleaner(c4_filter, paths, args.seconds)),
            ("jusText (English stoplist)", time_text_cleaner(justext_clean, paths, args.seconds)),
        ]
        for language in (False, True):
            for n in sorted({1, jobs}):
                switch = "on" if language else "off"
                label = f"scrapelint fix, {n} job{'s' * (n > 1)}, language {switch}"
                rows.append((label, time_scrapelint(paths, n, language, args.seconds)))
        print(f"\n{'cleaner':44} {'docs':>8} {'docs/s':>9} {'MB/s':>7}")
        rates = {}
        for label, (docs, size, seconds) in rows:
            rates[label] = docs / seconds
            print(f"{label:44} {docs:8,} {docs / seconds:9,.0f} {size / 1e6 / seconds:7.2f}")
        _ratios(rates)
        _rss(paths, Path(tmp), args.rss_mb)
    return 0


def _ratios(rates: dict[str, float]) -> None:
    jus, c4 = rates["jusText (English stoplist)"], rates["C4-style line filter"]
    print()
    for label, rate in rates.items():
        if label.startswith("scrapelint") and ", 1 job," in label:
            print(
                f"{label}: {rate / jus:5.1f}x jusText, "
                f"{c4 / rate:5.1f}x slower than the line filter"
            )


def _rss(paths: list[Path], folder: Path, megabytes: float) -> None:
    sizes, chosen, total = [], [], 0
    for path in paths:
        chosen.append(path)
        total += path.stat().st_size
        if total >= megabytes * 1e6:
            break
    for share in (0.25, 1.0):
        listing = folder / f"paths-{share}.txt"
        listing.write_text("\n".join(map(str, chosen[: max(1, int(len(chosen) * share))])))
        sizes.append((share, peak_rss_mb(listing)))
    print(
        "\npeak RSS of a 1-job fix: "
        + ", ".join(f"{s:.0%} of {megabytes:g} MB: {r:.0f} MB" for s, r in sizes)
    )


if __name__ == "__main__":
    sys.exit(main())
