"""Report entries on disk (`entry_spool`) and the report read over them (`documents`): every entry
comes back exactly, as often as it is read, and the report and its JSON are those of the same
entries held in memory."""

from __future__ import annotations

import os
import pickle
from dataclasses import replace
from pathlib import Path
from unittest import mock

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapelint.io.sources import Source
from scrapelint.report import summary
from scrapelint.report.documents import Documents, mapped
from scrapelint.report.entry_spool import EntrySpool, SpooledEntries
from scrapelint.report.file_result import FileResult
from scrapelint.report.json_form import document_json, summary_json
from scrapelint.report.model import DocumentEntry, Report, Summary
from scrapelint.report.reporters import REPORTERS, pieces
from scrapelint.report.reporters import json as json_reporter
from scrapelint.report.reporters.json import render_json, render_jsonl, write_json
from tests.corpus import report_of, run, write_corpus
from tests.report.entries import document, documents, finding, typed_report

files_of_entries = st.lists(st.lists(documents, max_size=4), max_size=4)


@given(files_of_entries)
def test_every_entry_comes_back_exactly_as_often_as_read(files: list[list[DocumentEntry]]) -> None:
    spool = EntrySpool()
    kept = [spool.add(file) for file in files]
    for _ in range(2):
        assert [list(part) for part in kept] == files
    assert [len(part) for part in kept] == [len(file) for file in files]
    assert list(spool.whole()) == [entry for file in files for entry in file]


@given(files_of_entries)
def test_entries_longer_than_a_read_come_back_exactly(files: list[list[DocumentEntry]]) -> None:
    spool = EntrySpool()
    kept = [spool.add(file) for file in files]
    with mock.patch("scrapelint.report.entry_spool.READ_CHUNK", 7):  # most lines cut, some twice
        assert [list(part) for part in kept] == files
        assert list(spool.whole()) == [entry for file in files for entry in file]


def test_findings_of_one_long_line_share_its_text_once_read_back() -> None:
    line = "A page held on one line. " * 4000
    found = tuple(finding(code, text=line) for code in ("AT001", "DT001"))
    spool = EntrySpool()
    with mock.patch("scrapelint.report.entry_spool.LONG_TEXT", 1000):  # kept apart, once
        part = spool.add([document("a.txt"), document("page.txt", found), document("b.txt")])
    assert list(part) == [document("a.txt"), document("page.txt", found), document("b.txt")]
    entry = part[1]
    assert entry.findings[0].text is entry.findings[1].text
    [again] = spool.add([document("page.txt", found)])  # and in the line, read the same
    assert again == entry and again.findings[0].text is again.findings[1].text


def test_a_long_document_is_written_in_pieces_as_the_json_of_the_whole(tmp_path: Path) -> None:
    found = tuple(finding(code, text="A page held on one line. " * 400) for code in ("A", "B"))
    report = Report([document("page.txt", found), document("b.txt")], (), Summary())
    whole = render_json(report)
    with mock.patch.object(json_reporter, "LONG_DUMP", 1000):
        write_json(tmp_path / "r.json", report)
        assert render_json(report) == whole
    written = (tmp_path / "r.json").read_bytes()
    data = orjson.loads(written)
    assert data.pop("working_directory") == os.getcwd()  # the fix's folder, for restore
    assert data == orjson.loads(whole)
    assert orjson.dumps(orjson.loads(written), option=orjson.OPT_INDENT_2) + b"\n" == written


def test_entries_sent_to_another_process_are_the_entries_themselves() -> None:
    spool = EntrySpool()
    entry = document("a.txt")
    part = spool.add([entry])
    copy = pickle.loads(pickle.dumps(part))
    assert copy == (entry,)
    assert isinstance(part, SpooledEntries) and not isinstance(copy, SpooledEntries)


def _entry(path: str, codes: list[str], fixed: bool) -> DocumentEntry:
    found = tuple(finding(code, fixed=fixed, text="Share", removed="\udcff\n") for code in codes)
    return document(path, found, removed_lines=len(codes))


def _files() -> list[FileResult]:
    return [
        FileResult(Source(Path("a.txt"), Path("a.txt")), (_entry("a.txt", ["NL001"], True),)),
        FileResult(Source(Path("b.jsonl"), Path("b.jsonl")), (_entry("b.jsonl", [], False),) * 3),
        FileResult(Source(Path("c.txt"), Path("c.txt"))),
        FileResult(Source(Path("d.txt"), Path("d.txt")), (_entry("d.txt", ["SH001"] * 2, False),)),
    ]


def test_a_report_over_spooled_entries_is_the_report_over_the_same_entries_in_memory() -> None:
    files = _files()
    spool = EntrySpool()
    spooled = [spool.keep(file) for file in files]
    assert all(isinstance(f.entries, SpooledEntries) for f in spooled if f.entries)
    in_memory, on_disk = summary.build(files), summary.build(spooled)
    assert isinstance(on_disk.documents, Documents)
    assert on_disk == in_memory
    assert on_disk.summary.documents == 5 and on_disk.summary.counts.findings == 3
    assert render_json(on_disk) == render_json(in_memory)
    assert render_jsonl(on_disk) == render_jsonl(in_memory)


@given(st.lists(documents, max_size=4), st.builds(Summary, lines=st.integers(min_value=0)))
def test_the_json_written_a_document_at_a_time_is_the_json_of_the_whole(
    entries: list[DocumentEntry], summary_: Summary
) -> None:
    report = Report(entries, (), summary_)
    documents = [document_json(e) for e in entries]
    data = {"documents": documents, "errors": [], "summary": summary_json(summary_)}
    try:
        whole = orjson.dumps(data, option=orjson.OPT_INDENT_2, default=str).decode() + "\n"
    except TypeError:  # what orjson cannot write goes through the scrubbing path: compared there
        return
    assert render_json(report) == whole


def test_a_mapped_view_changes_each_entry_as_it_is_read_and_keeps_the_count() -> None:
    documents = Documents.of(_files())
    numbered = mapped(documents, lambda n, entry: replace(entry, lines=n))
    assert len(numbered) == 5
    assert list(numbered) == list(numbered)  # read again, the same
    assert [d.lines for d in numbered] == [0, 1, 2, 3, 4]
    assert [d.path for d in numbered][-1] == "d.txt"


FORMATS = ["text", "github", "json", "jsonl", "sarif", "concise", "junit", "html"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_format_printed_in_pieces_is_the_format_at_once(tmp_path: Path, fmt: str) -> None:
    report = typed_report(
        report_of(run("check", write_corpus(tmp_path), "--output-format", "json"))
    )
    report = replace(report, documents=tuple(report.documents) * 700)  # over one piece of output
    whole = REPORTERS[fmt](report)
    printed = list(pieces(fmt, report))
    assert "".join(printed) == whole
    assert len(printed) > 1  # never one string of the whole report


def test_streamed_json_and_sarif_are_what_orjson_indents_at_once(tmp_path: Path) -> None:
    report = typed_report(
        report_of(run("check", write_corpus(tmp_path), "--output-format", "json"))
    )
    for fmt in ("json", "sarif"):
        printed = REPORTERS[fmt](report).encode("utf-8")
        assert orjson.dumps(orjson.loads(printed), option=orjson.OPT_INDENT_2) + b"\n" == printed


def test_streamed_junit_is_what_element_tree_lays_out_at_once(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    report = typed_report(
        report_of(run("check", write_corpus(tmp_path), "--output-format", "json"))
    )
    for entries in (report.documents, ()):
        printed = REPORTERS["junit"](replace(report, documents=tuple(entries)))
        root = ET.fromstring(printed.split("\n", 1)[1])
        for element in root.iter():
            element.text = element.text if element.text and element.text.strip() else None
            element.tail = None
        ET.indent(root)
        prolog = '<?xml version="1.0" encoding="UTF-8"?>\n'
        assert prolog + ET.tostring(root, "unicode") + "\n" == printed
        suite = root[0]
        assert int(suite.get("tests", "")) == len(suite) == len(entries) + len(report.errors)


def test_concise_is_a_line_per_file_with_findings(tmp_path: Path) -> None:
    report = typed_report(
        report_of(run("check", write_corpus(tmp_path), "--output-format", "json"))
    )
    lines = REPORTERS["concise"](report).splitlines()
    with_findings = [d.path for d in report.documents if d.findings]
    assert [line.split(": ", 1)[0] for line in lines[: len(with_findings)]] == with_findings
