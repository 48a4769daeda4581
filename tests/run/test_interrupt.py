"""Ctrl-C in the middle of an in-place `fix` over a corpus: every file is its old or its new self.

A real run in a subprocess (two worker processes) is interrupted with SIGINT, sent to its whole
process group as a terminal does, once it has rewritten some files. No file may be half written,
no temporary file may be left behind, the run must end (not hang) with the interrupted status,
and the report it still writes must let `scrapelint restore` give back every original.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.facts.policy import Policy
from scrapelint.io.interrupt import EXIT_INTERRUPTED
from scrapelint.io.sources import Source
from scrapelint.run.process import Settings, process_raw

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "input" / "seeds"
COPIES = 400  # of each seed: a run of several seconds, interrupted well before its end
CHANGED_BEFORE_INTERRUPT = 10

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGINT to a process group")


def _fix(*args: str | Path, cwd: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "scrapelint", "fix", *map(str, args), "-q", "--no-cache"]
    return subprocess.Popen(
        [*command, "--no-language", "-j", "2"],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, like a job in a shell
    )


def _cleaned_seeds() -> dict[str, bytes]:
    """Each seed's cleaned bytes, made in this process: the run under test writes none of them."""
    settings = Settings(select_rules(load_rules()), fix=True, policy=Policy(detect_language=False))
    cleaned = {}
    for seed in SEEDS.iterdir():
        raw = seed.read_bytes()
        cleaned[seed.name] = process_raw(Source(seed, None), raw, settings).output or raw
    return cleaned


def _corpus(folder: Path) -> dict[Path, str]:
    """COPIES copies of each seed in `folder`; the seed each file copies, by path."""
    origin = {}
    for seed in sorted(SEEDS.iterdir()):
        for number in range(COPIES):
            path = folder / f"{number:04d}_{seed.name}"
            shutil.copyfile(seed, path)
            origin[path] = seed.name
    return origin


def _changed(origin: dict[Path, str]) -> int:
    return sum(path.read_bytes() != (SEEDS / seed).read_bytes() for path, seed in origin.items())


WIND_DOWN_SECONDS = 240


def test_interrupted_fix_leaves_every_file_old_or_new(tmp_path: Path) -> None:
    cleaned = _cleaned_seeds()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    origin = _corpus(corpus)
    report = tmp_path / "report.json"
    run = _fix(corpus, "--report", report, cwd=tmp_path)
    deadline = time.monotonic() + 120
    while run.poll() is None and time.monotonic() < deadline:
        if _changed(origin) >= CHANGED_BEFORE_INTERRUPT:
            break
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)
    # Winding down finishes the file in hand and commits the batch (one `syncfs`, which waits for
    # the whole file system); on a machine busy with other work one run took over 60 s to end.
    _, stderr = run.communicate(timeout=WIND_DOWN_SECONDS)

    states = {"old": 0, "new": 0}
    for path, seed in origin.items():
        data = path.read_bytes()
        old, new = (SEEDS / seed).read_bytes(), cleaned[seed]
        assert data in (old, new), f"{path.name} is neither the input nor its cleaned text"
        states["old" if data == old and data != new else "new"] += 1
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in origin), stderr
    assert states["new"] >= CHANGED_BEFORE_INTERRUPT
    assert states["old"] > 0, "the run ended before the interrupt: nothing was tested"
    assert run.returncode == EXIT_INTERRUPTED, stderr

    assert json.loads(report.read_bytes())["summary"]["partial"] is True

    restore = [sys.executable, "-m", "scrapelint", "restore", str(report)]
    subprocess.run(restore, cwd=tmp_path, check=True, capture_output=True, timeout=120)
    for path, seed in origin.items():
        assert path.read_bytes() == (SEEDS / seed).read_bytes(), f"{path.name} not restored"
