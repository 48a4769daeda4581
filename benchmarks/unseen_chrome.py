"""The DEV articles in page chrome they were never seen in: article lines kept, chrome removed.

usage: python benchmarks/unseen_chrome.py [--bench ../shared/bench] [--docs] [--lines]

`quality.py` scores each DEV article inside its own site's chrome, the chrome the rules were
tuned on. Here every gold text of DEV and DEV-modern (the article alone, a paragraph a line) is set
inside synthetic news-site chrome (`data/page_chrome.json`, written for this benchmark in 14
languages: a cookie banner, a menu, a sign-in and search line, sometimes a teaser box, a headline
and byline, share buttons, an advertisement between two paragraphs, a newsletter box, related
stories, sometimes a comment prompt, a most-read list, a footer), in the chrome language of the
article's own (langdetect; English when there is no chrome for it), as page text: one block a
line, a blank line between. Every line of the gold text is article, every other line junk. Prints
per set the share of article lines kept (keep_R), the share of chrome lines removed, the article
lines lost per rule, and with `--docs` the documents hit (`--lines`: the lines lost). The pages
are built the same way on every run (seeded by document).

A third set, `written`, holds short articles written for this benchmark in languages DEV does not
have or has little of (`data/written/`: Chinese, Japanese, Russian, Arabic, Thai), in the same
chrome of their own language (English for Thai): news with one-sentence paragraphs, an interview,
a how-to with numbered sections, a listicle.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

from langdetect import DetectorFactory, LangDetectException, detect

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.text.document import Document

HERE = Path(__file__).resolve().parent
CHROME = json.loads((HERE / "data" / "page_chrome.json").read_text(encoding="utf-8"))
SETS = ("dev", "dev-modern")
AUTHORS = ("Sarah Jones", "Tom Becker", "Lucía Romero", "Ana Silva", "Marco Rossi", "Li Wei")
# The headline is counted neither way: gold texts leave it out, a corpus may keep it.
ARTICLE, JUNK, HEADLINE = "article", "junk", "headline"


def page(article: list[str], language: str, rnd: random.Random) -> list[tuple[str, str]]:
    """The article's lines inside chrome, each line with its label, in page order."""
    c = CHROME.get(language, CHROME["en"])
    out: list[tuple[str, str]] = []

    def junk(*lines: str) -> None:
        out.extend((JUNK, line) for line in lines)

    junk("We use cookies to improve your experience. Accept all | Reject | Manage preferences")
    junk(*("* " + item for item in c["menu"]), "Sign in", c["search"])
    if rnd.random() < 0.5:
        junk(c["rel"], *c["rels"][:2])
    out.append((HEADLINE, "Headline of the story"))
    junk(c["by"].format(a=rnd.choice(AUTHORS), d="12 March 2025 14:05"))
    junk(*("* " + item for item in c["share"]))
    slot = _ad_slot(article) if rnd.random() < 0.6 else None
    for index, line in enumerate(article):
        if index == slot:
            junk(c["ad"])
        out.append((ARTICLE, line))
    if rnd.random() < 0.5:
        junk(*("* " + item for item in c["share"]))
    junk(*c["nl"], c["rel"], *("* " + item for item in c["rels"]))
    if rnd.random() < 0.4:
        junk(c["cm"], c["cm2"])
    junk(c["most"], *(f"{n}. {item}" for n, item in enumerate(c["mosts"], 1)))
    junk(*("* " + item for item in c["foot"]), c["copy"])
    return out


def _ad_slot(article: list[str]) -> int | None:
    """Where an advertisement goes: between two paragraphs, the pair nearest the middle."""

    def prose(line: str) -> bool:
        return len(line.split()) >= 12 or len(line) >= 40

    slots = [i for i in range(1, len(article)) if prose(article[i]) and prose(article[i - 1])]
    if len(article) <= 5 or not slots:
        return None
    return min(slots, key=lambda i: abs(i - len(article) // 2))


def language_of(text: str) -> str:
    try:
        return detect(text[:2000]).split("-")[0]
    except LangDetectException:
        return "en"


def measure(paths: list[Path], rules, show: bool, lines: bool) -> dict:
    lost: Counter = Counter()
    counts: Counter = Counter()
    hit: Counter = Counter()
    for path in paths:
        article = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rnd = random.Random(zlib.crc32(path.stem.encode()))
        built = page(article, language_of(" ".join(article)), rnd)
        doc = Document.from_text("\n\n".join(line for _, line in built) + "\n")
        removed = {}
        for outcome in fix(doc, rules).outcomes:
            for span in outcome.removed:
                removed.update(dict.fromkeys(range(span.start, span.end), outcome.finding.code))
        for position, (label, line) in enumerate(built):
            gone = 2 * position in removed  # a blank line between blocks
            counts[label, gone] += 1
            if label == ARTICLE and gone:
                lost[removed[2 * position]] += 1
                hit[path.stem] += 1
                if lines:
                    print(f"    {path.stem} {removed[2 * position]}: {line[:90]}")
    if show:
        for doc_id, n in hit.most_common():
            print(f"    {n:4}  {doc_id}")
    return {"counts": counts, "lost": lost, "docs": len(hit)}


def report(name: str, result: dict) -> None:
    counts, lost = result["counts"], result["lost"]
    articles = counts[ARTICLE, False] + counts[ARTICLE, True]
    junk = counts[JUNK, False] + counts[JUNK, True]
    keep = counts[ARTICLE, False] / max(articles, 1)
    removed = counts[JUNK, True] / max(junk, 1)
    rules = "  ".join(f"{code} {n}" for code, n in lost.most_common())
    print(
        f"{name:12} keep_R {keep:.4f} ({counts[ARTICLE, True]} of {articles} article lines lost,"
        f" {result['docs']} docs)  chrome removed {removed:.4f} ({counts[JUNK, True]} of {junk})"
    )
    print(f"{'':12} lost by rule: {rules or '-'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=HERE.parent.parent / "shared" / "bench")
    parser.add_argument("--docs", action="store_true", help="list the documents hit")
    parser.add_argument("--lines", action="store_true", help="print the article lines lost")
    args = parser.parse_args()
    DetectorFactory.seed = 0
    rules = select_rules(load_rules())
    written = sorted((HERE / "data" / "written").glob("*.txt"))
    report("written", measure(written, rules, args.docs, args.lines))
    measured = False
    for name in SETS:
        gold = sorted(
            p for p in (args.bench / name / "gold").glob("*.txt") if "-traf-" not in p.name
        )
        if not gold:
            print(f"skipped: no gold under {args.bench / name}")
            continue
        report(name, measure(gold, rules, args.docs, args.lines))
        measured = True
    return 0 if measured else 1


if __name__ == "__main__":
    sys.exit(main())
