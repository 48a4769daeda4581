"""Peak memory of a long run: does it grow with the number of documents, or stay that of one file?

usage: python benchmarks/report_memory.py [--documents 20000] [--only NAME] [--check [FORMAT]]

Generates `--documents` small news documents (a headline, a dateline, four sentences and the
boilerplate the rules remove: a newsletter prompt, share buttons, an advertisement label, a "read
more" link) as JSONL records, laid out three ways:

- `one big JSONL`: one file, each record padded with a 1.5 KB `html` field the linter does not
  read, so the file is over the 32 MB at which it is streamed in batches of records;
- `JSONL files`: files of 500 records each, each read whole;
- `text files`: one `.txt` file per document (a tenth of `--documents`, to keep it quick).

Each is run as a fresh process (`fix CORPUS --out OUT --report R.json -j 1 --no-cache -q
--no-language`; with `--check`, `check --output-format json` instead, or
`--check FORMAT`), and its peak resident
memory is read from `/proc/self/status` (VmHWM) as it ends, with its wall and CPU time. Run it
with another tree first on `PYTHONPATH` to compare (`git archive OLD | tar -x -C /tmp/old`).
No assertion: figures to read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RECORDS_PER_FILE = 500
PADDING = "<div class='x'>" + "x" * 1500 + "</div>"
CODE = (
    "import contextlib, os, sys\n"
    "from pathlib import Path\n"
    "from scrapelint.cli.commands import cli\n"
    "out = open(os.devnull, 'w')\n"
    "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
    "    cli.main(sys.argv[1:], prog_name='scrapelint', standalone_mode=False)\n"
    # ru_maxrss survives exec on Linux (it would count the parent's own peak); VmHWM does not.
    "status = Path('/proc/self/status').read_text().splitlines()\n"
    "print([l for l in status if l.startswith('VmHWM')][0].split()[1])\n"
)


def document(n: int) -> str:
    town = ("Leeds", "Porto", "Lyon", "Graz", "Turku")[n % 5]
    return (
        f"Storm number {n} leaves thousands without power\n\n"
        f"{town}, March {n % 28 + 1} (Reuters) - The storm left {n} homes without power for two"
        " days, the utility company said on Friday.\n\n"
        "Crews worked through the night to restore lines, and most homes had power again by"
        " Sunday evening, the company said in a statement.\n\n"
        "Sign up for our daily newsletter\n\nShare on Facebook\nShare on Twitter\n\n"
        "Advertisement\n\n"
        f"Schools in {town} stayed closed on Monday while roads were cleared of fallen trees.\n\n"
        "Read more: How to prepare for a power cut\n\n"
        "The weather service expects calmer conditions for the rest of the week.\n"
    )


def record(n: int, padded: bool) -> bytes:
    data = {"id": n, "url": f"https://news.example/{n}", "text": document(n)}
    if padded:
        data["html"] = PADDING
    return json.dumps(data).encode("utf-8") + b"\n"


def layouts(documents: int) -> dict[str, callable]:
    def big(root: Path) -> None:
        with open(root / "all.jsonl", "wb") as handle:
            handle.writelines(record(n, True) for n in range(documents))

    def files(root: Path) -> None:
        for start in range(0, documents, RECORDS_PER_FILE):
            stop = min(start + RECORDS_PER_FILE, documents)
            data = b"".join(record(n, False) for n in range(start, stop))
            (root / f"part-{start // RECORDS_PER_FILE:05}.jsonl").write_bytes(data)

    def texts(root: Path) -> None:
        for n in range(documents // 10):
            (root / f"doc-{n:06}.txt").write_text(document(n), encoding="utf-8")

    return {"one big JSONL": big, "JSONL files": files, "text files": texts}


def measure(corpus: Path, work: Path, check: str | None) -> tuple[float, float, float]:
    """Peak MB, wall and CPU seconds of one fresh run over `corpus`; `check` is the output
    format of a `check` run, None for a `fix` run."""
    if check:
        args = ["check", str(corpus), "--output-format", check]
    else:
        args = ["fix", str(corpus), "--out", str(work / "out"), "--report", str(work / "r.json")]
    args += ["-j", "1", "--no-cache", "-q", "--no-language"]
    start = time.perf_counter()
    before = _children_cpu()
    run = subprocess.run([sys.executable, "-c", CODE, *args], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"the run failed:\n{run.stderr}")
    return int(run.stdout.split()[-1]) / 1024, time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--only", help="run the layouts whose name holds this")
    parser.add_argument(
        "--check",
        nargs="?",
        const="json",
        metavar="FORMAT",
        help="run check, not fix, printing this output format (default json)",
    )
    options = parser.parse_args()
    for name, make in layouts(options.documents).items():
        if options.only and options.only not in name:
            continue
        with tempfile.TemporaryDirectory() as folder:
            corpus = Path(folder) / "corpus"
            corpus.mkdir()
            make(corpus)
            files = list(corpus.iterdir())
            size = sum(p.stat().st_size for p in files) / 2**20
            docs = options.documents // 10 if name == "text files" else options.documents
            peak, wall, cpu = measure(corpus, Path(folder), options.check)
            print(
                f"{name}: {docs} documents in {len(files)} files, {size:.1f} MB: "
                f"peak {peak:.0f} MB, {wall:.1f} s ({cpu:.1f} s CPU)",
                flush=True,
            )


if __name__ == "__main__":
    main()
