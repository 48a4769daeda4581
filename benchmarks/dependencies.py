"""Figures behind the dependency choices in the README's design notes.

usage: python benchmarks/dependencies.py

- pyahocorasick vs one `re` alternation, matching 2,000 phrases against scraped lines;
- orjson vs the standard `json` module, dumping and loading a report of 2,000 documents.
"""

from __future__ import annotations

import json
import random
import re
import time

import orjson

from scrapelint.engine.phrases import PhraseMatcher
from scrapelint.text.normalize import normalize

WORDS = [
    "the",
    "council",
    "said",
    "on",
    "monday",
    "that",
    "new",
    "rules",
    "for",
    "news",
    "share",
    "subscribe",
    "most",
    "read",
    "related",
    "comments",
    "reply",
    "view",
    "all",
    "sign",
    "up",
    "newsletter",
    "photo",
    "caption",
    "advertisement",
    "continue",
    "reading",
    "privacy",
    "terms",
    "cookies",
    "accept",
    "menu",
    "search",
    "home",
    "sport",
    "world",
    "business",
    "opinion",
    "video",
]


def _phrases(count: int, rng: random.Random) -> list[str]:
    return list({" ".join(rng.choices(WORDS, k=rng.randint(2, 4))) for _ in range(count * 2)})[
        :count
    ]


def _lines(count: int, rng: random.Random) -> list[str]:
    return [normalize(" ".join(rng.choices(WORDS, k=rng.randint(2, 14)))) for _ in range(count)]


def _rate(func, items) -> float:
    start = time.perf_counter()
    for item in items:
        func(item)
    return len(items) / (time.perf_counter() - start)


def phrase_matching() -> None:
    rng = random.Random(7)
    phrases, lines = _phrases(2000, rng), _lines(20000, rng)
    matcher = PhraseMatcher(phrases, "contains")
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")
    few = lines[:2000]
    print(f"phrase matching, {len(phrases)} phrases:")
    print(f"  pyahocorasick   {_rate(matcher.match, lines):>12,.0f} lines/s")
    print(f"  re alternation  {_rate(pattern.search, few):>12,.0f} lines/s")


def json_speed() -> None:
    entry = {
        "path": "corpus/site/article.txt",
        "title": "Iraqi forces seize strategic border crossing with Syria",
        "findings": [
            {"code": "SB001", "line": n, "end_line": n + 3, "removed": "Most Read\n" * 4}
            for n in range(12)
        ],
    }
    report = {"documents": [dict(entry, id=n) for n in range(2000)]}
    text = orjson.dumps(report)
    rounds = 5
    timings = {}
    for name, dump, load in (
        ("orjson", orjson.dumps, orjson.loads),
        ("json", lambda r: json.dumps(r).encode(), json.loads),
    ):
        start = time.perf_counter()
        for _ in range(rounds):
            load(dump(report))
        timings[name] = (time.perf_counter() - start) / rounds
    size = len(text) / 1e6
    print(f"JSON dump+load of a {size:.1f} MB report:")
    for name, seconds in timings.items():
        print(f"  {name:8} {size / seconds:8.0f} MB/s")


if __name__ == "__main__":
    phrase_matching()
    json_speed()
