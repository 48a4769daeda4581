"""The detector memo: the same answers as the detector, each short text detected once."""

from __future__ import annotations

from scrapelint.facts import detection_memo
from scrapelint.facts.detection_memo import MAX_CHARS, RememberingDetector
from scrapelint.facts.language import LanguageGuess, get_detector


class CountingDetector:
    """Answers by the text's first letter, and counts what it was asked."""

    name = "counting"

    def __init__(self) -> None:
        self.asked: list[str] = []

    def detect(self, text: str) -> LanguageGuess:
        self.asked.append(text)
        return LanguageGuess(text[:1] or None, 1.0, self.name)


def test_a_repeated_text_is_answered_from_memory() -> None:
    backend = CountingDetector()
    detector = RememberingDetector(backend)
    first = detector.detect("en: a cookie notice every page repeats")
    again = detector.detect("en: a cookie notice every page repeats")
    assert first == again == LanguageGuess("e", 1.0, "counting")
    assert backend.asked == ["en: a cookie notice every page repeats"]
    assert detector.name == "counting"


def test_long_texts_are_not_kept() -> None:
    backend = CountingDetector()
    detector = RememberingDetector(backend)
    sample = "x" * (MAX_CHARS + 1)
    detector.detect(sample)
    detector.detect(sample)
    assert len(backend.asked) == 2


def test_the_memo_is_emptied_when_full(monkeypatch) -> None:
    monkeypatch.setattr(detection_memo, "MAX_TEXTS", 3)
    backend = CountingDetector()
    detector = RememberingDetector(backend)
    for text in ("a", "b", "c", "d", "a"):
        detector.detect(text)
    # "d" found the memo full and emptied it, so "a" is detected again.
    assert backend.asked == ["a", "b", "c", "d", "a"]


def test_the_backends_answer_as_before_through_the_memo() -> None:
    detector = get_detector("langdetect-rs")
    text = "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto de la ciudad."
    assert isinstance(detector, RememberingDetector)
    assert detector.detect(text) == detector.detect(text)
    assert detector.detect(text).code == "es"
