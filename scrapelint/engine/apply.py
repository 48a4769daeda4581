"""The engine as its callers use it: lint a document, fix it, judge its facts, and what comes back.

Each lives in its own module (`lint`, `fix` with its `passes`, `judge`, `result`); this one gathers
them under one name, `from scrapelint.engine import apply as engine`, for the run, the API, the
benchmarks and the tests.
"""

from __future__ import annotations

from scrapelint.engine.fix import MAX_FIX_PASSES, fix
from scrapelint.engine.judge import judge
from scrapelint.engine.lint import gate_literals, key_words, lint
from scrapelint.engine.result import Outcome, Result

__all__ = [
    "MAX_FIX_PASSES",
    "Outcome",
    "Result",
    "fix",
    "gate_literals",
    "judge",
    "key_words",
    "lint",
]
