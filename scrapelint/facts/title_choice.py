"""Which title an HTML page gets when its markup states one and its text prints a headline.

The markup's title (`<title>`, `og:title`) is often an SEO rewording of the printed headline
("Best Apps to Learn a Language in 2025 – Top 10 Picks" over "Top 10: Best Language Learning
App"), and the printed headline is the article's as readers see it. But the headline read on a
page's text can be a banner or a button ("Partner With Us") where the markup's title is right.
The two decide together: a headline that shares words with the markup's title is the same title
reworded, and the printed one wins; a headline that shares none is likelier a misread line, and
the markup's wins. A markup title that is the headline with the site's name after it ("Headline |
Site") is kept whole: it names both.
"""

from __future__ import annotations

from scrapelint.text.words import FUNCTION_WORDS, PLAIN_WORD_RE

# The share of the headline's content words the markup's title must hold for the two to be one
# title reworded. Chosen on DEV-modern's HTML pages with site-grouped cross-validation, a wrong
# title costing two right ones (`benchmarks/metadata.py --cv`: most folds chose .25; held out
# .836/.164 right/wrong over 2 folds, .847/.153 over 3 and 5; the markup's title alone .749/.251).
MIN_SHARED = 0.25


def choose_title(stated: str | None, printed: str | None) -> str | None:
    """The markup's title `stated` or the printed headline `printed` (either may be missing)."""
    if not stated or not printed:
        return stated or printed
    if _folded(stated).startswith(_folded(printed)):
        return stated  # "Headline | Site": the headline, and the site's name after it
    return printed if shared(stated, printed) >= MIN_SHARED else stated


def shared(stated: str, printed: str) -> float:
    """The share of the printed headline's content words that the markup's title holds."""
    words = _content_words(printed)
    return len(words & _content_words(stated)) / len(words) if words else 0.0


def _content_words(text: str) -> set[str]:
    return {w for w in PLAIN_WORD_RE.findall(text.casefold()) if w not in FUNCTION_WORDS}


def _folded(text: str) -> str:
    return " ".join(PLAIN_WORD_RE.findall(text.casefold()))
