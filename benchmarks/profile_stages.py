"""Where a `fix` run spends its time: the profile table of docs/performance.md.

usage: python benchmarks/profile_stages.py [FOLDER] [--jobs 1] [--language/--no-language]

Runs `scrapelint fix FOLDER --out TMP --no-cache -q --statistics` under cProfile in this process
(default FOLDER: the DEV-modern scraped texts) and prints, for each stage, its calls, its
cumulative seconds and its share of the run. Stages overlap (the locator runs inside the passes);
the profiler roughly doubles every figure, so read the shares, and compare two trees by running
this once with each (`PYTHONPATH=OLD_TREE python benchmarks/profile_stages.py`).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "bench" / "dev-modern" / "scraped"

# (label, module path suffix, function name): the rows of the table, in pipeline order.
STAGES = (
    ("run: read, fix, write, report", "scrapelint/cli/commands.py", "fix"),
    ("one document: fix + describe + judge", "scrapelint/run/process.py", "clean_document"),
    ("engine.fix (all passes)", "scrapelint/engine/fix.py", "fix"),
    ("  apply_pass", "scrapelint/engine/passes.py", "apply_pass"),
    ("  locate_article", "scrapelint/locate/article.py", "locate_article"),
    ("  per-line prose features (_read)", "scrapelint/text/line_features.py", "_read"),
    ("  phrase rules", "scrapelint/engine/kinds/phrase.py", "check"),
    ("  pattern rules", "scrapelint/engine/kinds/pattern.py", "check"),
    ("judge (fact rules)", "scrapelint/engine/judge.py", "judge"),
    ("  mixed-language runs", "scrapelint/engine/kinds/language_check.py", "foreign_runs"),
    ("    stop-word prefilter", "scrapelint/facts/stopword_profile.py", "plainly_in"),
    ("describe (metadata)", "scrapelint/facts/metadata.py", "describe"),
    ("language detections", "scrapelint/facts/language.py", "detect"),
    ("placing cleaned files", "scrapelint/run/placing.py", "place"),
    ("  fsync per file", "~", "<built-in method posix.fsync>"),
    ("  batch commits (syncfs)", "scrapelint/io/write_batch.py", "commit"),
    ("report (summary, JSON)", "scrapelint/cli/verdict.py", "conclude"),
)


def profile(folder: Path, jobs: int, language: bool) -> pstats.Stats:
    from scrapelint.cli.commands import cli

    with tempfile.TemporaryDirectory() as tmp:
        argv = ["fix", str(folder), "--out", str(Path(tmp) / "out"), "--no-cache", "-q"]
        argv += ["--statistics", "--jobs", str(jobs)] + ([] if language else ["--no-language"])
        profiler = cProfile.Profile()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            profiler.runcall(cli.main, argv, prog_name="scrapelint", standalone_mode=False)
    return pstats.Stats(profiler)


def rows(stats: pstats.Stats) -> list[tuple[str, int, float]]:
    found = []
    table = stats.stats  # type: ignore[attr-defined]
    for label, suffix, name in STAGES:
        calls, seconds = 0, 0.0
        for (path, _, function), (_, ncalls, _, cumulative, _) in table.items():
            if function == name and path.replace(os.sep, "/").endswith(suffix):
                calls, seconds = calls + ncalls, seconds + cumulative
        found.append((label, calls, seconds))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--language", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"skipped: no folder {args.folder}")
        return 0
    import scrapelint

    table = rows(profile(args.folder, args.jobs, args.language))
    total = table[0][2] or 1.0
    print(f"scrapelint from {Path(scrapelint.__file__).parent}; load {os.getloadavg()[0]:.2f}")
    print(f"\n| {'stage':38} | {'calls':>7} | {'cumulative s':>12} | {'share':>6} |")
    print(f"|{'-' * 40}|{'-' * 9}|{'-' * 14}|{'-' * 8}|")
    for label, calls, seconds in table:
        print(f"| {label:38} | {calls:7,} | {seconds:12.2f} | {seconds / total:6.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
