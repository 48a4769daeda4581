"""`kind: language-check` — is the body in a language the corpus expects, and in one language?

Checks (`check:`): `unexpected` (the body's language is not among the configured `languages`),
`mixed` (a run of body paragraphs in another language than the document's: reported, not removed,
unless another rule says they are chrome), `undetermined` (too little text to tell).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from scrapelint.engine.kinds.facts_base import Check, FactRule
from scrapelint.engine.options import option
from scrapelint.facts import stopword_profile
from scrapelint.facts.document_facts import Facts
from scrapelint.facts.language import get_detector
from scrapelint.text.findings import Finding

# A paragraph shorter than this says too little for a per-paragraph language guess.
MIXED_MIN_CHARS = 80
# A run of this many paragraphs in another language is worth a finding; one quote is not.
MIXED_MIN_RUN = 3


@dataclass(frozen=True, eq=False, kw_only=True)
class LanguageCheckRule(FactRule):
    KIND = "language-check"

    def _unexpected(self, facts: Facts) -> Iterator[Finding]:
        language, expected = facts.meta.language, facts.policy.languages
        if language and expected and language not in expected:
            yield self.report(0, f"body is in {language!r}, expected one of {list(expected)}")

    def _undetermined(self, facts: Facts) -> Iterator[Finding]:
        if facts.policy.detect_language and facts.meta.language is None:
            yield self.report(0, "too little text to tell the language")

    def _mixed(self, facts: Facts) -> Iterator[Finding]:
        language = facts.meta.language
        if not language:
            return
        detector = get_detector(facts.policy.language_detector)
        lines = [line for line in facts.original.lines if len(line.text) >= MIXED_MIN_CHARS]
        kept = set(facts.cleaned.texts)

        @cache
        def foreign(position: int) -> bool:
            """Line `position` of `lines` stays in the cleaned text and is in another language."""
            text = lines[position].text
            if text not in kept or stopword_profile.plainly_in(text, language):
                return False
            code = detector.detect(text).code
            return bool(code) and code != language

        for start, end in foreign_runs(len(lines), foreign):
            yield self.meta.finding(
                lines[start].index,
                lines[end - 1].index + 1,
                f"{end - start} paragraphs not in {language!r}",
                remove=False,
            )

    CHECKS: ClassVar[Mapping[str, Check]] = {
        "unexpected": _unexpected,
        "mixed": _mixed,
        "undetermined": _undetermined,
    }
    check_name: str = option(
        "mixed", key="check", choices=frozenset(CHECKS), doc="which language check the rule makes"
    )


def foreign_runs(count: int, foreign: Callable[[int], bool]) -> Iterator[tuple[int, int]]:
    """The maximal runs `start, end` of at least MIXED_MIN_RUN positions where `foreign` holds.

    Every such run covers a multiple of MIXED_MIN_RUN, so only those positions are tested first
    and a run is grown from a foreign one: a document in one language costs a third of the
    detections. (Detection is deterministic, so skipping some changes no other answer.)
    """
    end = 0  # runs found so far end before this
    for probe in range(0, count, MIXED_MIN_RUN):
        if probe < end or not foreign(probe):
            continue
        start = probe
        while start > 0 and foreign(start - 1):
            start -= 1
        end = probe + 1
        while end < count and foreign(end):
            end += 1
        if end - start >= MIXED_MIN_RUN:
            yield start, end
