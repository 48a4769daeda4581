"""What a run checked: "All checks passed" is true only when something was checked.

A gate over a path that does not exist, an empty folder, a folder of files that could not be read
or a JSONL file none of whose records has the text field would otherwise pass having read nothing.
`nothing_checked` says why a run checked no document, so the CLI can stop with exit code 2
(`--allow-empty` keeps the old behaviour for pipelines that want it). Files that were read and
found empty are not this case: each is already reported by name as an input problem.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.io.formats import EMPTY_FILE, NO_TEXT_FIELD
from scrapelint.report.file_result import FileResult


def skipped(file: FileResult) -> bool:
    """A file that gave no document because of a problem with it (unreadable, binary, no text)."""
    return not file.entries and bool(file.problems)


def nothing_checked(files: Sequence[FileResult], text_field: str) -> str | None:
    """Why the run checked no document, or None when it checked some (or only empty files)."""
    if any(file.entries for file in files):
        return None
    if not files:
        return "no file to check was found (scrapelint reads .txt, .md, .jsonl and .html files)"
    messages = [problem.message for file in files for problem in file.problems]
    if messages and all(message == EMPTY_FILE for message in messages):
        return None
    if any(message.startswith(NO_TEXT_FIELD) for message in messages):
        return f"no record has a string field {text_field!r} (choose it with --text-field)"
    return "no file could be read"
