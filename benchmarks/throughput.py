"""Throughput of `scrapelint fix` against jusText and a C4-style line filter, in one run.

usage: python benchmarks/throughput.py [--bench ../shared/bench] [--repeat 2] [--jobs 1,2,4]

Every cleaner reads the same documents: the scraped texts of the DEV and DEV-modern benches,
copied `--repeat` times into a temporary folder (each copy a file of its own). In this one
process, one after the other, it times:

- `scrapelint fix` as a user runs it (`fix CORPUS --out OUT --report R --no-cache -q
  --statistics`, called in-process through the CLI: reading, the engine, metadata, atomic writes
  and the report), with language detection and with `--no-language`, for each `--jobs` value;
- jusText 3 (what trafilatura falls back on) with the English stoplist, each line a paragraph;
- a C4-style line filter (`c4_clean`, the rules of the C4 paper as TFDS's `c4_utils` applies them).

It prints documents/s and MB/s for each, each scrapelint row as a multiple of jusText and as a
fraction of the line filter's speed, and how `--jobs N` scales over `--jobs 1`. Each row has its
wall time and its CPU time (this process's and its workers'): on a machine other jobs share, the
wall times of one run are not comparable, the CPU times are (they leave out waiting for the
disk, which wall time counts). Ratios per core are given in both; scaling is wall time only. A
`--jobs` value above the machine's cores is printed as n/a rather than timed. Last, the peak
resident memory of a fresh one-job `fix` over one bench and over the whole corpus: texts are
streamed and report entries wait on disk, so it should not grow with the corpus
(`report_memory.py` measures that on 20,000 generated documents).

`--engines` times the engines instead: the local one against `--engine ray` and the Python API,
on the same texts as JSONL shards (the section at the end of this file).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("dev", "dev-modern")
JUSTEXT = "jusText (English stoplist)"
C4 = "C4-style line filter"

# C4 (Raffel et al. 2020, section 2.2), as tensorflow_datasets' c4_utils.clean_page applies it:
# keep a line that ends in terminal punctuation (not an ellipsis), has 3+ words, no word over
# 1,000 characters and no "javascript" or cookie/terms-of-use wording; drop the whole page on
# "lorem ipsum" or a curly bracket, or when fewer than 5 sentences are kept.
C4_END_MARKS = (".", "?", "!", '"')
C4_ELLIPSIS = "..."
C4_MIN_WORDS = 3
C4_MIN_SENTENCES = 5
C4_MAX_WORD = 1000
C4_POLICY = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
C4_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
# c4_utils counts sentences with NLTK's punkt; a split after terminal punctuation and a space is
# close enough for the page minimum and costs about the same.
C4_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")


def c4_clean(text: str) -> str:
    """The page's kept lines, or "" when C4 drops the page."""
    kept, sentences = [], 0
    for raw in text.splitlines():
        line = raw.strip()
        words = line.split()
        if any(len(word) > C4_MAX_WORD for word in words):
            continue
        line = C4_CITATION.sub("", line)
        if not line.endswith(C4_END_MARKS) or line.endswith(C4_ELLIPSIS):
            continue
        if len(words) < C4_MIN_WORDS:
            continue
        lowered = line.lower()
        if "lorem ipsum" in lowered or "{" in line:
            return ""
        if "javascript" in lowered or any(p in lowered for p in C4_POLICY):
            continue
        sentences += len(C4_SENTENCE_END.findall(line)) + 1
        kept.append(line)
    return "\n".join(kept).strip() if sentences >= C4_MIN_SENTENCES else ""


def justext_clean(text: str) -> str:
    import justext

    html = "".join(f"<p>{_escape(line)}</p>" for line in text.split("\n") if line.strip())
    paragraphs = justext.justext(
        f"<html><body>{html}</body></html>", justext.get_stoplist("English")
    )
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _escape(line: str) -> str:
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Corpus:
    folder: Path
    paths: tuple[Path, ...]
    size: int  # bytes

    @property
    def megabytes(self) -> float:
        return self.size / 1e6


@dataclass(frozen=True)
class Timing:
    label: str
    docs: int
    size: int
    seconds: float | None  # wall; None: not timed (more jobs than cores)
    cpu: float = float("nan")  # CPU seconds of this process and its workers
    parent_cpu: float = float("nan")  # CPU seconds of this process alone

    @property
    def rate(self) -> float:
        return self.docs / self.seconds if self.seconds else float("nan")

    @property
    def cpu_rate(self) -> float:
        return self.docs / self.cpu


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (a pool's workers)."""
    return own_cpu_seconds() + _cpu(resource.getrusage(resource.RUSAGE_CHILDREN))


def own_cpu_seconds() -> float:
    return _cpu(resource.getrusage(resource.RUSAGE_SELF))


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def build_corpus(bench: Path, folder: Path, repeat: int) -> Corpus:
    """The DEV and DEV-modern scraped texts, `repeat` times over, one file each."""
    sources = [p for name in BENCHES for p in sorted((bench / name / "scraped").glob("*.txt"))]
    paths = []
    for copy in range(repeat):
        for source in sources:
            path = folder / f"copy{copy}" / source.parent.parent.name / source.name
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, path)
            paths.append(path)
    return Corpus(folder, tuple(paths), sum(p.stat().st_size for p in paths))


def time_text_cleaner(label: str, clean: Callable[[str], str], corpus: Corpus) -> Timing:
    start, cpu = time.perf_counter(), cpu_seconds()
    for path in corpus.paths:
        clean(path.read_text(encoding="utf-8"))
    seconds = time.perf_counter() - start
    return Timing(label, len(corpus.paths), corpus.size, seconds, cpu_seconds() - cpu)


def warm_up(corpus: Corpus, work: Path) -> None:
    """Load what every cleaner loads once per process (rule packs, language profiles, the
    stoplist) before the clock starts: start-up is `hook_startup.py`'s figure, not this one's."""
    justext_clean(corpus.paths[0].read_text(encoding="utf-8"))
    few = Corpus(corpus.paths[0].parent, corpus.paths[:1], corpus.paths[0].stat().st_size)
    time_scrapelint(few, work, 1, True, target=corpus.paths[0])


def time_scrapelint(
    corpus: Corpus, work: Path, jobs: int, language: bool, target: Path | None = None
) -> Timing:
    """One `scrapelint fix` over the corpus, in this process, as the CLI runs it."""
    from scrapelint.cli.commands import cli

    label = f"scrapelint fix, language {'on' if language else 'off'}, --jobs {jobs}"
    out, report = work / "out", work / "report.json"
    argv = ["fix", str(target or corpus.folder), "--out", str(out), "--report", str(report)]
    argv += ["--no-cache", "-q", "--statistics", "--jobs", str(jobs)]
    argv += [] if language else ["--no-language"]
    start, cpu, parent = time.perf_counter(), cpu_seconds(), own_cpu_seconds()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        cli.main(argv, prog_name="scrapelint", standalone_mode=False)
    seconds, cpu, parent = (
        time.perf_counter() - start,
        cpu_seconds() - cpu,
        own_cpu_seconds() - parent,
    )
    shutil.rmtree(out, ignore_errors=True)
    report.unlink(missing_ok=True)
    return Timing(label, len(corpus.paths), corpus.size, seconds, cpu, parent)


def scrapelint_timings(corpus: Corpus, work: Path, jobs: list[int]) -> list[Timing]:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    timings = []
    for language in (True, False):
        for n in jobs:
            if n > (cores or 1):
                label = f"scrapelint fix, language {'on' if language else 'off'}, --jobs {n}"
                timings.append(Timing(label, 0, 0, None))
            else:
                timings.append(time_scrapelint(corpus, work, n, language))
    return timings


def print_rates(timings: list[Timing]) -> None:
    header = f"{'docs':>6} {'wall s':>7} {'docs/s':>8} {'MB/s':>6} {'CPU s':>7} {'docs/CPU s':>10}"
    print(f"\n{'cleaner':44} {header}")
    for t in timings:
        if t.seconds is None:
            print(f"{t.label:44} {'n/a (more jobs than cores)':>31}")
            continue
        mb_s = t.size / 1e6 / t.seconds
        print(
            f"{t.label:44} {t.docs:6,} {t.seconds:7.2f} {t.rate:8,.1f} {mb_s:6.2f} "
            f"{t.cpu:7.2f} {t.cpu_rate:10,.1f}"
        )


def print_ratios(timings: list[Timing]) -> None:
    by_label = {t.label: t for t in timings}
    jus, c4 = by_label[JUSTEXT], by_label[C4]
    print("\nper core (--jobs 1), against the baselines (wall; CPU):")
    for t in timings:
        if t.label.endswith("--jobs 1"):
            print(
                f"  {t.label:44} {t.rate / jus.rate:5.2f}x; {t.cpu_rate / jus.cpu_rate:5.2f}x "
                f"jusText, 1/{c4.rate / t.rate:,.0f}; 1/{c4.cpu_rate / t.cpu_rate:,.0f} of C4 speed"
            )
    print("\nscaling over --jobs 1:")
    for t in timings:
        if t.label.startswith("scrapelint") and not t.label.endswith("--jobs 1"):
            one = by_label[t.label.rsplit("--jobs", 1)[0] + "--jobs 1"]
            jobs = int(t.label.rsplit(" ", 1)[1])
            if t.seconds is None:
                print(f"  {t.label:44} n/a")
            else:
                speedup = t.rate / one.rate
                print(f"  {t.label:44} {speedup:4.2f}x ({speedup / jobs:.2f} of linear)")
                print(f"  {'':44} {amdahl(t, jobs)}")


def amdahl(timing: Timing, jobs: int) -> str:
    """The bound the parent's own work puts on scaling, whatever the load: the parent (reading
    results, writing files, the report) runs alone while the workers share the rest."""
    serial = timing.parent_cpu / timing.cpu
    bound = 1 / (serial + (1 - serial) / jobs)
    return (
        f"parent {serial:.0%} of the CPU time: at most {bound:.2f}x ({bound / jobs:.2f} of linear)"
    )


RSS_CODE = (
    "import resource, sys, contextlib, io\n"
    "from scrapelint.cli.commands import cli\n"
    "argv = ['fix', sys.argv[1], '--out', sys.argv[2], '--no-cache', '-q', '--statistics',"
    " '--jobs', '1']\n"
    "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
    "    cli.main(argv, prog_name='scrapelint', standalone_mode=False)\n"
    # ru_maxrss survives exec on Linux (it would count the benchmark's own peak); VmHWM does not.
    "from pathlib import Path\n"
    "status = Path('/proc/self/status')\n"
    "hwm = [l for l in status.read_text().splitlines() if l.startswith('VmHWM')]"
    " if status.exists() else []\n"
    "print(hwm[0].split()[1] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def peak_rss_mb(folder: Path, work: Path) -> float:
    """Peak RSS of a fresh process that runs a one-job `fix` over `folder`."""
    run = subprocess.run(
        [sys.executable, "-c", RSS_CODE, str(folder), str(work / "rss-out")],
        check=True,
        capture_output=True,
        text=True,
    )
    shutil.rmtree(work / "rss-out", ignore_errors=True)
    return int(run.stdout.split()[-1]) / 1024


def print_rss(corpus: Corpus, work: Path) -> None:
    part = corpus.folder / "copy0" / BENCHES[0]
    part_mb = sum(p.stat().st_size for p in part.iterdir()) / 1e6
    sizes = [
        (part_mb, peak_rss_mb(part, work)),
        (corpus.megabytes, peak_rss_mb(corpus.folder, work)),
    ]
    print(
        "\npeak RSS of a one-job fix: " + ", ".join(f"{m:.1f} MB in: {r:.0f} MB" for m, r in sizes)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--repeat", type=int, default=2, help="copies of each bench text")
    parser.add_argument("--jobs", default="1,2,4", help="--jobs values to time, comma-separated")
    args = parser.parse_args()
    if not all((args.bench / name / "scraped").is_dir() for name in BENCHES):
        print(f"skipped: no DEV and DEV-modern benches under {args.bench}")
        return 0
    jobs = [int(n) for n in args.jobs.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build_corpus(args.bench, Path(tmp) / "corpus", args.repeat)
        print(
            f"corpus: {len(corpus.paths):,} documents, {corpus.megabytes:.1f} MB "
            f"(DEV + DEV-modern scraped x{args.repeat}); load {os.getloadavg()[0]:.2f}"
        )
        warm_up(corpus, Path(tmp))
        timings = [
            time_text_cleaner(C4, c4_clean, corpus),
            time_text_cleaner(JUSTEXT, justext_clean, corpus),
            *scrapelint_timings(corpus, Path(tmp), jobs),
        ]
        print_rates(timings)
        print_ratios(timings)
        print_rss(corpus, Path(tmp))
    return 0


# --- Engines: the local engine against Ray Data (`--engine ray`) on JSONL shards ---
#
# usage: python benchmarks/throughput.py --engines [--repeat 2] [--shards 8] [--bench DIR]
#
# Writes the DEV and DEV-modern texts as JSONL shards, then times the command line end to end
# (`scrapelint fix SHARDS --out TMP`, start-up included) with the local engine on 1 and all cores,
# and with `--engine ray` on a local cluster of all cores, which it starts for the run.


def build_shards(bench: Path, folder: Path, repeat: int, shards: int) -> int:
    """JSONL shards of the bench texts, `repeat` times over; the number of records written."""
    import json

    corpus = build_corpus(bench, folder / "texts", repeat)
    handles = [(folder / f"shard-{n:03d}.jsonl").open("w", encoding="utf-8") for n in range(shards)]
    for number, path in enumerate(corpus.paths):
        record = {"id": number, "text": path.read_text(encoding="utf-8")}
        handles[number % shards].write(json.dumps(record, ensure_ascii=False) + "\n")
    for handle in handles:
        handle.close()
    shutil.rmtree(folder / "texts")
    return len(corpus.paths)


def time_engine(folder: Path, out: Path, *flags: str) -> float:
    """Seconds for one `scrapelint fix` over the shards of `folder` (exit 1 is findings)."""
    command = [sys.executable, "-m", "scrapelint", "fix", *map(str, sorted(folder.glob("*.jsonl")))]
    start = time.perf_counter()
    done = subprocess.run(
        [*command, "--out", str(out), "--no-cache", "-q", *flags], capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(flags)}: exit {done.returncode}\n{done.stderr[-2000:]}")
    return seconds


def time_api(folder: Path) -> tuple[int, float]:
    """Records and seconds for `Linter.fix` in a loop over the shards, in this process."""
    import json

    from scrapelint import Linter

    linter = Linter()
    records = [json.loads(line) for p in sorted(folder.glob("*.jsonl")) for line in p.open()]
    start = time.perf_counter()
    for record in records:
        linter.fix(record.pop("text"), **record)
    return len(records), time.perf_counter() - start


def ray_start_seconds(cpus: int) -> float:
    code = (
        "import time, ray; t = time.perf_counter();"
        f"ray.init(num_cpus={cpus}, include_dashboard=False, logging_level='warning');"
        "print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def engines_main() -> int:
    parser = argparse.ArgumentParser(description="scrapelint fix: local engine against Ray")
    parser.add_argument("--engines", action="store_true")
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--repeat", type=int, default=2, help="copies of each bench text")
    parser.add_argument("--shards", type=int, default=8)
    args = parser.parse_args()
    if not all((args.bench / name / "scraped").is_dir() for name in BENCHES):
        print(f"skipped: no DEV and DEV-modern benches under {args.bench}")
        return 0
    jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        shards = Path(tmp) / "shards"
        shards.mkdir()
        docs = build_shards(args.bench, shards, args.repeat, args.shards)
        size = sum(p.stat().st_size for p in shards.glob("*.jsonl")) / 1e6
        print(
            f"corpus: {docs:,} records in {args.shards} JSONL shards, {size:.1f} MB; {jobs} cores;"
            f" load {os.getloadavg()[0]:.2f}"
        )
        runs = [
            (f"local engine, {n} job{'s' * (n > 1)}", ("-j", str(n))) for n in sorted({1, jobs})
        ]
        runs.append(
            (f"ray engine, local cluster of {jobs} CPUs", ("--engine", "ray", "-j", str(jobs)))
        )
        print(f"\n{'engine':40} {'seconds':>8} {'docs/s':>8} {'MB/s':>6}")
        for label, flags in runs:
            seconds = time_engine(shards, Path(tmp) / label.replace(" ", "-"), *flags)
            print(f"{label:40} {seconds:8.1f} {docs / seconds:8,.0f} {size / seconds:6.2f}")
        count, seconds = time_api(shards)
        label = "Python API, Linter.fix in a loop"
        print(f"{label:40} {seconds:8.1f} {count / seconds:8,.0f} {size / seconds:6.2f}")
        try:
            print(
                f"\nray.init of a local {jobs}-CPU cluster alone: {ray_start_seconds(jobs):.1f} s"
            )
        except subprocess.CalledProcessError:
            print("\nray is not installed: pip install '.[ray]'")
    return 0


if __name__ == "__main__":
    sys.exit(engines_main() if "--engines" in sys.argv else main())
