"""Peak memory of one big document: a 50 MB line, and a JSONL file just under the streaming size.

usage: python benchmarks/line_memory.py [--megabytes 50] [--jsonl-megabytes 26] [--only NAME]
                                        [--check] [--no-language] [--keep FOLDER]
                                        [--jobs N] [--cache]

Generates, in a temporary folder (nothing is downloaded):

- `one line`: a `.txt` file holding one line of `--megabytes` MB of prose (sentences drawn with a
  fixed seed from a few hundred made of common English words: a page whose line breaks were lost);
- `one line among junk`: the same line under a headline, a menu, share buttons and a newsletter
  prompt, and over a copyright line;
- `JSONL under the streaming size`: a `.jsonl` file of `--jsonl-megabytes` MB of short news
  records (`report_memory.document`), read whole, since it is under the 32 MB from which a JSONL
  file is streamed in batches of records.

Each is run as a fresh process (`fix FILE --out OUT --report R.json --no-cache -q`; with
`--check`, `check FILE --output-format json`), and its peak resident memory is read from
`/proc/self/status` (VmHWM) as it ends, with its wall and CPU time, and printed beside the ratio
of the peak to the file's size. With `--jobs N` (N > 1) the file is run among seven small JSONL
files, so that worker processes start, and the workers' peak (`ru_maxrss` of the children) is
printed too; with `--cache`, the result cache is on: a first run fills it, a second one hits it,
and both are printed. Run it with another tree first on `PYTHONPATH` to compare. No assertion:
figures to read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_memory import CODE, document

# The peak of the worker processes too, in MB (0 when the run started none).
CODE_WITH_WORKERS = (
    CODE + "import resource\nprint(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)

MB = 2**20
SUBJECTS = (
    "The council", "A spokesperson", "Local residents", "The company", "Officials",
    "The minister", "Researchers", "The court", "Police", "The school board", "Engineers",
    "The mayor", "Several witnesses", "The union", "Analysts",
)  # fmt: skip
VERBS = (
    "said on Tuesday that", "confirmed that", "warned that", "argued that", "announced that",
    "told reporters that", "wrote in a statement that", "insisted that", "denied that",
    "estimated that",
)  # fmt: skip
CLAUSES = (
    "the new bridge would open to traffic next spring",
    "prices had risen for the third month in a row",
    "the hospital needed more nurses for its winter wards",
    "the storm had damaged roofs across the northern districts",
    "the budget left little room for new projects",
    "a second vote on the plan was expected before the summer",
    "the water supply was safe to drink again",
    "more than 2,000 people had signed the petition",
    "the factory would keep its workers through the end of the year",
    "the results of the inquiry would be published in full",
    "traffic on the main road had doubled since the tunnel closed",
    "the festival drew its largest crowd in a decade",
)  # fmt: skip
TAILS = (
    "", ", according to figures released this week", ", though critics remain unconvinced",
    ", a claim others disputed", " after months of talks", " despite the recent delays",
)  # fmt: skip
JUNK_ABOVE = (
    "Home | World | Business | Sport | Culture",
    "Share on Facebook",
    "Share on Twitter",
    "Council confirms plans for the new bridge",
)
JUNK_BELOW = (
    "Sign up for our daily newsletter",
    "Advertisement",
    "© 2026 Example News. All rights reserved.",
)


def prose_line(size: int, seed: int = 16) -> str:
    """About `size` bytes of sentences on one line, drawn with a fixed seed."""
    draw = random.Random(seed)
    sentences = [
        f"{draw.choice(SUBJECTS)} {draw.choice(VERBS)} {draw.choice(CLAUSES)}{draw.choice(TAILS)}."
        for _ in range(600)
    ]
    parts, total = [], 0
    while total < size:
        sentence = draw.choice(sentences)
        parts.append(sentence)
        total += len(sentence) + 1
    return " ".join(parts)


def layouts(megabytes: float, jsonl_megabytes: float) -> dict[str, Callable[[Path], Path]]:
    def line(root: Path) -> Path:
        path = root / "line.txt"
        path.write_text(prose_line(int(megabytes * MB)) + "\n", encoding="utf-8")
        return path

    def among_junk(root: Path) -> Path:
        path = root / "page.txt"
        text = "\n".join((*JUNK_ABOVE, "", prose_line(int(megabytes * MB)), "", *JUNK_BELOW))
        path.write_text(text + "\n", encoding="utf-8")
        return path

    def jsonl(root: Path) -> Path:
        path = root / "records.jsonl"
        size, n = int(jsonl_megabytes * MB), 0
        with open(path, "wb") as handle:
            while handle.tell() < size:
                data = {"id": n, "url": f"https://news.example/{n}", "text": document(n)}
                handle.write(json.dumps(data).encode("utf-8") + b"\n")
                n += 1
        return path

    return {
        "one line": line,
        "one line among junk": among_junk,
        "JSONL under the streaming size": jsonl,
    }


def measure(
    path: Path, work: Path, check: bool, language: bool, jobs: int = 1, cache: bool = False
) -> tuple[float, float, float, float]:
    """Peak MB of the run and of its workers, wall and CPU seconds of one fresh run over `path`
    (started in `work`, where the result cache lives)."""
    if check:
        args = ["check", str(path), "--output-format", "json"]
    else:
        args = ["fix", str(path), "--out", str(work / "out"), "--report", str(work / "r.json")]
    args += ["-q", "--jobs", str(jobs)] + ([] if cache else ["--no-cache"])
    args += [] if language else ["--no-language"]
    start = time.perf_counter()
    before = _children_cpu()
    command = [sys.executable, "-c", CODE_WITH_WORKERS, *args]
    run = subprocess.run(command, capture_output=True, text=True, cwd=work)
    if not run.stdout.strip():
        raise SystemExit(f"the run failed:\n{run.stderr}")
    peak, workers = (int(n) / 1024 for n in run.stdout.split()[-2:])
    return peak, workers, time.perf_counter() - start, _children_cpu() - before


def among_small_files(path: Path, work: Path) -> Path:
    """A folder holding `path` and seven small JSONL files: enough files for workers to start."""
    folder = work / "files"
    folder.mkdir()
    os.link(path, folder / path.name)  # discovery skips symbolic links
    for number in range(7):
        data = {"id": number, "url": f"https://news.example/s{number}", "text": document(number)}
        (folder / f"small{number}.jsonl").write_bytes(json.dumps(data).encode() + b"\n")
    return folder


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--jsonl-megabytes", type=float, default=26)
    parser.add_argument("--only", help="run the layouts whose name holds this")
    parser.add_argument("--check", action="store_true", help="run check, not fix")
    parser.add_argument("--no-language", action="store_true")
    parser.add_argument("--keep", type=Path, help="generate the inputs here and keep them")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (--jobs)")
    parser.add_argument("--cache", action="store_true", help="a first run, then a cache hit")
    options = parser.parse_args()
    for name, make in layouts(options.megabytes, options.jsonl_megabytes).items():
        if options.only and options.only not in name:
            continue
        with tempfile.TemporaryDirectory() as folder:
            root = options.keep or Path(folder)
            root.mkdir(parents=True, exist_ok=True)
            path = make(root)
            size = path.stat().st_size / MB
            work = Path(folder)
            target = among_small_files(path, work) if options.jobs > 1 else path
            runs = ("first run", "cache hit") if options.cache else ("",)
            for run in runs:
                peak, workers, wall, cpu = measure(
                    target, work, options.check, not options.no_language, options.jobs,
                    options.cache,
                )  # fmt: skip
                label = f"{name}, {run}" if run else name
                shared = f", workers {workers:.0f} MB" if options.jobs > 1 else ""
                print(
                    f"{label}: {size:.1f} MB: peak {peak:.0f} MB ({peak / size:.1f}x the file)"
                    f"{shared}, {wall:.1f} s ({cpu:.1f} s CPU)",
                    flush=True,
                )


if __name__ == "__main__":
    main()
