"""`scrapelint restore`: a fix undone from its report byte for byte, or refused."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapelint.io.formats import parse
from scrapelint.io.json_spelling import GO, Spelling, writer_spelling
from tests.corpus import ARTICLE, JUNK, run
from tests.run.test_corpus_workflows import PAGE

RECORDS = [{"id": 1, "text": JUNK}, {"id": 2, "text": ARTICLE}]


def fix_with_report(tmp_path: Path, *args: object) -> Path:
    """`fix ARGS` (no cache, no language detection) with its report in tmp_path/report.json."""
    report = tmp_path / "report.json"
    run("fix", *args, "--report", report, "--no-cache", "--no-language")
    return report


def make_corpus(root: Path) -> dict[Path, bytes]:
    files = {
        root / "a.txt": JUNK.encode(),
        root / "b.md": ("---\ndate: 2017-11-04\n---\n" + JUNK).replace("\n", "\r\n").encode(),
        root / "c.jsonl": b"".join(orjson.dumps(r) + b"\n" for r in RECORDS),
        root / "d.jsonl.gz": gzip.compress(b"".join(orjson.dumps(r) + b"\n" for r in RECORDS)),
    }
    root.mkdir(parents=True, exist_ok=True)
    for path, data in files.items():
        path.write_bytes(data)
    return files


def test_restore_undoes_an_in_place_fix(tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "corpus")
    report = fix_with_report(tmp_path, tmp_path / "corpus")
    assert any(path.read_bytes() != data for path, data in files.items())
    assert run("restore", report).exit_code == 0
    for path, data in files.items():
        if path.suffix == ".gz":
            assert gzip.decompress(path.read_bytes()) == gzip.decompress(data)
        else:
            assert path.read_bytes() == data


def test_restore_from_an_out_folder(tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "corpus")
    report = tmp_path / "report.json"
    out = tmp_path / "cleaned"
    run("fix", tmp_path / "corpus", "--out", out, "--report", report, "--no-cache")
    restored = tmp_path / "restored"
    assert run("restore", report, "--cleaned", out, "--out", restored).exit_code == 0
    assert (restored / "a.txt").read_bytes() == files[tmp_path / "corpus" / "a.txt"]


def test_restore_into_a_folder_brings_back_the_files_the_fix_could_not_read(
    tmp_path: Path,
) -> None:
    # An empty file and a binary one in sub-folders: `fix --out` copies them as they are, and the
    # restored folder holds them too, at the same places: it is the whole corpus again.
    files = make_corpus(tmp_path / "corpus")
    for name, data in (("sub/empty.txt", b""), ("sub/deeper/blob.txt", b"\x00\x01binary\xff")):
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        files[path] = data
    report = tmp_path / "report.json"
    out = tmp_path / "cleaned"
    run("fix", tmp_path / "corpus", "--out", out, "--report", report, "--no-cache")
    restored = tmp_path / "restored"
    assert run("restore", report, "--cleaned", out, "--out", restored).exit_code == 0
    names = {p.relative_to(restored) for p in restored.rglob("*") if p.is_file()}
    assert names == {p.relative_to(tmp_path / "corpus") for p in files}
    assert (restored / "sub" / "empty.txt").read_bytes() == b""
    assert (restored / "sub" / "deeper" / "blob.txt").read_bytes() == b"\x00\x01binary\xff"


def test_restore_of_an_out_fix_without_its_folder_says_to_name_it(tmp_path: Path) -> None:
    """Read in place, the inputs match no report: each was refused as "edited", with no word
    of the folder the cleaned files are in."""
    files = make_corpus(tmp_path / "corpus")
    report = tmp_path / "report.json"
    run("fix", tmp_path / "corpus", "--out", tmp_path / "cleaned", "--report", report, "--no-cache")
    restored = run("restore", report)
    assert restored.exit_code == 2
    assert "--cleaned DIR" in restored.stderr
    assert all(path.read_bytes() == data for path, data in files.items())


def test_restore_refuses_an_edited_file(tmp_path: Path) -> None:
    make_corpus(tmp_path / "corpus")
    report = fix_with_report(tmp_path, tmp_path / "corpus")
    edited = tmp_path / "corpus" / "a.txt"
    edited.write_text(edited.read_text() + "A line added after the fix.\n")
    before = edited.read_bytes()
    result = run("restore", report)
    assert result.exit_code == 2
    assert "a.txt" in result.stderr
    assert edited.read_bytes() == before  # refused, not guessed


def test_restore_reads_the_text_field_the_fix_used(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    original = b"".join(orjson.dumps({"id": n, "body": JUNK}) + b"\n" for n in (1, 2))
    shard.write_bytes(original)
    report = fix_with_report(tmp_path, shard, "--text-field", "body")
    assert shard.read_bytes() != original
    assert run("restore", report).exit_code == 0
    assert shard.read_bytes() == original


def test_restore_refuses_records_it_cannot_find(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(orjson.dumps({"id": 1, "body": JUNK}) + b"\n")
    report = fix_with_report(tmp_path, shard, "--text-field", "body")
    entries = orjson.loads(report.read_bytes())
    for entry in entries["documents"]:
        del entry["text_field"]  # as if the field were unknown: no record holds "text"
    report.write_bytes(orjson.dumps(entries))
    cleaned = shard.read_bytes()
    result = run("restore", report)
    assert result.exit_code == 2
    assert "no record with a 'text' text at line 1" in result.stderr
    assert shard.read_bytes() == cleaned


def test_restore_mirrors_a_nested_out_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    originals = {}
    for folder, extra in (("a", "Crews worked all night."), ("b", "Schools stayed closed.")):
        path = corpus / folder / "x.txt"
        path.parent.mkdir(parents=True)
        originals[f"{folder}/x.txt"] = (JUNK + extra + "\n").encode()
        path.write_bytes(originals[f"{folder}/x.txt"])
    report, out, restored = tmp_path / "r.json", tmp_path / "cleaned", tmp_path / "restored"
    run("fix", corpus, "--out", out, "--report", report, "--no-cache", "--no-language")
    assert (out / "a" / "x.txt").read_bytes() != originals["a/x.txt"]
    assert run("restore", report, "--cleaned", out, "--out", restored).exit_code == 0
    for relative, data in originals.items():
        assert (restored / relative).read_bytes() == data


JUNK_PAGE = PAGE.replace(
    "</article>", "<p>Sign up for our daily newsletter</p><p>Share on Facebook</p></article>"
)


def test_restore_puts_the_lines_back_into_a_page_s_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(JUNK_PAGE, encoding="utf-8")
    report = fix_with_report(tmp_path, page)
    cleaned = (tmp_path / "page.txt").read_bytes()
    extracted = parse(str(page), JUNK_PAGE.encode()).documents[0].text
    assert cleaned.decode() != extracted  # the fix removed something, or this test shows nothing
    assert run("restore", report).exit_code == 0
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == extracted
    assert page.read_text(encoding="utf-8") == JUNK_PAGE


def test_restore_refuses_what_is_not_a_report(tmp_path: Path) -> None:
    for text in ('{"documents": 5}', "not json", '{"documents": [{"path": 3}]}'):
        report = tmp_path / "report.json"
        report.write_text(text, encoding="utf-8")
        result = run("restore", report)
        assert result.exit_code == 2 and "not a report" in result.stderr


def test_fix_refuses_a_report_path_that_is_an_input_or_an_output(tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    inputs = tmp_path / "corpus"
    for report in (inputs / "a.txt", inputs / "new.txt", out / "a.txt"):
        result = run("fix", tmp_path / "corpus", "--out", out, "--report", report, "--no-cache")
        assert result.exit_code == 2 and "one of the files of the run" in result.stderr
    assert {path: path.read_bytes() for path in files} == files
    aside = tmp_path / "corpus" / "sub" / ".." / "a.txt"  # the input itself, spelled otherwise
    result = run("fix", inputs / "a.txt", "--report", aside, "--no-cache")
    assert result.exit_code == 2 and files[inputs / "a.txt"] == (inputs / "a.txt").read_bytes()
    (tmp_path / "page.html").write_text(JUNK_PAGE, encoding="utf-8")
    result = run("fix", tmp_path / "page.html", "--report", tmp_path / "page.txt", "--no-cache")
    assert result.exit_code == 2 and not (tmp_path / "page.txt").exists()


DATED = "By Jane Doe\n\nNovember 4, 2017\n\n" + JUNK


def test_restore_takes_the_added_metadata_field_out_again(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    original = b'{"id": 1, "text": %s}\r\n' % orjson.dumps(DATED)
    shard.write_bytes(original)
    report = fix_with_report(tmp_path, shard, "--add-metadata")
    assert b'"scrapelint"' in shard.read_bytes()
    [entry] = orjson.loads(report.read_bytes())["documents"]
    assert entry["metadata_field"] == "scrapelint" and "metadata_before" not in entry
    assert run("restore", report).exit_code == 0
    assert shard.read_bytes() == original


def test_restore_puts_back_the_metadata_a_record_carried_before(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    before = b'{"date": "2017-11-04",  "authors": []}'
    original = b'{"id": 1, "text": %s, "scrapelint": %s}\n' % (orjson.dumps(DATED), before)
    shard.write_bytes(original)
    report = fix_with_report(tmp_path, shard, "--add-metadata")
    assert orjson.loads(shard.read_bytes())["scrapelint"]["authors"] == ["Jane Doe"]
    [entry] = orjson.loads(report.read_bytes())["documents"]
    assert entry["metadata_before"] == before.decode()
    assert run("restore", report).exit_code == 0
    assert shard.read_bytes() == original


def test_restore_refuses_a_record_whose_added_field_is_gone(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(orjson.dumps({"id": 1, "text": DATED}) + b"\n")
    report = fix_with_report(tmp_path, shard, "--add-metadata")
    record = orjson.loads(shard.read_bytes())
    del record["scrapelint"]
    shard.write_bytes(orjson.dumps(record) + b"\n")
    edited = shard.read_bytes()
    result = run("restore", report)
    assert result.exit_code == 2
    assert "'scrapelint'" in result.stderr
    assert shard.read_bytes() == edited


def test_restore_gives_back_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    # 0xF6 is "ö" in Latin-1: the removed line holds it, and so does a line the fix keeps.
    original = JUNK.replace("Share on Facebook", "Share on Facebook \xf6").replace(
        "Friday", "Fr\xf6day"
    )
    source = tmp_path / "a.txt"
    source.write_bytes(original.encode("latin-1"))
    report = fix_with_report(tmp_path, source, "--select", "share")
    cleaned = source.read_bytes()
    assert b"Fr\xf6day" in cleaned and b"Facebook" not in cleaned
    [finding] = orjson.loads(report.read_bytes())["documents"][0]["findings"]
    assert finding["removed"] == "Share on Facebook \\xf6\n"  # readable; the exact bytes:
    assert finding["removed_b64"] == "U2hhcmUgb24gRmFjZWJvb2sg9go="
    assert run("restore", report).exit_code == 0
    assert source.read_bytes() == original.encode("latin-1")


def test_restore_gives_back_a_writer_s_escapes(tmp_path: Path) -> None:
    # PHP's json_encode escapes slashes and non-ASCII; Python's json.dumps only the latter.
    text = JUNK.replace("utility", "utility (http://example.org/caf\u00e9)")
    spelled = json.dumps(text).replace("/", "\\/")
    shard = tmp_path / "shard.jsonl"
    lines = [f'{{"id":1,"text":{spelled}}}\n', f'{{"id":2,"text":{json.dumps(text)}}}\n']
    original = "".join(lines).encode()
    shard.write_bytes(original)
    report = fix_with_report(tmp_path, shard)
    assert shard.read_bytes() != original
    result = run("restore", report)
    assert result.exit_code == 0 and result.stderr == ""
    assert shard.read_bytes() == original


@pytest.mark.parametrize(
    "habit",
    [
        GO,  # Go's encoding/json: "<", ">", "&" and U+2028/9 escaped, "\b" as "\u0008"
        Spelling(ascii_only=True, upper=True),  # .NET, Jackson: upper-case hexadecimal
        Spelling(ascii_only=True, upper=True, escaped=frozenset("<>&'+`")),  # System.Text.Json
    ],
)
def test_restore_gives_back_other_writers_escapes(tmp_path: Path, habit: Spelling) -> None:
    text = JUNK.replace("utility", "utility & caf\u00e9 <b>\u2028 it's +1\b")
    shard = tmp_path / "shard.jsonl"
    original = f'{{"id":1,"text":{habit.spell(text)}}}\n'.encode()
    shard.write_bytes(original)
    report = fix_with_report(tmp_path, shard)
    cleaned = shard.read_bytes()
    assert cleaned != original
    kept = orjson.loads(cleaned)["text"]
    assert cleaned == f'{{"id":1,"text":{habit.spell(kept)}}}\n'.encode()  # the writer's way
    result = run("restore", report)
    assert result.exit_code == 0, result.stderr
    assert shard.read_bytes() == original


def test_restore_gives_back_a_quote_escaped_only_in_removed_text(tmp_path: Path) -> None:
    # System.Text.Json writes '"' as "\\u0022": with every quote in a removed line, the cleaned
    # string shows nothing of it, and restore must still try that habit.
    net = Spelling(True, True, frozenset("<>&'+`\u2028\u2029"), frozenset('"'))
    text = JUNK.replace("Share on Facebook", 'Share on "Facebook"').replace("utility", "caf\u00e9")
    shard = tmp_path / "shard.jsonl"
    original = f'{{"id":1,"text":{net.spell(text)}}}\n'.encode()
    shard.write_bytes(original)
    report = fix_with_report(tmp_path, shard)
    cleaned = shard.read_bytes()
    assert b"Facebook" not in cleaned and b"u0022" not in cleaned
    assert b'"id":1' in cleaned  # the record was read and cleaned, not skipped
    result = run("restore", report)
    assert result.exit_code == 0, result.stderr
    assert shard.read_bytes() == original


WRITERS = [
    GO,
    Spelling(True, True),
    Spelling(False, True, slash=True),
    Spelling(True, True, frozenset("<>&'+`\u2028\u2029"), frozenset('"')),  # System.Text.Json
]


@given(st.text(), st.sampled_from(WRITERS))
def test_a_writer_s_habits_read_off_its_string_spell_it_again(text: str, habit: Spelling) -> None:
    token = habit.spell(text)
    assert json.loads(token) == text
    found = writer_spelling(token, text)
    assert found is not None and found.spell(text) == token


def test_restore_refuses_a_record_it_can_give_back_only_by_value_unless_asked(
    tmp_path: Path,
) -> None:
    # A spelling no writer's habits give: one line break escaped, the others not.
    spelled = json.dumps(JUNK).replace("\\n", "\\u000a", 1)
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(b'{"id":1,"text":%s}\n' % spelled.encode())
    report = fix_with_report(tmp_path, shard)
    cleaned = shard.read_bytes()
    refused = run("restore", report)
    assert refused.exit_code == 2 and "--by-value" in refused.stderr
    assert shard.read_bytes() == cleaned
    result = run("restore", report, "--by-value")
    assert result.exit_code == 1  # restored, but not every byte
    assert "record 1 has its values back, not its exact bytes" in result.stderr
    assert orjson.loads(shard.read_bytes())["text"] == JUNK


def test_restore_writes_each_place_once(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(JUNK + folder + "\n", encoding="utf-8")
    report = tmp_path / "report.json"
    run("fix", tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", "--report", report, "--no-cache")
    result = run("restore", report, "--out", tmp_path / "restored")
    assert result.exit_code == 2 and "was already restored from" in result.stderr
    assert (tmp_path / "restored" / "x.txt").read_text(encoding="utf-8") == JUNK + "a\n"


def test_restore_of_a_page_fixed_again_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(JUNK_PAGE, encoding="utf-8")
    run("fix", tmp_path, "--report", tmp_path / "r1.json", "--no-cache", "--no-language")
    cleaned = (tmp_path / "page.txt").read_bytes()
    run("fix", tmp_path, "--report", tmp_path / "r2.json", "--no-cache", "--no-language")
    assert (tmp_path / "page.txt").read_bytes() == cleaned
    assert run("restore", tmp_path / "r2.json").exit_code == 0
    assert (tmp_path / "page.txt").read_bytes() == cleaned  # run 2 changed nothing to undo
