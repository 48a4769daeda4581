"""How often would the stop-word prefilter skip the detector, and where would it disagree?

usage: python benchmarks/stopword_prefilter.py [FOLDER ...]

Runs `scrapelint fix` over FOLDERs (default: the DEV and DEV-modern scraped texts) with the
prefilter switched off, recording every paragraph the mixed-language check asks the detector
about, with the document's language and the detector's answer. Then prints, for a grid of
(MIN_SHARE, MARGIN), how many detections the prefilter would skip and every paragraph it would
call the document's language where the detector says another.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "shared" / "bench"
GRID = ((0.3, 0.1), (0.3, 0.2), (0.4, 0.1), (0.4, 0.2), (0.4, 0.3), (0.5, 0.1), (0.5, 0.2))


def record(folders: list[Path]) -> list[tuple[str, str, str | None]]:
    """(paragraph, document language, detector's answer) for every detection of the check."""
    from scrapelint.cli.commands import cli
    from scrapelint.engine.kinds import language_check
    from scrapelint.facts import stopword_profile

    asked: list[tuple[str, str]] = []
    answers: dict[str, str | None] = {}
    real = language_check.get_detector

    class Recording:
        def __init__(self, detector: object) -> None:
            self.name, self._detector = detector.name, detector  # type: ignore[attr-defined]

        def detect(self, text: str) -> object:
            guess = self._detector.detect(text)  # type: ignore[attr-defined]
            answers[text] = guess.code
            return guess

    def plainly_in(text: str, language: str) -> bool:
        asked.append((text, language))
        return False

    stopword_profile.plainly_in = plainly_in  # type: ignore[assignment]
    language_check.get_detector = lambda *a, **k: Recording(real(*a, **k))  # type: ignore[assignment]
    for folder in folders:
        with tempfile.TemporaryDirectory() as tmp:
            argv = ["fix", str(folder), "--out", str(Path(tmp) / "out"), "--no-cache", "-q"]
            with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
                cli.main([*argv, "--jobs", "1"], prog_name="scrapelint", standalone_mode=False)
    return [(text, language, answers.get(text)) for text, language in asked if text in answers]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args()
    folders = args.folders or [BENCH / "dev" / "scraped", BENCH / "dev-modern" / "scraped"]
    from scrapelint.facts import stopword_profile

    plainly_in = stopword_profile.plainly_in
    rows = record(folders)
    print(f"{len(rows)} detections by the mixed-language check")
    print("by document language:", dict(Counter(lang for _, lang, _ in rows).most_common()))
    for min_share, margin in GRID:
        stopword_profile.MIN_SHARE, stopword_profile.MARGIN = min_share, margin
        skipped = [(t, lang, code) for t, lang, code in rows if plainly_in(t, lang)]
        by_language = Counter(lang for _, lang, _ in skipped)
        wrong = [(t, lang, code) for t, lang, code in skipped if code and code != lang]
        share = len(skipped) / max(len(rows), 1)
        print(f"share>={min_share} margin>={margin}: skip {len(skipped)} ({share:.0%}), "
              f"detector disagrees on {len(wrong)}")  # fmt: skip
        print(f"    skipped by document language: {dict(by_language.most_common())}")
        for text, lang, code in wrong:
            print(f"    {lang}->{code}: {text[:110]!r}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
