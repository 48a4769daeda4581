"""A worker's spool of report entries handed to the parent by name (`entry_spool`): the parent
gets the same entries, the file leaves the folder as soon as it is taken over, and the run's
spool copies them (long quotes included)."""

from __future__ import annotations

import pickle
from pathlib import Path
from unittest import mock

from scrapelint.report.entry_spool import EntrySpool, SpooledEntries
from tests.report.entries import document, finding


def test_a_named_spool_crosses_processes_by_name_and_leaves_its_folder(tmp_path: Path) -> None:
    entries = [document(f"{n}.txt") for n in range(5)]
    spool = EntrySpool(tmp_path)
    spool.extend(entries)
    sent = pickle.dumps(spool.whole())
    assert len(sent) < 500  # its name, not its entries
    taken = pickle.loads(sent)
    assert isinstance(taken, SpooledEntries) and list(taken) == entries
    assert not list(tmp_path.iterdir())  # the parent took it over: nothing left to clean up
    assert list(taken) == entries  # read again, from the open file


def test_the_runs_spool_copies_a_handed_over_spool_with_its_long_quotes(tmp_path: Path) -> None:
    line = "A page held on one line. " * 400
    found = tuple(finding(code, text=line) for code in ("AT001", "DT001"))
    entries = [document("a.txt"), document("page.txt", found), document("b.txt")]
    run = EntrySpool()
    run.add([document("first.txt")])
    for long_text in (1000, 1 << 20):  # quotes kept apart, and not
        with mock.patch("scrapelint.report.entry_spool.LONG_TEXT", long_text):
            worker = EntrySpool(tmp_path)
            worker.extend(entries)
            taken = pickle.loads(pickle.dumps(worker.whole()))
            kept = run.add(taken)
        assert list(kept) == entries and kept.spool is run
    assert not list(tmp_path.iterdir())
    assert len(run.whole()) == 1 + 2 * len(entries)


def test_an_anonymous_spool_sends_its_entries() -> None:
    spool = EntrySpool()
    spool.extend([document("a.txt")])
    assert spool.path is None
    assert pickle.loads(pickle.dumps(spool.whole())) == (document("a.txt"),)
