"""The loaded rules of a run, and a digest of everything they are built from.

Rules are built from their packs' values once per process and kept in memory only: no rule is
written to disk, and nothing read from disk is ever unpickled or executed (an earlier pickled
cache in the user's folder was a way to run code for whoever could write there). The packs'
values may come from the user cache as JSON (`io.yaml_data`), data validated as the YAML's
would be. The digest keys the result cache.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from scrapelint import __version__
from scrapelint.engine.packs import builtin_rules_dir, load_rules
from scrapelint.engine.rule import Rule

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # every module of the package


@lru_cache(maxsize=8)
def cached_rules(extra_dirs: tuple[Path, ...] = ()) -> tuple[Rule, ...]:
    """`load_rules(extra_dirs)`, once per process."""
    return load_rules(extra_dirs)


def source_digest(extra_dirs: Iterable[Path] = ()) -> str:
    """A digest of everything rules are built from: version, rule files and package modules."""
    digest = hashlib.sha256(f"{__version__}\0{sys.version}\0".encode())
    folders = [builtin_rules_dir(), *(Path(d).resolve() for d in extra_dirs)]
    for folder in folders:
        digest.update(f"{folder}\0".encode())
        _add_files(digest, folder.rglob("*.yaml") if folder.is_dir() else ())
    _add_files(digest, PACKAGE_DIR.rglob("*.py"))
    return digest.hexdigest()[:24]


def _add_files(digest, paths: Iterable[Path]) -> None:
    for path in sorted(paths):
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
