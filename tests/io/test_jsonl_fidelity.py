"""A cleaned JSONL record is its own line with only the text's value replaced.

Re-serializing a record turned integers past 64 bits into floats, `1.0e2` into `100.0`, dropped
duplicate keys and rewrote escapes, spacing and line endings. Each case here is a line as some
other tool wrote it; after `fix` every byte but the text's value is the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import scrapelint.run.pipeline as pipeline
import scrapelint.run.streaming as streaming
from scrapelint.io.json_members import MemberEdit, edit, scan_object
from tests.corpus import ARTICLE, JUNK, run


def pair(template: str) -> tuple[str, str]:
    """A record line holding the junk text at `$TEXT`, and the line `fix` must write for it."""
    found = template.replace("$TEXT", json.dumps(JUNK))
    return found, template.replace("$TEXT", json.dumps(ARTICLE))


# The junk's two lines go; nothing else in the line changes.
LINES = {
    "big integer": pair('{"id":123456789012345678901234567890,"text":$TEXT}\n'),
    "exponent, escapes, spacing, CRLF": pair(
        '{"id": 2, "score": 1.0e2, "text": $TEXT, "t": "caf\\u00e9 \\/x"}\r\n'
    ),
    "duplicate key: the last one is read and replaced": pair(
        '{"id":3,"text":"first","text":$TEXT}\n'
    ),
    "odd spacing, no final newline": pair('{"id":5, "text" : $TEXT ,"n":[1,2.50,{"a":null}]}'),
    "ASCII-only line stays ASCII": (
        json.dumps({"id": 6, "text": "Caf\u00e9 owners said so.\n" + JUNK}) + "\n",
        json.dumps({"id": 6, "text": "Caf\u00e9 owners said so.\n" + ARTICLE}) + "\n",
    ),
    "raw UTF-8 stays raw": (
        json.dumps({"id": 7, "text": "Café owners said so.\n" + JUNK}, ensure_ascii=False) + "\n",
        json.dumps({"id": 7, "text": "Café owners said so.\n" + ARTICLE}, ensure_ascii=False)
        + "\n",
    ),
}
# Nothing to remove here: the line is written back as found (it always was).
UNCHANGED = pair('{"id": 8,  "text":$TEXT, "x": 1E+2, "u": "caf\\u00e9 \\/"}\n')[1]
FOUND = "".join(found if found.endswith("\n") else found + "\n" for found, _ in LINES.values())
FIXED = "".join(want if want.endswith("\n") else want + "\n" for _, want in LINES.values())


def fix(path: Path, *args: str | Path) -> None:
    result = run("fix", path, *args, "--select", "newsletter,share", "--no-cache", "--no-language")
    assert result.exit_code in (0, 1), result.output


@pytest.mark.parametrize("case", LINES)
def test_fix_replaces_only_the_text_value(tmp_path: Path, case: str) -> None:
    found, expected = LINES[case]
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(found.encode())
    fix(shard)
    assert shard.read_bytes() == expected.encode()


def test_unchanged_record_is_written_back_byte_for_byte(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    data = (LINES["big integer"][0] + UNCHANGED).encode()
    shard.write_bytes(data)
    fix(shard)
    assert shard.read_bytes().splitlines(keepends=True)[1] == UNCHANGED.encode()


def test_report_gives_a_big_id_with_all_its_digits(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    shard.write_bytes(FOUND.encode())
    report = tmp_path / "report.json"
    fix(shard, "--report", report)
    ids = [entry["id"] for entry in json.loads(report.read_text())["documents"]]
    assert ids == ["123456789012345678901234567890", "2", "3", "5", "6", "7"]


def test_restore_gives_back_every_line_byte_for_byte(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    original = (FOUND + UNCHANGED).encode()
    shard.write_bytes(original)
    report = tmp_path / "report.json"
    fix(shard, "--report", report)
    assert shard.read_bytes() != original
    assert run("restore", report).exit_code == 0
    assert shard.read_bytes() == original


@pytest.mark.parametrize("mode", ["one process", "two processes", "streamed"])
def test_every_way_of_running_writes_the_same_bytes(tmp_path: Path, monkeypatch, mode: str) -> None:
    shard = tmp_path / "in" / "shard.jsonl"
    shard.parent.mkdir()
    shard.write_bytes(FOUND.encode())
    expected = FIXED.encode()
    if mode == "streamed":
        monkeypatch.setattr(pipeline, "STREAM_BYTES", 0)
        monkeypatch.setattr(streaming, "BATCH_RECORDS", 2)
    jobs = "2" if mode == "two processes" else "1"
    fix(shard.parent, "--out", tmp_path / "out", "--jobs", jobs)
    assert (tmp_path / "out" / "shard.jsonl").read_bytes() == expected


@pytest.mark.parametrize("line", ['{"text": NaN}', '{"text": "a"} x', '["text"]', '{"text" "a"}'])
def test_scan_refuses_what_is_not_one_json_object(line: str) -> None:
    with pytest.raises(ValueError):
        scan_object(line)


KEYS = st.text(st.characters(codec="utf-8"), max_size=4)
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=6,
)
STYLES = st.sampled_from([(",", ":"), (", ", ": "), (" ,\t", " : ")])


@given(st.dictionaries(KEYS, VALUES, min_size=1, max_size=5), STYLES, st.booleans())
def test_scan_reads_what_json_reads_and_an_added_member_comes_off_exactly(
    record: dict, separators: tuple[str, str], ascii: bool
) -> None:
    line = json.dumps(record, separators=separators, ensure_ascii=ascii) + "\n"
    parsed, members = scan_object(line)
    assert parsed == json.loads(line)
    added = edit(line, members, [MemberEdit("\x00added", '{"a": 1}')])
    assert json.loads(added) == {**record, "\x00added": {"a": 1}}
    _, after = scan_object(added)
    assert edit(added, after, [MemberEdit("\x00added", None)]) == line
