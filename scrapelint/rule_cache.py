"""Loaded rules kept between runs, so a pre-commit hook does not parse every YAML pack each time.

Reading and compiling the packs takes about 0.16 s, half of a hook's budget; unpickling the result
takes about 6 ms. The cache key covers everything the rules are built from: the scrapelint version,
the Python version, and the path, size and modification time of every rule file and every module
of the package. A stale or unreadable entry is rebuilt; a cache that cannot be written is skipped.

The cache lives in `$SCRAPELINT_CACHE_DIR`, else `$XDG_CACHE_HOME/scrapelint`, else
`~/.cache/scrapelint`. `SCRAPELINT_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from scrapelint import __version__
from scrapelint.packs import builtin_rules_dir, load_rules
from scrapelint.rule import Rule
from scrapelint.user_cache import cache_dir, enabled, store

PACKAGE_DIR = Path(__file__).resolve().parent
PREFIX = "rules-"
KEEP = 8  # entries kept per cache folder (one per rule set in use)


@lru_cache(maxsize=8)
def cached_rules(extra_dirs: tuple[Path, ...] = ()) -> tuple[Rule, ...]:
    """`load_rules(extra_dirs)`, from the cache when nothing it depends on has changed."""
    if not enabled():
        return load_rules(extra_dirs)
    try:
        entry = cache_dir() / f"{PREFIX}{_key(extra_dirs)}.pickle"
    except OSError:
        return load_rules(extra_dirs)
    try:
        rules = pickle.loads(entry.read_bytes())
        if isinstance(rules, tuple):
            return rules
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    rules = load_rules(extra_dirs)  # a broken pack raises here, and nothing is stored
    _store(entry, rules)
    return rules


def source_digest(extra_dirs: Iterable[Path] = ()) -> str:
    """A digest of everything rules are built from: version, rule files and package modules."""
    return _key(tuple(extra_dirs))


def _key(extra_dirs: Iterable[Path]) -> str:
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


def _store(entry: Path, rules: tuple[Rule, ...]) -> None:
    try:
        data = pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    if store(entry, data):
        _prune(entry.parent)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob(f"{PREFIX}*.pickle"), key=lambda p: p.stat().st_mtime_ns)
    for old in entries[:-KEEP]:
        old.unlink(missing_ok=True)
