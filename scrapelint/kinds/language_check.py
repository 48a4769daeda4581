"""`kind: language-check` — is the body in a language the corpus expects, and in one language?

Checks (`check:`): `unexpected` (the body's language is not among the configured `languages`),
`mixed` (a run of body paragraphs in another language than the document's: reported, not removed,
unless another rule says they are chrome), `undetermined` (too little text to tell).
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.facts import Facts
from scrapelint.findings import Finding
from scrapelint.kinds.facts_base import FactRule
from scrapelint.language import get_detector

# A paragraph shorter than this says too little for a per-paragraph language guess.
MIXED_MIN_CHARS = 80
# A run of this many paragraphs in another language is worth a finding; one quote is not.
MIXED_MIN_RUN = 3


class LanguageCheckRule(FactRule):
    KIND = "language-check"
    CHECKS = frozenset({"unexpected", "mixed", "undetermined"})

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
        run: list[int] = []
        lines = [line for line in facts.original.lines if len(line.text) >= MIXED_MIN_CHARS]
        kept = set(facts.cleaned.texts)
        for line in [*lines, None]:
            if line is not None and line.text in kept:
                code = detector.detect(line.text).code
                if code and code != language:
                    run.append(line.index)
                    continue
            if len(run) >= MIXED_MIN_RUN:
                yield self.meta.finding(
                    run[0], run[-1] + 1, f"{len(run)} paragraphs not in {language!r}", remove=False
                )
            run = []
