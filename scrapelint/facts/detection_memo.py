"""A language detector that remembers its answers for short texts, from one document to the next.

The mixed-language check (`kind: language-check`) asks for the language of each long line of a
document, a few dozen microseconds of langdetect each, and a site repeats its long lines (a cookie
notice, an author's biography, a newsletter pitch) on every page: a quarter of the lines asked
about on the DEV benches had been asked about before. Every backend answers a text the same way
each time (langdetect with its fixed seed), so an answer remembered is the answer.

The memo holds at most MAX_TEXTS answers and is emptied when full; only texts of at most
MAX_CHARS are kept (a document's sample for its own language seldom comes back). Threads may
share it: a lookup that misses because another thread emptied it only detects again.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

Guess = TypeVar("Guess")
_Answer = TypeVar("_Answer", covariant=True)


class Detecting(Protocol[_Answer]):
    """What the memo wraps: a named detector (`language.Detector`, which imports this module)."""

    @property
    def name(self) -> str: ...

    def detect(self, text: str) -> _Answer: ...


MAX_TEXTS = 4096
MAX_CHARS = 1000


class RememberingDetector(Generic[Guess]):
    """`detector`, answering a text it was asked about before from memory."""

    def __init__(self, detector: Detecting[Guess]) -> None:
        self.name = detector.name
        self._detector = detector
        self._known: dict[str, Guess] = {}

    def detect(self, text: str) -> Guess:
        known = self._known.get(text)
        if known is not None:
            return known
        guess = self._detector.detect(text)
        if len(text) <= MAX_CHARS:
            if len(self._known) >= MAX_TEXTS:
                self._known.clear()
            self._known[text] = guess
        return guess
