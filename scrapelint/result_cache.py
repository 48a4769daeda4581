"""Results kept between runs: a second `check` over an unchanged corpus does almost no work.

As in ruff, an entry is keyed by what the result depends on: the file's path and content, the
rules (the scrapelint version, every rule file and module, the rules selected for that file), the
policy and the options that shape the report. Entries live in `.scrapelint_cache/` in the folder
the run starts from; writes are atomic, and an entry that cannot be read is simply recomputed.
"""

from __future__ import annotations

import hashlib
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scrapelint.file_result import FileResult

FOLDER = ".scrapelint_cache"
# Written into the cache folder so that tools which honour it skip the whole folder.
CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# scrapelint result cache\n"


@dataclass(frozen=True)
class ResultCache:
    folder: Path
    salt: str  # digest of the rules' sources; the per-file key adds the rest

    @classmethod
    def at(cls, root: Path, salt: str) -> ResultCache:
        return cls(root / FOLDER / "results", salt)

    def key(self, path: Path, raw: bytes, options: str) -> str:
        digest = hashlib.sha256(f"{self.salt}\0{options}\0{path.resolve()}\0".encode())
        digest.update(raw)
        return digest.hexdigest()

    def get(self, key: str) -> FileResult | None:
        try:
            value = pickle.loads(self._entry(key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return value if isinstance(value, FileResult) else None

    def put(self, key: str, result: FileResult) -> None:
        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            self._tag()
            handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
            with open(handle, "wb") as stream:
                pickle.dump(result, stream, protocol=pickle.HIGHEST_PROTOCOL)
            Path(temporary).replace(entry)
        except OSError:
            return  # a cache that cannot be written only costs time

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / key[2:]

    def _tag(self) -> None:
        tag = self.folder.parent / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text(CACHEDIR_TAG)
