"""Records for tests that compare ways of running scrapelint: the five seeds, and a generated
corpus (seed paragraphs mixed with junk lines, some records with a date or author field)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.seeds import SEED_DIR

JUNK = (
    "Sign up for our daily newsletter",
    "Share on Facebook",
    "Read more: The ten best bridges in Europe",
    "Subscribe to our newsletter!",
    "By Jane Roe",
    "March 3, 2024",
    "Advertisement",
    "Most Read",
)


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEED_DIR.glob("*.txt"))]


def generated_records(count: int, seed: int = 17) -> list[dict]:
    """`count` records with an `id`, a `text`, and now and then a `date` or `author` field or a
    `scrapelint_ignore` list."""
    chance = random.Random(seed)
    paragraphs = [p for text in seed_texts() for p in text.split("\n") if len(p) > 80]
    records = []
    for number in range(count):
        lines = chance.sample(paragraphs, 3)
        for _ in range(chance.randrange(4)):
            lines.insert(chance.randrange(len(lines) + 1), chance.choice(JUNK))
        record: dict = {"id": number, "text": "\n".join(lines) + "\n"}
        if chance.random() < 0.3:
            record["date"] = f"2024-0{chance.randrange(1, 10)}-1{chance.randrange(10)}"
        if chance.random() < 0.2:
            record["author"] = "Jane Roe"
        if chance.random() < 0.15:  # an inline suppression for the whole record
            record["scrapelint_ignore"] = ["SH001", "NL001"]
        records.append(record)
    return records


def all_records(generated: int = 40) -> list[dict]:
    seeds = [{"id": f"seed-{n}", "text": text} for n, text in enumerate(seed_texts())]
    return seeds + generated_records(generated)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    path.write_text("".join(lines), encoding="utf-8")
    return path
