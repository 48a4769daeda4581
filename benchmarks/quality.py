"""Cleaning quality on the DEV benches: in-sample and site-grouped cross-validated tables.

usage: python benchmarks/quality.py [--bench ../shared/bench] [--gate] [--no-cv] [--folds 5]

Runs `scrapelint fix` (through the library, one process) over `dev/scraped` and
`dev-modern/scraped` (page text and trafilatura output of each page), scores every output with the
bench's own `score.py` functions, and prints:

* the in-sample table: the shipped settings, per corpus and variant, with the "leave it alone"
  (identity) line beside each;
* the cross-validated table: for each of `--folds` folds of *sites* (no site in both the training
  and the test part; sites come from each set's `manifest.jsonl`), the locator settings of `GRID`
  that score best on the training sites are chosen (the shipped ones unless another beats them by
  more than `CHOICE_MARGIN`) and scored on the test sites. A change that
  raises the in-sample figure but not the cross-validated one is overfitting;
* the cross-validated table of the confidence `fix` removes at (`THRESHOLDS`, the locator at its
  shipped settings), with the threshold each fold chose;
* the cross-validated table of each threshold of a single rule (`RULE_KNOBS`), tried the same way,
  with the value each fold chose;
* per rule code, how many lines it removed and the share of them labelled junk.

With `--gate` only the in-sample table is measured, and the run exits 1 when a corpus's token F1
or keep_R falls more than `TOLERANCE` below the figure pinned in `benchmarks/quality_pin.json`.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import itertools
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from scrapelint.engine.apply import fix
from scrapelint.engine.kinds import cards
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.io.formats import parse, render
from scrapelint.locate import bullets, chain, context, extracted, outside, template_runs
from scrapelint.text import confidence

HERE = Path(__file__).resolve().parent
PIN = HERE / "quality_pin.json"
SETS = ("dev", "dev-modern")
TOLERANCE = 0.005
# The locator settings tuned by cross-validation, with the values tried (the shipped one first).
GRID = {
    "PROSE_BEYOND": (40.0, 80.0, 1e9),
    "NAVIGATION_RUN": (5, 4, 7),
    "EDGE_REACH": (2, 1, 0),
    "LED_ITEM_WEIGHT": (1.0, 0.4),
}
# The confidence `fix` removes at (`text.confidence.REMOVE_AT`, shipped first), tried apart from
# the grid: the verdicts' levels are 0.2, 0.3, 0.4, 0.6, 0.8 and 1.0, so these three thresholds
# are every distinct choice between reporting edge verdicts and removing only placed shapes.
THRESHOLDS = (confidence.REMOVE_AT, 0.35, 0.65)
# Thresholds of single rules, each tried apart from the grid and from the others (the shipped
# value first, the locator at its shipped settings): the longest summary a card of a teaser box
# may have (SB003, a module constant) and within how many lines a site footer's links stand
# (FT003, a rule option, named "CODE.option"), how many of the text's last lines a writer's
# biography may stand among (PR012, the place `last-lines`), how many openers start a thread
# of readers' replies (CM011), the longest line a sign-up or trial button may be (PR014), and
# across how many short lines prose outside the body hangs on to it (`chain.CHAIN_GAP`) and how
# long a paragraph makes the headline over it a section's heading there (`SECTION_WORDS`; 10**6:
# none), how many blocks of a box below the body the walk may pass (`chain.BOX_BLOCKS`; 0: none),
# and
# how many lines sharing how many opening or closing words make a template run outside the body
# (`template_runs.MIN_RUN`, `template_runs.SHARED_WORDS`), and how long a run of how short lines
# marks text as a page, not text extracted already (`extracted.MENU_RUN`, `MENU_ITEM_WORDS`;
# 10**6: no such run).
RULE_KNOBS = {
    "SUMMARY_MAX_WORDS": (cards.SUMMARY_MAX_WORDS, 30, 80, 120),
    "FT003.window": (6, 4, 10),
    "LAST_REACH": (context.LAST_REACH, 3, 8),
    "CM011.min-openers": (2, 1, 3),
    "PR014.max-words": (10, 6, 16),
    "CHAIN_GAP": (chain.CHAIN_GAP, 0, 1),
    "SECTION_WORDS": (chain.SECTION_WORDS, 12, 30, 10**6),
    "BOX_BLOCKS": (chain.BOX_BLOCKS, 0, 5, 8),
    "MIN_RUN": (template_runs.MIN_RUN, 4, 5, 8),
    "SHARED_WORDS": (template_runs.SHARED_WORDS, 2, 4),
    "MENU_RUN": (extracted.MENU_RUN, 8, 16, 10**6),
    "MENU_ITEM_WORDS": (extracted.MENU_ITEM_WORDS, 3, 5),
}
# What a fold's settings are chosen by: the mean token F1 of the four corpora, less a penalty for
# each corpus whose keep_R falls under the target.
KEEP_TARGET = 0.985
KEEP_PENALTY = 2.0
# A fold keeps the shipped setting unless another beats it on the training sites by more than
# this (the pins' resolution): a smaller gain is noise, and the settings tried beside the shipped
# ones mostly remove more near the body's edge, which is where held-out sites lose article lines.
CHOICE_MARGIN = 0.001


def load_scorer(bench: Path):
    spec = importlib.util.spec_from_file_location("bench_score", bench / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Bench:
    """The documents of the DEV sets: text, gold, labels and site of each."""

    def __init__(self, bench: Path, scorer) -> None:
        self.scorer = scorer
        self.docs: dict[str, dict] = {}
        for name in SETS:
            root = bench / name
            if not (root / "scraped").is_dir():
                continue
            labels = {r["id"]: r["keep"] for r in map(json.loads, (root / "labels.jsonl").open())}
            sites = {r["id"]: r["site"] for r in map(json.loads, (root / "manifest.jsonl").open())}
            for path in sorted((root / "scraped").glob("*.txt")):
                doc_id = path.stem
                self.docs[doc_id] = {
                    "path": path,
                    "gold": (root / "gold" / path.name).read_text(encoding="utf-8"),
                    "labels": labels[doc_id],
                    "site": sites[doc_id],
                    "corpus": scorer.corpus_of(doc_id),
                }
        self._memo: dict[tuple[str, str], dict] = {}

    def record(self, doc_id: str, pred: str) -> dict:
        """The scorer's per-document record for `pred` (remembered by the output's digest)."""
        key = (doc_id, hashlib.sha1(pred.encode("utf-8", "surrogateescape")).hexdigest())
        if key not in self._memo:
            self._memo[key] = self._score(doc_id, pred)
        return self._memo[key]

    def _score(self, doc_id: str, pred: str) -> dict:
        sc, doc = self.scorer, self.docs[doc_id]
        p, r, f1 = sc.token_prf(doc["gold"], pred)
        lines = doc["path"].read_text(encoding="utf-8", errors="surrogateescape").split("\n")
        counts = Counter(
            (g, k)
            for g, k in zip(doc["labels"], sc.kept_lines(lines, pred), strict=False)
            if g is not None and k is not None
        )
        return {"P": p, "R": r, "F1": f1, "empty": not sc.tokenize(pred), "lines": counts}


def summarize(bench: Bench, records: dict[str, dict]) -> dict[str, dict]:
    """Per corpus, the figures `score.py` prints: token P/R/F1 (means of the documents' P and R),
    junk_P, junk_R and keep_R (over lines)."""
    sc, out = bench.scorer, {}
    for corpus in sorted({bench.docs[d]["corpus"] for d in records}):
        recs = [r for d, r in records.items() if bench.docs[d]["corpus"] == corpus]
        mp, mr = sc.mean(r["P"] for r in recs), sc.mean(r["R"] for r in recs)
        lines = sum((r["lines"] for r in recs), Counter())
        jr, jk, cr, ck = lines[(0, 0)], lines[(0, 1)], lines[(1, 0)], lines[(1, 1)]
        out[corpus] = {
            "n": len(recs),
            "P": mp,
            "R": mr,
            "F1": sc.hmean(mp, mr) or 0.0,
            "empty": sum(r["empty"] for r in recs),
            "junk_P": jr / (jr + cr) if jr + cr else None,
            "junk_R": jr / (jr + jk) if jr + jk else None,
            "keep_R": ck / (ck + cr) if ck + cr else None,
        }
    return out


class Settings:
    """Set the locator's tuned constants for a run, and put them back after."""

    def __init__(self, values: dict) -> None:
        self.values = values

    def __enter__(self) -> None:
        self.saved = {name: getattr(_holder(name), name) for name in self.values}
        for name, value in self.values.items():
            setattr(_holder(name), name, value)

    def __exit__(self, *exc) -> None:
        for name, value in self.saved.items():
            setattr(_holder(name), name, value)


def _holder(name: str):
    """The locator module that defines the tuned constant `name`."""
    modules = (outside, chain, extracted, bullets, cards, context, template_runs)
    return next(module for module in modules if hasattr(module, name))


def clean_all(
    bench: Bench, rules, remove_at: float = confidence.REMOVE_AT
) -> tuple[dict[str, str], dict[str, list]]:
    """Each document's cleaned text and its outcomes, removing at confidence `remove_at`."""
    texts, outcomes = {}, {}
    for doc_id, doc in bench.docs.items():
        parsed = parse(str(doc["path"]), doc["path"].read_bytes())
        result = fix(parsed.documents[0], rules, remove_at=remove_at)
        texts[doc_id] = render(parsed, [result.cleaned]).decode("utf-8", "surrogateescape")
        outcomes[doc_id] = result.outcomes
    return texts, outcomes


def records_for(bench: Bench, texts: dict[str, str]) -> dict[str, dict]:
    return {doc_id: bench.record(doc_id, text) for doc_id, text in texts.items()}


def objective(table: dict[str, dict]) -> float:
    f1 = sum(s["F1"] for s in table.values()) / len(table)
    short = sum(max(0.0, KEEP_TARGET - (s["keep_R"] or 1.0)) for s in table.values())
    return f1 - KEEP_PENALTY * short


def choose(runs: list, score) -> tuple:
    """The first of `runs` (the shipped setting is listed first) whose training score is within
    `CHOICE_MARGIN` of the best."""
    scores = [score(run) for run in runs]
    best = max(scores)
    return next(run for run, s in zip(runs, scores, strict=True) if s >= best - CHOICE_MARGIN)


def folds(bench: Bench, k: int) -> list[set[str]]:
    """`k` sets of document ids, each holding every document of its sites and no other site's."""
    sites = sorted({d["site"] for d in bench.docs.values()})
    random.Random(14).shuffle(sites)
    fold_of = {site: i % k for i, site in enumerate(sites)}
    parts: list[set[str]] = [set() for _ in range(k)]
    for doc_id, doc in bench.docs.items():
        parts[fold_of[doc["site"]]].add(doc_id)
    return parts


def grid() -> Iterator[dict]:
    names = list(GRID)
    for values in itertools.product(*(GRID[n] for n in names)):
        yield dict(zip(names, values, strict=True))


def cross_validate(bench: Bench, rules, k: int) -> tuple[dict[str, dict], list[dict]]:
    """Site-grouped CV over `GRID`: the test documents' records under their fold's choice."""
    runs = []
    for values in grid():
        with Settings(values):
            runs.append((values, records_for(bench, clean_all(bench, rules)[0])))
    chosen, tested = [], {}
    for test in folds(bench, k):

        def train_score(run, test=test) -> float:
            train = {d: r for d, r in run[1].items() if d not in test}
            return objective(summarize(bench, train))

        values, records = choose(runs, train_score)
        chosen.append(values)
        tested.update({d: records[d] for d in test})
    return tested, chosen


def threshold_cv(bench: Bench, rules, k: int) -> tuple[dict[str, dict], list[float]]:
    """Site-grouped CV of the confidence `fix` removes at (`THRESHOLDS`), the locator at its
    shipped settings: the test documents' records under their fold's choice."""
    runs = [(value, records_for(bench, clean_all(bench, rules, value)[0])) for value in THRESHOLDS]
    return choose_per_fold(bench, runs, k)


def knob_cv(bench: Bench, rules, k: int, knob: str) -> tuple[dict[str, dict], list]:
    """Site-grouped CV of one of `RULE_KNOBS`: a rule's option ("CODE.option") or a constant."""
    runs = []
    for value in RULE_KNOBS[knob]:
        if "." in knob:
            code, name = knob.split(".")
            opts = {name.replace("-", "_"): value}
            knobbed = [replace(r, **opts) if r.meta.code == code else r for r in rules]
            runs.append((value, records_for(bench, clean_all(bench, knobbed)[0])))
        else:
            with Settings({knob: value}):
                runs.append((value, records_for(bench, clean_all(bench, rules)[0])))
    return choose_per_fold(bench, runs, k)


def choose_per_fold(bench: Bench, runs: list, k: int) -> tuple[dict[str, dict], list]:
    """For each fold of sites, the run of `runs` ((value, records) pairs) that scores best on the
    other folds: the test documents' records under their fold's choice, and the choices."""
    chosen, tested = [], {}
    for test in folds(bench, k):

        def train_score(run, test=test) -> float:
            return objective(summarize(bench, {d: r for d, r in run[1].items() if d not in test}))

        value, records = choose(runs, train_score)
        chosen.append(value)
        tested.update({d: records[d] for d in test})
    return tested, chosen


def rule_precision(bench: Bench, outcomes: dict[str, list], corpus: str) -> list[tuple]:
    """(code, lines removed, of which labelled junk) for each rule, most harmful first."""
    removed, junk = Counter(), Counter()
    for doc_id, doc_outcomes in outcomes.items():
        if bench.docs[doc_id]["corpus"] != corpus:
            continue
        labels = bench.docs[doc_id]["labels"]
        for outcome in doc_outcomes:
            for span in outcome.removed:
                for index in range(span.start, span.end):
                    label = labels[index] if index < len(labels) else None
                    if label is not None:
                        removed[outcome.finding.code] += 1
                        junk[outcome.finding.code] += label == 0
    rows = [(code, removed[code], junk[code]) for code in removed]
    return sorted(rows, key=lambda row: row[1] - row[2], reverse=True)


def _fmt(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def print_table(title: str, table: dict, alone: dict) -> None:
    print(f"\n{title}")
    print("corpus         n  tok_P  tok_R tok_F1 empty junk_P junk_R keep_R | alone F1")
    for corpus, s in table.items():
        cells = [_fmt(s[k]) for k in ("P", "R", "F1")]
        lines = [_fmt(s[k]) for k in ("junk_P", "junk_R", "keep_R")]
        print(
            f"{corpus:10} {s['n']:5} {' '.join(cells)} {s['empty']:5} {' '.join(lines)} |"
            f"    {alone[corpus]['F1']:.3f}"
        )
    aeb = [table[c]["F1"] for c in table if c.startswith("aeb-")]
    if aeb:
        print(f"DEV macro tok_F1 {sum(aeb) / len(aeb):.3f}")


def gate(table: dict) -> list[str]:
    pin = json.loads(PIN.read_text())
    failures = []
    for corpus, pinned in pin["corpora"].items():
        for key, minimum in pinned.items():
            value = table.get(corpus, {}).get(key)
            if value is not None and value < minimum - TOLERANCE:
                failures.append(f"{corpus} {key} {value:.3f} < pinned {minimum} - {TOLERANCE}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--gate", action="store_true", help="check the pinned figures")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validated table")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    if not (args.bench / "score.py").is_file():
        print(f"skipped: no bench under {args.bench}")
        return 0
    bench = Bench(args.bench, load_scorer(args.bench))
    if not bench.docs:
        print(f"skipped: no DEV sets under {args.bench}")
        return 0
    rules = select_rules(load_rules())
    alone = summarize(
        bench, {d: bench.record(d, doc["path"].read_text()) for d, doc in bench.docs.items()}
    )
    texts, outcomes = clean_all(bench, rules)
    table = summarize(bench, records_for(bench, texts))
    print_table("in-sample (shipped settings)", table, alone)
    if args.gate:
        failures = gate(table)
        for failure in failures:
            print(f"quality gate: {failure}", file=sys.stderr)
        return 1 if failures else 0
    if not args.no_cv:
        tested, chosen = cross_validate(bench, rules, args.folds)
        print_table(
            f"site-grouped {args.folds}-fold cross-validation", summarize(bench, tested), alone
        )
        for i, values in enumerate(chosen):
            print(f"  fold {i}: {values}")
        tested, thresholds = threshold_cv(bench, rules, args.folds)
        print_table(
            f"site-grouped {args.folds}-fold cross-validation of the removal threshold",
            summarize(bench, tested),
            alone,
        )
        print(f"  REMOVE_AT chosen per fold: {thresholds}")
        for knob in RULE_KNOBS:
            tested, values = knob_cv(bench, rules, args.folds, knob)
            title = f"site-grouped {args.folds}-fold cross-validation of {knob}"
            print_table(title, summarize(bench, tested), alone)
            print(f"  {knob} chosen per fold: {values}")
    for corpus in table:
        print(f"\n{corpus}: rule  removed  junk  precision")
        for code, removed, junk in rule_precision(bench, outcomes, corpus):
            print(f"  {code:8} {removed:7} {junk:5}  {junk / removed:9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
