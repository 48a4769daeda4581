"""`fix --diff`: what a fix would change, as a patch that `patch -p1` applies.

The patch is text whose bytes that are not UTF-8 are lone surrogates (`surrogateescape`): write
it with that error handler, and the patch holds the file's own bytes.
"""

from __future__ import annotations

from scrapelint.io.compression import decompress
from scrapelint.io.encodings import wide_encoding
from scrapelint.io.formats import RECORD_RE
from scrapelint.io.sources import read_bytes
from scrapelint.report.file_result import FileResult

# What `diff -u` and git print after a last line that has no line break.
NO_NEWLINE = "\\ No newline at end of file"


def unified_diff(file: FileResult, before: bytes | None = None) -> str:
    """The fix of `file` as a patch: of the file itself, or of a page's `.txt` beside it, from
    nothing. A `.txt` already there gets no patch: `fix` would leave it (it holds the page's
    text already) or refuse it (it holds something else). `before` is the file's bytes when it
    is no file on disk (standard input)."""
    if not isinstance(file.output, bytes):
        return ""  # unchanged, or streamed: too big to show as a diff
    target = file.source.path.with_name(file.target_name)
    if before is not None and target == file.source.path:
        was, old_name = before, f"a/{target}"
    elif before is not None:  # a page's text, beside it: from nothing
        was, old_name = b"", "/dev/null"
    elif target == file.source.path:
        read = read_bytes(target)
        if not isinstance(read, bytes):
            return ""
        was, old_name = read, f"a/{target}"
    elif target.exists():
        return ""
    else:
        was, old_name = b"", "/dev/null"
    cleaned = decompress(file.target_name, file.output)
    if wide_encoding(was) or wide_encoding(cleaned):
        return f"Binary files {old_name} and b/{target} differ\n"  # as diff says of UTF-16
    # Lines end at "\n" only, as patch reads them (str.splitlines also breaks at U+2028, "\r"...).
    # Bytes that are not UTF-8 stay as they are (escaped here, written back as the same bytes).
    old = RECORD_RE.findall(was.decode("utf-8", "surrogateescape"))
    new = RECORD_RE.findall(cleaned.decode("utf-8", "surrogateescape"))
    import difflib  # here: only `--diff` needs it, and a pre-commit `check` saves its 5 ms

    lines = difflib.unified_diff(old, new, old_name, f"b/{target}")
    return "".join(line if line.endswith("\n") else f"{line}\n{NO_NEWLINE}\n" for line in lines)
