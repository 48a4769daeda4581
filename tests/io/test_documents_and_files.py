"""The document model, file formats and the atomic writer: the layers under the engine.

Whatever the rules decide, these must be exact: a file read and written back unchanged is the same
bytes, every line keeps its ending, and a write is all or nothing.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapelint.io.formats import BOM, parse, render
from scrapelint.io.writer import write_atomic
from scrapelint.text.document import Block, Document
from tests.strategies import articles

# --- Document ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "endings"),
    [
        ("a\nb\n", ["\n", "\n"]),
        ("a\r\nb\r\n", ["\r\n", "\r\n"]),
        ("a\rb\nc\r\nd", ["\r", "\n", "\r\n", ""]),
        ("a\n\n\nb", ["\n", "\n", "\n", ""]),
        ("", []),
        ("\n", ["\n"]),
    ],
)
def test_each_line_keeps_its_own_ending(text: str, endings: list[str]) -> None:
    doc = Document.from_text(text)
    assert [line.ending for line in doc.lines] == endings
    assert doc.text == text


@given(st.text())
def test_any_text_round_trips(text: str) -> None:
    doc = Document.from_text(text)
    assert doc.text == text
    assert all("\n" not in line.text and "\r" not in line.text for line in doc.lines)
    assert [line.offset for line in doc.lines] == [
        sum(len(line.raw) for line in doc.lines[:i]) for i in range(len(doc.lines))
    ]


@given(articles())
def test_article_blocks_are_its_paragraphs(article) -> None:
    doc = Document.from_text(article.text)
    blocks = [doc.texts[block.start : block.end] for block in doc.blocks]
    assert blocks == list(article.blocks)


def test_blocks_skip_blank_and_whitespace_lines() -> None:
    doc = Document.from_text("a\nb\n\n  \t\nc\n\n")
    assert doc.blocks == (Block(0, 2), Block(4, 5))


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("- item", "-"),
        ("* item", "*"),
        ("  • item", "•"),
        ("12. item", "12."),
        ("3) item", "3)"),
        ("o item", "o"),
        ("-item", None),
        ("2019. was a year", None),
        ("Opinion", None),
        ("1984 was a novel", None),
    ],
)
def test_list_markers(text: str, marker: str | None) -> None:
    assert Document.from_text(text).lines[0].list_marker == marker


@pytest.mark.parametrize(
    ("text", "level"), [("# Title", 1), ("### Sub", 3), ("#hashtag", 0), ("    # code", 0)]
)
def test_heading_levels(text: str, level: int) -> None:
    assert Document.from_text(text).lines[0].heading_level == level


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("  - [Read more](https://example.com/a) here", "Read more here"),
        ("## Most Read", "Most Read"),
        ("\tplain text  ", "plain text"),
        ("1. [Cover Image](https://example.com/image.jpg)", "Cover Image"),
    ],
)
def test_content_drops_markup(text: str, content: str) -> None:
    assert Document.from_text(text).lines[0].content == content


def test_without_keeps_the_rest_exactly() -> None:
    doc = Document.from_text("keep\r\ndrop\nkeep too\rlast")
    assert doc.without({1}).text == "keep\r\nkeep too\rlast"
    assert doc.without({3}).text == "keep\r\ndrop\nkeep too\r"
    assert [line.index for line in doc.without({0, 1}).lines] == [0, 1]


# --- formats -----------------------------------------------------------------------------------


def unchanged(path: str, raw: bytes) -> bytes:
    parsed = parse(path, raw)
    return render(parsed, parsed.documents)


@given(st.binary())
def test_text_file_round_trips_any_bytes(raw: bytes) -> None:
    assert unchanged("doc.txt", raw) == raw


@given(st.binary())
def test_markdown_file_round_trips_any_bytes(raw: bytes) -> None:
    assert unchanged("doc.md", b"---\ntitle: x\n---\n" + raw) == b"---\ntitle: x\n---\n" + raw


def test_bom_is_kept_and_not_part_of_the_text() -> None:
    raw = (BOM + "Title\r\n\r\nBody.\r\n").encode()
    parsed = parse("doc.txt", raw)
    assert parsed.documents[0].lines[0].text == "Title"
    assert render(parsed, parsed.documents) == raw
    cleaned = [parsed.documents[0].without({0, 1})]
    assert render(parsed, cleaned) == (BOM + "Body.\r\n").encode()


# Records as other tools write them: odd spacing, escapes, keys in any order, CRLF, no final EOL.
RECORDS = [
    '{"id": 1, "text": "caf\\u00e9\\nSubscribe to our newsletter\\n"}\n',
    '{"text":"plain","id":2,"extra":{"nested":[1,2.50,null]}}\r\n',
    '  {"id": 3,   "text": "\\u2028 line separator kept"}  \n',
    "\n",
    '{"id": 4, "text": "last, no newline"}',
]


@given(st.lists(st.sampled_from(RECORDS), min_size=1, max_size=6), st.booleans())
def test_jsonl_round_trips_byte_exact_when_unchanged(records: list[str], bom: bool) -> None:
    body = "".join(r if r.endswith("\n") else r + "\n" for r in records[:-1]) + records[-1]
    raw = ((BOM if bom else "") + body).encode()
    assert unchanged("records.jsonl", raw) == raw


def test_jsonl_rewrites_only_the_changed_record() -> None:
    raw = "".join(RECORDS).encode()
    parsed = parse("records.jsonl", raw)
    assert [d.path for d in parsed.documents] == [f"records.jsonl:{n}" for n in (1, 2, 3, 5)]
    first = parsed.documents[0]
    cleaned = [first.without({1}), *parsed.documents[1:]]
    lines = render(parsed, cleaned).decode().splitlines(keepends=True)
    assert json.loads(lines[0]) == {"id": 1, "text": "café\n"}
    assert lines[0].endswith("}\n")
    assert "".join(lines[1:]) == "".join(RECORDS[1:])


def test_jsonl_problems_name_their_line() -> None:
    raw = b'{"text": "ok"}\nnot json\n{"title": "no text"}\n[1, 2]\n'
    parsed = parse("records.jsonl", raw)
    assert [problem.line for problem in parsed.problems] == [2, 3, 4]
    assert render(parsed, parsed.documents) == raw


def test_invalid_utf8_is_reported_by_line() -> None:
    parsed = parse("doc.txt", b"ok\n\xff\xfe bad\nok\n\xc3 bad\n")
    assert [problem.line for problem in parsed.problems] == [2, 4]


# --- writer ------------------------------------------------------------------------------------


def test_write_atomic_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"old")
    path.chmod(0o604)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o604
    assert [p.name for p in tmp_path.iterdir()] == ["doc.txt"]


def test_write_atomic_creates_folders_and_new_files_get_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "doc.txt"
    umask = os.umask(0o027)
    try:
        write_atomic(path, b"new")
    finally:
        os.umask(umask)
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"old")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.txt"]
