"""The files `fix` writes, a batch at a time, are exactly what the engine cleaned.

A differential check of the write path (`io.write_batch`, `run.placing`) against the engine's own
output (`process_raw`), on the fixtures and on generated documents spread over several batches:
whatever the order of commits, every file under `--out` holds its document's cleaned bytes, or
its original bytes when the fix changed nothing, and no temporary file is left.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.facts.policy import Policy
from scrapelint.io.sources import Source
from scrapelint.io.write_batch import BATCH_FILES
from scrapelint.run.process import Settings, process_raw
from tests.corpus import run
from tests.engine.test_fix_properties import DOCUMENTS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "input"
SETTINGS = Settings(select_rules(load_rules()), fix=True, policy=Policy(detect_language=False))


def engine_output(path: Path) -> bytes:
    raw = path.read_bytes()
    report = process_raw(Source(path, None), raw, SETTINGS)
    return raw if report.output is None else report.output


@settings(max_examples=4)
@given(st.lists(DOCUMENTS, min_size=1, max_size=8))
def test_written_files_are_the_engines_cleaned_bytes(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus, out = Path(folder) / "corpus", Path(folder) / "out"
        shutil.copytree(FIXTURES, corpus)  # the fixtures ride along in every example
        # Enough files for two batches: the drawn documents, each under several names.
        for number in range(BATCH_FILES + 5):
            data = texts[number % len(texts)].encode("utf-8", "surrogatepass")
            (corpus / f"generated-{number:03d}.txt").write_bytes(data)
        result = run("fix", corpus, "--out", out, "--no-cache", "--no-language", "-q")
        assert result.exit_code in (0, 1), result.stderr
        inputs = sorted(p.relative_to(corpus) for p in corpus.rglob("*") if p.is_file())
        written = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
        assert written == inputs  # every file, and nothing else (no temporary)
        for relative in inputs:
            assert (out / relative).read_bytes() == engine_output(corpus / relative), relative
