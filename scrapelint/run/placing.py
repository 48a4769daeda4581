"""Where `fix` puts each cleaned file, and the cases where it must not.

A cleaned file goes back in place, beside the input (a page's text), or under `--out`. Two inputs
can ask for the same place: a page and a `.txt` of the same name, or two folders on the command
line that hold files of the same relative path. The first file written there keeps it; any other
that would put different bytes there is refused and named, since writing it would lose the first.
A write the system refuses (a name too long, a full disk, no such folder) is also reported by
name, and the run goes on: the report still records every file written before it.

Writes are atomic and made durable a batch at a time (`write_batch`): a `Placer` is used as a
context manager, which commits the last batch, and `settle` then marks the files whose write
failed at commit as not written.
"""

from __future__ import annotations

import filecmp
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from scrapelint.io.formats import Problem
from scrapelint.io.write_batch import BATCH_FILES, WriteBatch
from scrapelint.report.file_result import FileResult
from scrapelint.report.model import DocumentEntry


def target_of(file: FileResult, out: Path | None) -> Path:
    """In place (a page's cleaned text beside it), or mirrored under `out`."""
    if out is None:
        return file.source.path.with_name(file.target_name)
    return (out / file.source.relative).with_name(file.target_name)


@dataclass
class Placer:
    """Writes cleaned files, each place at most once per run."""

    out: Path | None
    written: dict[Path, Path] = field(default_factory=dict)  # place -> the input written there
    beside: list[tuple[Path, Path]] = field(default_factory=list)  # (page, its new or changed text)
    batch: WriteBatch = field(default_factory=WriteBatch)
    staged: dict[Path, Path] = field(default_factory=dict)  # place -> its input, in the batch
    failed: dict[Path, str] = field(default_factory=dict)  # input -> why its write failed

    def __enter__(self) -> Placer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.commit()

    def commit(self) -> None:
        """Make the batch's files durable and put them in place; failures are kept for `settle`."""
        staged, self.staged = self.staged, {}
        for target, error in self.batch.commit().items():
            self.failed[staged[target]] = f"cannot write {target}: {error.strerror or error}"

    def settle(self, files: list[FileResult]) -> list[FileResult]:
        """`files` as the report must tell them, once every batch is committed."""
        return [
            _unapplied(f, self.failed[f.source.path]) if f.source.path in self.failed else f
            for f in files
        ]

    def place(self, file: FileResult) -> FileResult:
        """Write `file`'s cleaned bytes where they go; a refusal comes back as a problem of it."""
        target = target_of(file, self.out)
        content = self._content(file)
        if content is None:
            return file  # fixed in place and unchanged: nothing to write
        refusal = self._refusal(file, target, content)
        if refusal is not None:
            return _unapplied(file, refusal)
        self.written.setdefault(_key(target), file.source.path)
        if self.out is None and target != file.source.path and self._same(target, content):
            # A page cleaned again: its text is already there, and this run changes nothing that
            # a restore of its report should undo.
            return replace(file, entries=tuple(_unwritten(e) for e in file.entries))
        try:
            self._write(target, content)
        except OSError as error:
            return _unapplied(file, f"cannot write {target}: {error.strerror or error}")
        if self.out is None and target != file.source.path:
            self.beside.append((file.source.path, target))
        self.staged[_key(target)] = file.source.path
        if len(self.batch) >= BATCH_FILES:
            self.commit()
        return file

    def _write(self, target: Path, content: bytes | Path) -> None:
        if isinstance(content, Path):
            self.batch.copy(content, _key(target))
        else:
            self.batch.write(_key(target), content)

    def _same(self, target: Path, content: bytes | Path) -> bool:
        """Whether `target` holds `content`, or will once the batch is committed."""
        return _same(self.batch.pending(_key(target)) or target, content)

    def _content(self, file: FileResult) -> bytes | Path | None:
        if file.output is not None:
            return file.output
        return file.source.path if self.out is not None else None  # `--out` gets the whole tree

    def _refusal(self, file: FileResult, target: Path, content: bytes | Path) -> str | None:
        first = self.written.get(_key(target))
        if first is not None and first != file.source.path:
            if not self._same(target, content):
                return f"not written: {target} already holds the cleaned {first}"
            return None
        beside = self.out is None and target != file.source.path
        if beside and first is None and target.exists() and not self._same(target, content):
            return f"not written: {target} exists and is not this page's cleaned text"
        return None


class Places(Protocol):
    """What writes cleaned files: a `Placer`, or one for an object store."""

    def place(self, file: FileResult) -> FileResult: ...


def take(placer: Places, file: FileResult) -> FileResult:
    """`file` once the run is done with its cleaned bytes: written where they go (every file
    that was read goes under `--out`; in place only what changed), or refused; its spool file
    removed, and the bytes dropped."""
    try:
        if file.entries or file.target_name == file.source.path.name:
            file = placer.place(file)
    finally:
        discard_spool(file)
    return file.without_output()


def discard_spool(file: FileResult) -> FileResult:
    """`file` without its cleaned bytes, and the spool file a streamed file's bytes were in gone
    (`--diff` shows them and writes nothing)."""
    if isinstance(file.output, Path):
        file.output.unlink(missing_ok=True)
    return file.without_output()


def _same(target: Path, content: bytes | Path) -> bool:
    try:
        if isinstance(content, Path):
            return filecmp.cmp(target, content, shallow=False)
        return target.read_bytes() == content
    except OSError:
        return False


def _key(path: Path) -> Path:
    return Path(path).absolute()


def _unapplied(file: FileResult, message: str) -> FileResult:
    """`file` as the report must tell it when its cleaned text was not written: nothing removed."""
    problem = Problem(str(file.source.path), None, message, fatal=True)
    entries = tuple(_entry_unapplied(entry) for entry in file.entries)
    return replace(file, entries=entries, problems=(*file.problems, problem))


def _entry_unapplied(entry: DocumentEntry) -> DocumentEntry:
    """`entry` of a document whose fix was not written: nothing removed or repaired."""
    findings = tuple(
        replace(finding, removed=None, removed_spans=(), fixed=False, replaced=())
        for finding in entry.findings
    )
    return replace(_unwritten(entry), findings=findings, removed_lines=0)


def _unwritten(entry: DocumentEntry) -> DocumentEntry:
    """`entry` of a document whose cleaned text this run did not write: nothing to restore, so
    none of what restore checks a written file against (the metadata written into a record, its
    digest, a dropped record's line)."""
    record = entry.record and replace(entry.record, sha256=None, dropped=None)
    return replace(entry, record=record, metadata=None, cleaned_path=None)
