"""The five seed documents shipped in `fixtures/input/seeds/`, as lists of lines (no endings)."""

from __future__ import annotations

from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "input" / "seeds"


def seed_lines(prefix: str) -> list[str]:
    """The lines of the seed whose file name starts with `prefix` ("000" ... "004")."""
    (path,) = SEED_DIR.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8").split("\n")
