"""The report's documents as a view that is read again on each pass, never held as one list.

A file's entries may live on disk (`entry_spool`); the report's `documents` chains them, and
what changes them on the way to the output (suppressed findings hidden, a baseline's findings
excused, the texts left out of `--report`) maps each entry as it is read. Every reader (summary,
gate, statistics, baseline, reporters) iterates, so one document at a time is in memory. It
compares equal to a list of the same entries, as the list it replaces did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import overload

from scrapelint.report.file_result import FileResult
from scrapelint.report.model import DocumentEntry


class Documents(Sequence[DocumentEntry]):
    """Report entries produced afresh by `produce` on each pass; `count` of them."""

    def __init__(self, produce: Callable[[], Iterable[DocumentEntry]], count: int) -> None:
        self._produce, self._count = produce, count

    @classmethod
    def of(cls, files: Sequence[FileResult]) -> Documents:
        """Every entry of `files`, in order."""
        return cls(lambda: (entry for file in files for entry in file.entries), _count(files))

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[DocumentEntry]:
        return iter(self._produce())

    @overload
    def __getitem__(self, index: int) -> DocumentEntry: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[DocumentEntry]: ...
    def __getitem__(self, index: int | slice) -> DocumentEntry | Sequence[DocumentEntry]:
        return list(self)[index]  # not on any run's path: readers iterate

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def mapped(
    documents: Sequence[DocumentEntry], change: Callable[[int, DocumentEntry], DocumentEntry]
) -> Documents:
    """`documents` (a list or a view) with `change(index, entry)` applied as each is read."""
    changed = lambda: (change(n, entry) for n, entry in enumerate(documents))  # noqa: E731
    return Documents(changed, len(documents))


def _count(files: Sequence[FileResult]) -> int:
    return sum(len(file.entries) for file in files)
