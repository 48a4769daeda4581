"""Where a fix spends its time: CPU time per document of each rule and of the shared stages.

usage: python benchmarks/rule_profile.py [--bench ../shared/bench] [--language] [--repeat 3]

Runs the default rule set over the DEV pages in this process (as `fix` does, one file at a time)
and prints microseconds of CPU time per document for:

- each rule's `check` (its findings consumed), less the shared analyses it happened to trigger;
- the article locator, which the first rule that asks for it pays for (charged here on its own);
- `describe` (dates, names and language of the cleaned text) and the whole document (parse, fix
  passes, facts, render), so that "other" shows what lies outside the rules.

CPU time of this process (`time.process_time`) rather than wall time, so that other work on the
machine moves the figures less. Each figure is the best of `--repeat` runs.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import scrapelint.locate.article
import scrapelint.run.process
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.facts.policy import Policy
from scrapelint.io.sources import Source
from scrapelint.run.process import Settings, process_raw

HERE = Path(__file__).resolve().parent
LOCATOR = "article locator"
DESCRIBE = "describe (dates, names, language)"


class Clock:
    """CPU time charged to named parts; time spent in a nested part is not charged to its caller."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self._nested = 0.0

    def charge(self, name: str, work: Callable[[], object]) -> object:
        outer_nested, self._nested = self._nested, 0.0
        start = time.process_time()
        try:
            return work()
        finally:
            elapsed = time.process_time() - start
            self.spent[name] += elapsed - self._nested
            self._nested = outer_nested + elapsed


class TimedRule:
    """A rule whose `check` is timed; every other attribute is the rule's own."""

    def __init__(self, rule: object, clock: Clock) -> None:
        self._rule = rule
        self._clock = clock

    def __getattr__(self, name: str) -> object:
        return getattr(self._rule, name)

    def check(self, doc: object, ctx: object) -> Iterator[object]:
        rule = self._rule
        found = self._clock.charge(rule.meta.code, lambda: list(rule.check(doc, ctx)))
        return iter(found)  # type: ignore[call-overload]


def instrument(clock: Clock) -> None:
    """Charge the locator and `describe` to their own names, wherever they are called from."""
    locate, describe = scrapelint.locate.article.locate_article, scrapelint.run.process.describe
    scrapelint.locate.article.locate_article = lambda *a, **k: clock.charge(  # type: ignore[assignment]
        LOCATOR, lambda: locate(*a, **k)
    )
    scrapelint.run.process.describe = lambda *a, **k: clock.charge(  # type: ignore[assignment]
        DESCRIBE, lambda: describe(*a, **k)
    )


def profile(scraped: Path, language: bool, repeat: int) -> tuple[Counter[str], int]:
    clock = Clock()
    instrument(clock)
    rules = tuple(TimedRule(rule, clock) for rule in select_rules(load_rules()))
    settings = Settings(rules, fix=True, policy=Policy(detect_language=language))  # type: ignore[arg-type]
    files = [(Source(p, None), p.read_bytes()) for p in sorted(scraped.glob("*.txt"))]
    best: Counter[str] = Counter()
    for run in range(repeat + 1):  # the first run warms caches (locale data, regexes)
        clock.spent.clear()
        for source, raw in files:
            clock.charge("whole document", lambda s=source, r=raw: process_raw(s, r, settings))
        if run:
            best = clock.spent.copy() if not best else _minimum(best, clock.spent)
    return best, len(files)


def _minimum(a: Counter[str], b: Counter[str]) -> Counter[str]:
    return Counter({key: min(a[key], b[key]) for key in a.keys() | b.keys()})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--language", action="store_true", help="detect languages too")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    scraped = args.bench / "dev" / "scraped"
    if not scraped.is_dir():
        print(f"skipped: no DEV bench under {args.bench}")
        return 0
    spent, documents = profile(scraped, args.language, args.repeat)
    # "whole document" holds only what no named part took: parse, passes, facts, render.
    total = sum(spent.values())
    per_doc = {name: seconds * 1e6 / documents for name, seconds in spent.items()}
    per_doc["other (parse, passes, facts, render)"] = per_doc.pop("whole document")
    print(f"{documents} documents, {total * 1e3 / documents:.2f} ms of CPU per document\n")
    print(f"{'part':40} {'us/doc':>8} {'share':>6}")
    for name, micros in sorted(per_doc.items(), key=lambda item: -item[1]):
        print(f"{name:40} {micros:8.0f} {micros * documents / 1e6 / total:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
