"""A batch of atomic writes: targets keep their old bytes until the commit, then all are new."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from scrapelint.io import write_batch
from scrapelint.io.write_batch import WriteBatch


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_targets_change_only_at_commit_and_keep_their_mode(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_bytes(b"old")
    old.chmod(0o604)
    batch = WriteBatch()
    batch.write(old, b"new")
    batch.write(tmp_path / "sub" / "new.txt", b"fresh")
    assert old.read_bytes() == b"old" and not (tmp_path / "sub" / "new.txt").exists()
    assert batch.pending(old) is not None and batch.pending(old).read_bytes() == b"new"
    assert batch.commit() == {}
    assert old.read_bytes() == b"new" and stat.S_IMODE(old.stat().st_mode) == 0o604
    assert (tmp_path / "sub" / "new.txt").read_bytes() == b"fresh"
    assert names(tmp_path) == ["old.txt", "sub"] and names(tmp_path / "sub") == ["new.txt"]
    assert len(batch) == 0 and batch.pending(old) is None


def test_a_copy_is_taken_when_staged(tmp_path: Path) -> None:
    source, target = tmp_path / "spool", tmp_path / "out.jsonl"
    source.write_bytes(b"{}\n")
    batch = WriteBatch()
    batch.copy(source, target)
    source.unlink()  # a spool file is discarded as soon as its file is placed
    batch.commit()
    assert target.read_bytes() == b"{}\n"


def test_a_place_staged_twice_keeps_the_last_and_one_temporary(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    batch = WriteBatch()
    batch.write(target, b"first")
    batch.write(target, b"second")
    assert len(names(tmp_path)) == 1
    batch.commit()
    assert names(tmp_path) == ["x.txt"] and target.read_bytes() == b"second"


def test_one_sync_per_file_system_for_the_whole_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(write_batch, "_syncfs", lambda: lambda fd: calls.append(fd) or 0)
    monkeypatch.setattr(os, "fsync", lambda fd: pytest.fail("fsync per file"))
    batch = WriteBatch()
    for number in range(5):
        batch.write(tmp_path / f"{number}.txt", b"text")
    batch.commit()
    assert len(calls) == 1


def test_without_syncfs_every_file_is_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    monkeypatch.setattr(write_batch, "_syncfs", lambda: None)
    monkeypatch.setattr(os, "fsync", synced.append)
    batch = WriteBatch()
    for number in range(3):
        batch.write(tmp_path / f"{number}.txt", b"text")
    batch.commit()
    assert len(synced) == 3


def test_a_failed_replace_is_returned_and_the_others_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    bad.write_bytes(b"old")
    replace = os.replace

    def refuse_bad(src, dst):
        if Path(dst) == bad:
            raise PermissionError(13, "Permission denied")
        replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_bad)
    batch = WriteBatch()
    batch.write(bad, b"new")
    batch.write(good, b"new")
    failed = batch.commit()
    assert list(failed) == [bad] and failed[bad].errno == 13
    assert bad.read_bytes() == b"old" and good.read_bytes() == b"new"
    assert names(tmp_path) == ["bad.txt", "good.txt"]


def test_an_interrupted_commit_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "doc.txt"
    target.write_bytes(b"old")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    batch = WriteBatch()
    batch.write(target, b"new")
    with pytest.raises(KeyboardInterrupt):
        batch.commit()
    assert names(tmp_path) == ["doc.txt"] and target.read_bytes() == b"old"


def test_a_folder_in_the_way_is_refused_when_staged(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    batch = WriteBatch()
    with pytest.raises(IsADirectoryError):
        batch.write(tmp_path / "x.txt", b"new")
    assert len(batch) == 0 and names(tmp_path) == ["x.txt"]


def test_a_failed_sync_replaces_no_target_and_reports_every_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(write_batch, "_syncfs", lambda: None)
    monkeypatch.setattr(os, "fsync", broken)
    old = tmp_path / "old.txt"
    old.write_bytes(b"old")
    batch = WriteBatch()
    batch.write(old, b"new")
    batch.write(tmp_path / "new.txt", b"new")
    failed = batch.commit()
    assert sorted(failed) == [tmp_path / "new.txt", old]
    assert all(error.errno == 5 for error in failed.values())
    assert names(tmp_path) == ["old.txt"] and old.read_bytes() == b"old"
