"""Differential check: does this tree clean every document exactly as a reference tree did?

usage: python benchmarks/differential.py --write REF      (run once with the reference tree)
       python benchmarks/differential.py --compare REF    (run with the tree under test)

The reference is today's engine: run `--write` with the old tree first on `PYTHONPATH` (e.g. a
`git archive` of the commit before a speed change), then `--compare` with the new one. Both runs
`scrapelint fix --report` over the same inputs, as the CLI does, and `--compare` requires the
same cleaned bytes for every file and the same report (findings, removed text, metadata,
summary) for every document:

- the fixtures (`fixtures/input`: the seeds and the negative cases);
- the scraped texts of the DEV and DEV-modern benches (`--bench`);
- `--generated N` documents drawn from the test suite's hypothesis strategies with a fixed seed
  (`--write` keeps them in the reference, and `--compare` cleans the same documents).

Language detection is on (the default run). Prints the documents compared and every difference;
exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCHES = ("dev", "dev-modern")


def gather(folder: Path, bench: Path, generated: int, drawn: list[str] | None = None) -> list[str]:
    """Copy every input under `folder`, one subfolder per corpus; the generated documents are
    `drawn` when the reference holds them, else drawn anew. Returns the generated documents."""
    shutil.copytree(ROOT / "fixtures" / "input", folder / "fixtures")
    for name in BENCHES:
        scraped = bench / name / "scraped"
        if scraped.is_dir():
            shutil.copytree(scraped, folder / name)
    if drawn is None:
        drawn = _generate(generated)
    _write_generated(folder / "generated", drawn)
    return drawn


def _write_generated(folder: Path, drawn: list[str]) -> None:
    folder.mkdir()
    for number, text in enumerate(drawn):
        (folder / f"doc{number:04d}.txt").write_bytes(text.encode("utf-8", "surrogatepass"))


def _generate(count: int) -> list[str]:
    """`count` scraped-looking documents from the property tests' strategy.

    Derandomised, but not the same in every tree: of 1,000 drawn in main's tree and in a
    branch's, with the same `PYTHONHASHSEED`, 36 differed, from document 540 on. The reference
    keeps the documents it was run on, and `--compare` cleans those.
    """
    sys.path.insert(0, str(ROOT))
    from hypothesis import HealthCheck, given, settings

    from tests.engine.test_fix_properties import DOCUMENTS

    drawn: list[str] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @given(DOCUMENTS)
    def collect(text: str) -> None:
        drawn.append(text)

    collect()
    return drawn


def run_fix(corpus: Path, out: Path) -> None:
    """`scrapelint fix` over `corpus` (paths in the report relative to it), cleaned into `out`."""
    from scrapelint.cli.commands import cli

    argv = ["fix", ".", "--out", str(out / "cleaned"), "--report", str(out / "report.json")]
    argv += ["--no-cache", "-q", "--jobs", "1"]
    here = Path.cwd()
    os.chdir(corpus)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            cli.main(argv, prog_name="scrapelint", standalone_mode=False)
    finally:
        os.chdir(here)


def snapshot(out: Path) -> dict[str, object]:
    """Per file: its cleaned bytes and its report entries; and the report's summary."""
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    cleaned = out / "cleaned"
    files = {
        str(path.relative_to(cleaned)): path.read_bytes().decode("utf-8", "replace")
        for path in sorted(cleaned.rglob("*"))
        if path.is_file()
    }
    documents: dict[str, list] = {}
    for entry in report["documents"]:
        documents.setdefault(entry["path"], []).append(entry)
    return {"files": files, "documents": documents, "summary": report["summary"]}


def differences(reference: dict, current: dict) -> list[str]:
    found = []
    for kind in ("files", "documents"):
        for key in sorted(set(reference[kind]) | set(current[kind])):
            if reference[kind].get(key) != current[kind].get(key):
                found.append(f"{kind[:-1]} differs: {key}")
    if reference["summary"] != current["summary"]:
        found.append("report summary differs")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the reference snapshot here")
    mode.add_argument("--compare", type=Path, help="compare with the snapshot written here")
    parser.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--generated", type=int, default=300)
    args = parser.parse_args()
    reference = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        drawn = gather(corpus, args.bench, args.generated, reference.get("generated"))
        run_fix(corpus, out)
        current = snapshot(out)
    count = sum(len(entries) for entries in current["documents"].values())
    if args.write:
        current["generated"] = drawn  # the documents `--compare` cleans again
        args.write.write_text(json.dumps(current, sort_keys=True), encoding="utf-8")
        print(f"reference: {count} documents, {len(current['files'])} files -> {args.write}")
        return 0
    found = differences(reference, current)
    for line in found:
        print(line)
    print(f"{count} documents compared: {len(found)} differences")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
