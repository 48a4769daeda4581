"""Dates, authors and titles on DEV-modern and the seeds, scored with the bench's own rules.

usage: python benchmarks/metadata.py [--bench ../shared/bench] [--no-html] [--cv] [--gate]
                                     [--misses date|author|title]

Runs scrapelint (through the library, one process, default rules and settings) over
DEV-modern's page and trafilatura texts (`dev-modern/scraped`) and, unless `--no-html`, its saved
HTML pages (`dev-modern/html`, as `fix` reads a `.html.gz`), and scores the title, date and
authors of each document with `meta_score.py`'s rules (right / wrong / none over the documents
whose gold has a value). Beside them: the bench's two one-regex baselines on the same text (first
full date, first "By Name" line, first line of four words), and the seeds' metadata against what
they were before (`benchmarks/metadata_pin.json`).

Timing: the share of a `fix` run's time that goes to reading the metadata around the article.

`--cv`: the headline's weights (`headline.Weights`) chosen on half the sites and scored on the
other half (two folds, sites in `manifest.jsonl`, no site in both), next to the shipped weights;
the unsure-title threshold likewise (`title_threshold`); and, unless `--no-html`, the word share
over which an HTML page's printed headline beats its markup's title (`title_sources`).

`--misses FIELD`: one line per DEV-modern page text whose FIELD is wrong or missing (id, gold,
found), wrong ones first, to group the misses by cause.

Beside the figures, the share of pages whose text prints the gold value at all
(`text_ceiling`): gold values come from the HTML, and a date kept only in its markup or a title
with the site's name added cannot be read from the text.

`--gate`: exit 1 when a DEV-modern figure falls below (or a wrong share rises above) its pin in
`benchmarks/metadata_pin.json`, or a seed's metadata changes.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import itertools
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

import text_ceiling
import title_sources
import title_threshold

from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.facts import metadata as metadata_module
from scrapelint.facts import title_choice
from scrapelint.facts.headline import MIN_TITLE_SCORE, WEIGHTS
from scrapelint.facts.page_meta import read_page
from scrapelint.facts.policy import Policy
from scrapelint.io.formats import parse
from scrapelint.locate.article import locate_article
from scrapelint.run.process import clean_document

HERE = Path(__file__).resolve().parent
PIN = HERE / "metadata_pin.json"
# A default `fix` run's settings (the language is detected), so the timing is a run's.
POLICY = Policy()
FIELDS = ("date", "author", "title")
# The weights tried for the headline under cross-validation.
GRID = {
    "near_meta": (2.0, 3.0, 5.0),
    "repeated": (1.0, 1.5),
    "wordy": (1.0, 2.0),
    "deck": (0.25, 0.5),
    "lead": (-0.05, 0.0),
    "both": (0.5, 1.0),
}


def load_scorer(bench: Path):
    """The bench's `meta_score.py`, whose rules every figure here uses."""
    spec = importlib.util.spec_from_file_location("meta_score", bench / "meta_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(paths: list[Path], rules) -> tuple[dict, float, float]:
    """id -> (date, authors, title) for each file as scrapelint reads it; the run's seconds, and
    the seconds of it spent reading metadata around the article."""
    spent = [0.0]
    reader = metadata_module.read_page

    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return reader(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    metadata_module.read_page = timed
    preds = {}
    start = time.perf_counter()
    try:
        for path in paths:
            raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            parsed = parse(str(path.with_suffix("") if path.suffix == ".gz" else path), raw)
            if not parsed.documents:
                continue
            page = parsed if parsed.page else None
            _, meta = clean_document(parsed.documents[0], rules, POLICY, page=page)
            date = meta.date.isoformat() if meta.date else None
            preds[_doc_id(path)] = (date, list(meta.authors), meta.title)
    finally:
        metadata_module.read_page = reader
    return preds, time.perf_counter() - start, spent[0]


def _doc_id(path: Path) -> str:
    return path.name.split(".")[0]


def html_ids(meta: dict) -> dict[str, str]:
    """The page document's id for each saved HTML page ("mod-0010" -> "mod-page-0010")."""
    return {"mod-" + i.rsplit("-", 1)[1]: i for i in meta if "-page-" in i}


def baselines(scorer, root: Path, meta: dict) -> dict:
    texts = {i: (root / "scraped" / f"{i}.txt").read_text(encoding="utf-8") for i in meta}
    return {
        i: (scorer.first_date(t), scorer.first_byline(t), scorer.first_title(t))
        for i, t in texts.items()
    }


def is_right(scorer, gold: str, found, field: str) -> bool:
    if field == "author":
        return scorer.author_right(gold, found)
    if field == "title":
        return bool(found) and scorer.title_right(gold, found)
    return found == gold


def right_ids(scorer, meta: dict, preds: dict, field: str) -> set[str]:
    """The page texts whose `field` scrapelint read right."""
    index = FIELDS.index(field)
    return {
        doc_id
        for doc_id, gold in meta.items()
        if "-page-" in doc_id
        and gold.get(field)
        and is_right(scorer, gold[field], preds.get(doc_id, (None, [], None))[index], field)
    }


def misses(scorer, meta: dict, preds: dict, field: str) -> list[str]:
    """ "WRONG|NONE id gold -> found" for each page text whose `field` is not right."""
    index = FIELDS.index(field)
    rows = []
    for doc_id, gold in sorted(meta.items()):
        if "-page-" not in doc_id or not gold.get(field):
            continue
        found = preds.get(doc_id, (None, [], None))[index]
        if not is_right(scorer, gold[field], found, field):
            rows.append(f"{'WRONG' if found else 'NONE '} {doc_id} {gold[field]!r} -> {found!r}")
    return sorted(rows)


def figures(counts: dict) -> dict:
    """{variant: {field: (right, wrong, none)}} as shares."""
    out = {}
    for variant, c in counts.items():
        out[variant] = {}
        for field in FIELDS:
            right, wrong, none = c[field]
            total = max(1, right + wrong + none)
            out[variant][field] = (right / total, wrong / total, none / total)
    return out


def show(name: str, table: dict) -> None:
    for variant, row in sorted(table.items()):
        cells = " | ".join(f"{field} {row[field][0]:.3f}/{row[field][1]:.3f}" for field in FIELDS)
        print(f"{name:34} {variant:5} {cells}")


def cross_validate(scorer, root: Path, meta: dict, manifest: dict) -> tuple[float, float]:
    """Title right with weights chosen on the other fold's sites, and with the shipped weights."""
    ids = sorted(i for i in meta if "-page-" in i and meta[i].get("title"))
    docs = {}
    for i in ids:
        lines = (root / "scraped" / f"{i}.txt").read_text(encoding="utf-8").split("\n")
        found = locate_article(lines)
        docs[i] = (lines, (found.start, found.end))
    sites = sorted({manifest[i] for i in ids})
    folds = [set(sites[0::2]), set(sites[1::2])]
    grid = [
        replace(WEIGHTS, **dict(zip(GRID, values, strict=True)))
        for values in itertools.product(*GRID.values())
    ]

    def right(weights, chosen: list[str]) -> int:
        total = 0
        for i in chosen:
            page = read_page(*docs[i], weights=weights)
            total += bool(page.title) and scorer.title_right(meta[i]["title"], page.title.text)
        return total

    pages = title_threshold.pages_of(
        ids,
        manifest,
        lambda i: _scored(read_page(*docs[i]).title),
        lambda i, text: scorer.title_right(meta[i]["title"], text),
    )
    right_held, wrong_held, chosen = title_threshold.cross_validate(pages)
    right_now, wrong_now = title_threshold.counts(pages, MIN_TITLE_SCORE)
    n = len(ids)
    print(
        f"titles, site-grouped 2-fold CV of the unsure-title threshold (a wrong one costs "
        f"{title_threshold.WRONG_COST:g} right): {right_held / n:.3f}/{wrong_held / n:.3f} "
        f"right/wrong held out (thresholds {chosen}); shipped {MIN_TITLE_SCORE}: "
        f"{right_now / n:.3f}/{wrong_now / n:.3f}; none left out: "
        f"{'/'.join(f'{x / n:.3f}' for x in title_threshold.counts(pages, float('-inf')))}"
    )
    held_right = 0
    for test in folds:
        train = [i for i in ids if manifest[i] not in test]
        best = max(grid, key=lambda w: right(w, train))
        held_right += right(best, [i for i in ids if manifest[i] in test])
    return held_right / len(ids), right(WEIGHTS, ids) / len(ids)


def html_title_cv(scorer, root: Path, meta: dict, manifest: dict) -> None:
    """HTML input: the word share over which the printed headline beats the markup's title."""
    pages = title_sources.pages_of(root, html_ids(meta), meta, manifest)
    n = len(pages)
    now = title_sources.counts(pages, title_choice.MIN_SHARED, scorer.title_right)
    for folds in (2, 3, 5):
        right, wrong, chosen = title_sources.cross_validate(pages, scorer.title_right, folds)
        print(
            f"HTML titles, site-grouped {folds}-fold CV of the headline's shared words: "
            f"{right / n:.3f}/{wrong / n:.3f} right/wrong held out (shares {chosen}); shipped "
            f"{title_choice.MIN_SHARED}: {now[0] / n:.3f}/{now[1] / n:.3f}"
        )


def _scored(title) -> tuple[float, str] | None:
    return None if title is None else (title.score, title.text)


def seed_values(seeds: Path, rules) -> dict:
    found = {}
    for path in sorted(seeds.glob("*.txt")):
        parsed = parse(str(path), path.read_bytes())
        _, meta = clean_document(parsed.documents[0], rules, POLICY)
        found[path.name] = {
            "date": meta.date.isoformat() if meta.date else None,
            "authors": list(meta.authors),
            "sources": list(meta.sources),
            "translators": list(meta.translators),
        }
    return found


def gate(pin: dict, table: dict, seeds: dict) -> list[str]:
    failures = []
    for key, minimum in pin["right"].items():
        variant, field = key.split(".")
        value = table.get(variant, {}).get(field)
        if value is not None and value[0] < minimum:
            failures.append(f"{key} right {value[0]:.3f} < pinned {minimum}")
    for key, maximum in pin["wrong"].items():
        variant, field = key.split(".")
        value = table.get(variant, {}).get(field)
        if value is not None and value[1] > maximum:
            failures.append(f"{key} wrong {value[1]:.3f} > pinned {maximum}")
    for name, expected in pin["seeds"].items():
        if seeds.get(name) != expected:
            failures.append(f"seed {name}: {seeds.get(name)} != pinned {expected}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--no-html", action="store_true")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--gate", action="store_true")
    parser.add_argument("--misses", choices=FIELDS)
    args = parser.parse_args()
    root = args.bench / "dev-modern"
    if not (root / "meta.jsonl").is_file():
        print(f"skipped: no DEV-modern bench under {args.bench}")
        return 0
    scorer = load_scorer(args.bench)
    meta = {r["id"]: r for r in map(json.loads, (root / "meta.jsonl").open(encoding="utf-8"))}
    rules = select_rules(load_rules())
    predictions(sorted(root.glob("scraped/*.txt"))[:8], rules)  # vocabulary, patterns: once a run

    preds, seconds, reading = predictions(sorted(root.glob("scraped/*.txt")), rules)
    table = {"scrapelint": figures(scorer.tally(meta, preds))}
    table["baseline: first date/By/line"] = figures(
        scorer.tally(meta, baselines(scorer, root, meta))
    )
    if not args.no_html:
        ids = html_ids(meta)
        pages = [root / "html" / f"{page}.html.gz" for page in sorted(ids)]
        html_preds, _, _ = predictions(pages, rules)
        by_doc = {ids[page]: value for page, value in html_preds.items()}
        html_meta = {i: meta[i] for i in ids.values()}
        table["scrapelint, HTML input"] = figures(scorer.tally(html_meta, by_doc))
    if args.misses:
        print("\n".join(misses(scorer, meta, preds, args.misses)))
    print("DEV-modern, right/wrong over documents whose gold has a value:")
    for name, rows in table.items():
        show(name, rows)
    page_texts = {
        i: (root / "scraped" / f"{i}.txt").read_text(encoding="utf-8")
        for i in meta
        if "-page-" in i
    }
    right = {field: right_ids(scorer, meta, preds, field) for field in FIELDS}
    ceiling = text_ceiling.shares(scorer, meta, page_texts, right)
    cells = " | ".join(f"{field} {ceiling[field]:.3f}      " for field in FIELDS)
    print(f"{'printed in the page text (ceiling)':34} page  {cells}")
    print(
        f"\nreading metadata around the article: {reading:.2f} s of a {seconds:.2f} s run "
        f"({100 * reading / seconds:.1f}% of it; it adds {100 * reading / (seconds - reading):.1f}%"
        " to the rest)"
    )

    seeds = seed_values(args.bench.parent / "seeds", rules)
    pin = json.loads(PIN.read_text(encoding="utf-8"))
    changed = [name for name, value in seeds.items() if pin["seeds"].get(name) != value]
    print(f"seeds: {len(seeds) - len(changed)}/{len(seeds)} keep their dates, authors, sources")

    if args.cv:
        manifest = {r["id"]: r["site"] for r in map(json.loads, (root / "manifest.jsonl").open())}
        held, shipped = cross_validate(scorer, root, meta, manifest)
        print(
            f"titles, site-grouped 2-fold CV of the headline weights: {held:.3f} right "
            f"(shipped weights on all pages: {shipped:.3f})"
        )
        if not args.no_html:
            html_title_cv(scorer, root, meta, manifest)

    if not args.gate:
        return 0
    flat = {
        "page": table["scrapelint"].get("page", {}),
        "html": table.get("scrapelint, HTML input", {}).get("page", {}),
    }
    failures = gate(pin, flat, seeds)
    for failure in failures:
        print(f"metadata gate: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
