"""How long the pre-commit hook takes on three small files, and what it imports.

usage: python benchmarks/hook_startup.py [--runs N]

Runs `scrapelint check` (what the `scrapelint` hook runs) as a fresh process on three small
articles, N times, and prints the median and best wall time beside a no-op Python process and
`import scrapelint.cli` alone. Then lists which heavy modules a hook run imports: trafilatura
(HTML input only) and the language backends should load only when a file needs them. Target: the
hook within 0.3 s wall on three small files. Rules are loaded from their YAML packs on every run
(no disk cache of rules: nothing is unpickled); the last case turns every cache off (locale tables,
results). No assertion: figures to read.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = (
    "Storm leaves thousands without power\n\n"
    "The storm left thousands of homes without power for two days, the utility company said on"
    " Friday, as crews worked through the night to restore lines.\n\n"
    "Officials said the damage was the worst the region had seen in a decade.\n"
)
JUNK = "\nSign up for our daily newsletter\nShare on Facebook\n"
HEAVY = ("trafilatura", "lxml", "langdetect", "langdetect_rs", "py3langid", "numpy", "fasttext")
REPORT_IMPORTS = (
    "import sys, runpy; sys.argv = ['scrapelint', *sys.argv[1:]]\n"
    "try:\n    runpy.run_module('scrapelint', run_name='__main__')\n"
    "except SystemExit:\n    pass\n"
    "print('IMPORTED', *sorted({m.split('.')[0] for m in sys.modules}), file=sys.stderr)\n"
)


def wall(argv: list[str], runs: int, env: dict | None = None) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds (user + system) of each run: on a shared machine the CPU time is the
    steadier figure, though the hook's user waits for the wall time."""
    times, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False, env=env)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times, cpus


def imported(argv: list[str]) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", REPORT_IMPORTS, *argv], capture_output=True, text=True, check=False
    )
    for line in done.stderr.splitlines():
        if line.startswith("IMPORTED"):
            return set(line.split()[1:])
    raise RuntimeError(done.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for number in range(3):
            path = Path(folder) / f"doc{number}.txt"
            path.write_text(ARTICLE + (JUNK if number == 0 else ""), encoding="utf-8")
            files.append(str(path))
        scrapelint = [sys.executable, "-m", "scrapelint"]
        cases = {
            "python -c pass (no-op hook)": [sys.executable, "-c", "pass"],
            "import scrapelint.cli.commands": [
                sys.executable,
                "-c",
                "import scrapelint.cli.commands",
            ],
            "scrapelint check, 3 files": [*scrapelint, "check", *files],
            # Files a commit touched are new to the result cache: the hook's usual case.
            "scrapelint check, 3 files, no result cache": [
                *scrapelint,
                "check",
                "--no-cache",
                *files,
            ],
            "scrapelint check --no-language, 3 files": [
                *scrapelint,
                "check",
                "--no-language",
                *files,
            ],
            "scrapelint fix --diff, 3 files": [*scrapelint, "fix", "--diff", *files],
            "scrapelint check, 3 files, no caches": [*scrapelint, "check", *files],
        }
        # An installed scrapelint has its bytecode cached; PYTHONDONTWRITEBYTECODE (set in some
        # containers) would make every run compile every module (~40 ms more).
        plain = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        no_cache = {**plain, "SCRAPELINT_NO_CACHE": "1"}
        subprocess.run([*scrapelint, "check", *files], capture_output=True, check=False, env=plain)
        load = os.getloadavg()[0]
        print(
            f"wall and CPU time over {runs} runs (median / best), "
            f"Python {sys.version.split()[0]}, load {load:.2f}"
        )
        for name, argv in cases.items():
            times, cpus = wall(argv, runs, no_cache if "no caches" in name else plain)
            print(
                f"  {name:42} {statistics.median(times):6.3f} s / {min(times):6.3f} s"
                f"   CPU {statistics.median(cpus):6.3f} s / {min(cpus):6.3f} s"
            )
        for label, argv in (
            ("check", ["check", *files]),
            ("check --no-language", ["check", "--no-language", *files]),
        ):
            heavy = sorted(imported(argv) & set(HEAVY))
            print(f"  heavy modules imported by {label}: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
