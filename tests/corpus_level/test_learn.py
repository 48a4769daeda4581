"""`scrapelint learn`: sources, incremental counting, copies, and `check --boilerplate`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import orjson

from scrapelint.corpus.address import document_address, site_of, source_of
from scrapelint.corpus.learn import LearnOptions, learn
from scrapelint.corpus.line_keys import line_form, line_key
from scrapelint.corpus.table import reader
from tests.corpus import run

STORIES = [
    "The bridge reopened on Friday after two years of repairs, the city said.",
    "The school board met on Tuesday to discuss the new budget for next year.",
    "A storm cut power to thousands of homes on Sunday night, the utility said.",
    "The museum will open a new wing in the spring, its director announced.",
]


def test_line_forms_fold_case_digits_spacing_and_punctuation() -> None:
    assert line_form("Posted 12 March 2021 | 3 comments") == line_form(
        "POSTED 4 march 2022 -- 17 Comments!"
    )
    assert line_key("Share this story") == line_key("  share THIS story >>")
    assert line_key("---") is None


def test_sources_come_from_the_url_host_or_the_folder() -> None:
    assert site_of("https://www.Example.com/news/1") == "example.com"
    assert source_of("/data/a/b.jsonl", {"url": "http://news.example.org/x"}) == "news.example.org"
    assert source_of("/data/a/b.txt", None) == "folder:/data/a"
    assert source_of("/data/a/b.jsonl", {"site": "Daily"}, "site") == "daily"
    assert document_address("x/y.jsonl:12")[1] == 12
    assert document_address("x/notes:12.txt")[1] == 0


def story(n: int) -> str:
    """A text of its own for each `n`: no two are copies of each other."""
    return " ".join(f"w{n}x{i}" for i in range(12)) + "."


def records(site: str, chrome: str, count: int, start: int = 0) -> bytes:
    return b"".join(
        orjson.dumps({"url": f"https://{site}/{n}", "text": f"{chrome}\n{story(n)}\n"}) + b"\n"
        for n in range(start, start + count)
    )


def test_learning_again_counts_only_new_documents(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(records("a.example", "Read the A daily", 3))
    table = tmp_path / "b.db"
    first = learn([shard], table, LearnOptions())
    again = learn([shard], table, LearnOptions())
    assert (first.documents, again.documents, again.skipped) == (3, 0, 3)
    shard.write_bytes(shard.read_bytes() + records("a.example", "Read the A daily", 2, start=3))
    grown = learn([shard], table, LearnOptions())
    assert grown.documents == 2
    with sqlite3.connect(table) as db:
        (docs,) = db.execute("SELECT max(docs) FROM lines").fetchone()
    assert docs == 5


def test_a_file_reached_again_through_a_link_is_learned_once(tmp_path: Path) -> None:
    (tmp_path / "shard.jsonl").write_bytes(records("a.example", "Read the A daily", 3))
    (tmp_path / "link.jsonl").symlink_to("shard.jsonl")
    first = learn([tmp_path], tmp_path / "b.db", LearnOptions())
    assert (first.documents, first.skipped) == (3, 0)  # nothing was learned before this run


def test_lines_are_counted_per_source(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(
        records("a.example", "Chrome line", 3) + records("b.example", "Chrome line", 2, start=10)
    )
    table = tmp_path / "b.db"
    learn([shard], table, LearnOptions())
    lookup = reader(str(table))
    key = line_key("Chrome line")
    a = lookup.source_of(str(shard.resolve()), 1, "")
    b = lookup.source_of(str(shard.resolve()), 4, "")
    assert lookup.counts(a, [key]) == {key: 3}
    assert lookup.counts(b, [key]) == {key: 2}


def test_check_with_the_table_reports_chrome_and_copies(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for n, story in enumerate(STORIES):
        (site / f"{n}.txt").write_text(f"Daily Example Roundup\n\n{story}\n", encoding="utf-8")
    (site / "copy.txt").write_text(f"Daily Example Roundup\n\n{STORIES[0]}\n", encoding="utf-8")
    table = tmp_path / "boilerplate.db"
    learned = run("learn", site, "-o", table)
    assert learned.exit_code == 0, learned.output
    assert "1 exact" in learned.output
    checked = run("check", site, "--boilerplate", table, "--select", "RP,DD", "--no-cache")
    assert checked.exit_code == 1
    assert f"{site / '1.txt'}:1:1: RP001" in checked.output
    assert "DD001" in checked.output and str(site / "0.txt") in checked.output


def test_a_missing_table_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    result = run("check", tmp_path / "a.txt", "--boilerplate", tmp_path / "none.db")
    assert result.exit_code == 2
    assert "none.db" in result.output


def test_an_unreadable_input_is_named_and_the_rest_is_learned(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text of a story.\n", encoding="utf-8")
    result = run("learn", tmp_path / "a.txt", tmp_path / "missing.txt", "-o", tmp_path / "t.db")
    assert result.exit_code == 2
    assert "missing.txt" in result.output and "learned 1 documents" in result.output


def test_a_copy_adds_no_line_counts(tmp_path: Path) -> None:
    """The same story scraped twice repeats its own lines, not the site's chrome."""
    site = tmp_path / "site"
    site.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (site / name).write_text(f"{STORIES[0]}\n\n{STORIES[1]}\n", encoding="utf-8")
    table = tmp_path / "t.db"
    stats = learn([site], table, LearnOptions())
    assert stats.exact == 2
    lookup = reader(str(table))
    source = lookup.source_of(str((site / "a.txt").resolve()), 0, "")
    key = line_key(STORIES[0])
    assert lookup.counts(source, [key]) == {key: 1}
    assert lookup.documents(source) == 1


def test_the_configuration_names_the_table(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for n, story in enumerate(STORIES):
        (site / f"{n}.txt").write_text(f"Daily Example Roundup\n\n{story}\n", encoding="utf-8")
    assert run("learn", site, "-o", tmp_path / "boilerplate.db").exit_code == 0
    (tmp_path / "scrapelint.toml").write_text('boilerplate = "boilerplate.db"\n', encoding="utf-8")
    checked = run("check", site, "--select", "RP001", "--no-cache")
    assert "RP001" in checked.output


def test_fix_drops_copied_records_only_when_asked_and_restore_puts_them_back(
    tmp_path: Path,
) -> None:
    shard = tmp_path / "shard.jsonl"
    first = {"id": 1, "url": "https://a.example/1", "text": f"{STORIES[0]}\n\n{STORIES[1]}\n"}
    other = {"id": 2, "url": "https://a.example/2", "text": f"{STORIES[2]}\n"}
    copy = {"id": 3, "url": "https://b.example/9", "text": f"{STORIES[0]}\n\n{STORIES[1]}\n"}
    original = b"".join(orjson.dumps(r) + b"\n" for r in (first, copy, other))
    shard.write_bytes(original)
    table = tmp_path / "t.db"
    assert run("learn", shard, "-o", table).exit_code == 0
    base = ("fix", shard, "--boilerplate", table, "--select", "DD", "--no-language")
    run(*base)
    assert shard.read_bytes() == original  # reported, never removed unless asked
    report = tmp_path / "report.json"
    run(*base, "--drop-duplicates", "--report", report)
    kept = [orjson.loads(line)["id"] for line in shard.read_bytes().splitlines()]
    assert kept == [1, 2]
    assert run("restore", report).exit_code == 0
    assert shard.read_bytes() == original


def test_an_empty_file_is_no_document(tmp_path: Path) -> None:
    """`check` skips an empty file; learned, it was a document of its folder's source, counted
    in the share of documents a repeated line must reach."""
    (tmp_path / "a.txt").write_text("Some text of a story.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n")
    (tmp_path / "marked.txt").write_bytes(b"\xef\xbb\xbf\n")
    learned = learn([tmp_path], tmp_path / "t.db", LearnOptions())
    assert (learned.documents, learned.exact, learned.problems) == (1, 0, [])


def test_a_line_that_is_not_json_is_named_as_such(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(b'{"text": "Some text of a story."}\nnot json\n{"id": 3}\n')
    messages = [
        (p.line, p.message) for p in learn([shard], tmp_path / "t.db", LearnOptions()).problems
    ]
    assert messages == [(2, "not a JSON record; not learned"), (3, "no 'text' text; not learned")]
