"""What scrapelint makes of bad input: each case run as a fresh process, with what it printed, its
exit code, its wall time and its peak memory.

usage: python benchmarks/robustness.py [--big-mb N] [--only NAME]

Each case is a file (or folder) a corpus can hold and a new user can type: a path that does not
exist, an empty folder, a binary file, UTF-16 and UTF-32 text with a byte-order mark, a stray NUL
byte, JSONL without the text field, an unknown rule code or language, a malformed rule pack, and a
single line of `--big-mb` megabytes (50 by default: a page whose line breaks were lost). Each is
run with `scrapelint check` on one process (-j 1, no cache); the peak resident memory is the
child's own (`wait4`), and for the big line it is also given as a multiple of the file's size
(the bound stated in README's "Bad input": 8x). No assertion: figures and output to read.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ARTICLE = (
    "Storm leaves thousands without power\n\n"
    "The storm left thousands of homes without power for two days, the utility company said on"
    " Friday, as crews worked through the night to restore lines.\n\n"
    "Sign up for our daily newsletter\n"
)
SENTENCE = "The storm left thousands of homes without power for two days, the utility said. "
SHOWN_LINES = 4
CLICK_USAGE = ("Usage: ", "Try '")  # the two lines click prints before a usage error
Case = Callable[[Path], list[str]]


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def cases(big_mb: int) -> dict[str, Case]:
    def big_line(root: Path) -> list[str]:
        size = big_mb * 1024 * 1024
        text = (SENTENCE * (size // len(SENTENCE) + 1))[:size] + "\n"
        return [str(_write(root / "big.txt", text.encode("ascii")))]

    def bad_rule(root: Path) -> list[str]:
        _write(root / "rules" / "deal.yaml", b"code: XS001\nkind: phrase\nphrases: [a, b\n")
        return [str(_write(root / "a.txt", ARTICLE.encode())), "--rules-dir", str(root / "rules")]

    return {
        "missing path": lambda root: [str(root / "nope.txt")],
        "empty folder": lambda root: [str(_mkdir(root / "empty"))],
        "binary file": lambda root: [str(_write(root / "x.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"))],
        "utf-16 with BOM": lambda root: [str(_write(root / "u16.txt", ARTICLE.encode("utf-16")))],
        "utf-32 with BOM": lambda root: [str(_write(root / "u32.txt", ARTICLE.encode("utf-32")))],
        "stray NUL byte": lambda root: [
            str(_write(root / "nul.txt", ARTICLE.replace("storm left", "storm\0left").encode()))
        ],
        "jsonl without text field": lambda root: [
            str(_write(root / "r.jsonl", b'{"body": "Storm leaves thousands without power"}\n'))
        ],
        "empty --text-field": lambda root: [
            str(_write(root / "r.jsonl", b'{"text": "x"}\n')),
            "--text-field",
            "",
        ],
        "unknown rule code": lambda root: [
            str(_write(root / "a.txt", ARTICLE.encode())),
            "--max-per-rule",
            "NL01=3",
        ],
        "unknown language": lambda root: [
            str(_write(root / "a.txt", ARTICLE.encode())),
            "--languages",
            "english",
        ],
        "malformed rule pack": bad_rule,
        f"single {big_mb} MB line": big_line,
    }


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def run(args: list[str], cwd: Path) -> tuple[int, str, float, float, int]:
    """Exit code, output, wall and CPU seconds, and peak resident bytes of `scrapelint check
    ARGS` (CPU time too: on a shared machine the wall time says as much about the others)."""
    command = [sys.executable, "-m", "scrapelint", "check", "-j", "1", "--no-cache", *args]
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = child.stdout.read() if child.stdout else b""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    return child.returncode, output.decode("utf-8", "replace"), elapsed, cpu, usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big-mb", type=int, default=50)
    parser.add_argument("--only", help="run the cases whose name holds this")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for name, make in cases(options.big_mb).items():
            if options.only and options.only not in name:
                continue
            root = Path(folder) / name.replace(" ", "-")
            root.mkdir()
            args = make(root)
            code, output, elapsed, cpu, peak = run(args, root)
            size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
            ratio = f"  ({peak / size:.1f}x the input)" if size > 1024 * 1024 else ""
            timing = f"{elapsed:.2f} s ({cpu:.2f} s CPU)"
            print(f"== {name}: exit {code}, {timing}, peak {peak / 2**20:.0f} MB{ratio}")
            shown = [
                line.replace(str(root) + os.sep, "")
                for line in output.splitlines()
                if line.strip() and not line.startswith(CLICK_USAGE)
            ]
            for line in shown[:SHOWN_LINES]:
                print(f"   {line[:150]}")
            if len(shown) > SHOWN_LINES:
                print(f"   ... {len(shown) - SHOWN_LINES} more lines")


if __name__ == "__main__":
    main()
