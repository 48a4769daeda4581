"""The stop-word prefilter of the mixed-language check: who is spared the detector, who is not."""

from __future__ import annotations

import pytest

from scrapelint.engine.kinds import language_check
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import document_rules
from scrapelint.facts import stopword_profile
from scrapelint.facts.policy import Policy
from scrapelint.facts.stated import Stated
from scrapelint.facts.stopword_profile import PREFILTERED, plainly_in, stop_words
from scrapelint.run.process import clean_document
from scrapelint.text.document import Document
from scrapelint.text.pieces import LONG_LINE

ENGLISH = (
    "Troops entered the town on Friday after a week of fighting, the army said in a statement "
    "on Saturday morning, and it was the first time in years that they had been there.",
    "The operation began a week ago and met little resistance in its final days, and officers "
    "told reporters that it would be over by the end of the month if the weather held.",
    "Civilians who fled the fighting are expected to return once the roads have been cleared of "
    "explosives, which is not likely to be done before the end of the year, they said.",
)
GERMAN = (
    "Die Regierung kündigte am Montag an, die Steuern für kleine Unternehmen im kommenden Jahr "
    "deutlich zu senken, und die Opposition kritisierte den Plan.",
    "Die Opposition kritisierte den Plan und forderte mehr Geld für die Schulen und die "
    "Krankenhäuser in den Städten, die seit Jahren auf eine Reform warten.",
    "Der Finanzminister sagte, die Maßnahmen würden das Wachstum stärken und neue Arbeitsplätze "
    "schaffen, auch wenn die Kosten erst in einigen Jahren sichtbar würden.",
)


def test_every_vocabulary_language_has_a_stoplist() -> None:
    assert set(stop_words()) >= PREFILTERED


@pytest.mark.parametrize("text", ENGLISH)
def test_an_english_paragraph_is_plainly_english_and_nothing_else(text: str) -> None:
    assert plainly_in(text, "en")
    assert not any(plainly_in(text, code) for code in PREFILTERED - {"en"})


@pytest.mark.parametrize("text", GERMAN)
def test_a_german_paragraph_is_not_plainly_english(text: str) -> None:
    assert not plainly_in(text, "en")


def test_few_words_or_a_language_without_a_list_decide_nothing() -> None:
    assert not plainly_in("the of and to in the of and", "en")  # under MIN_WORDS
    assert not plainly_in(ENGLISH[0], "zz")


class CountingDetector:
    """The real detector, counting the texts it is asked about."""

    def __init__(self, detector) -> None:
        self.name, self._detector, self.asked = detector.name, detector, []

    def detect(self, text: str):
        self.asked.append(text)
        return self._detector.detect(text)


def test_the_detector_is_asked_only_about_paragraphs_not_plainly_in_the_documents_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rule = next(r for r in document_rules(load_rules()) if r.meta.code == "LG002")
    real = language_check.get_detector
    counting: list[CountingDetector] = []

    def get_detector(*args, **kwargs) -> CountingDetector:
        counting.append(CountingDetector(real(*args, **kwargs)))
        return counting[-1]

    monkeypatch.setattr(language_check, "get_detector", get_detector)
    text = "\n\n".join(ENGLISH * 2 + GERMAN) + "\n"
    result, _ = clean_document(Document.from_text(text), (rule,), Policy(), Stated(None))
    asked = [t for detector in counting for t in detector.asked]
    assert not set(asked) & set(ENGLISH)  # in the document's language: no detector
    assert set(asked) & set(GERMAN)  # foreign: still detected ...
    findings = [o.finding for o in result.outcomes if o.finding.code == "LG002"]
    assert len(findings) == 1 and "3 paragraphs not in 'en'" in findings[0].message  # ... reported


def _plainly_in_by_every_share(text: str, language: str) -> bool:
    """`plainly_in` as first written: every other language's share over all the words."""
    lists = stop_words()
    tokens = stopword_profile.words(text)
    if language not in PREFILTERED or len(tokens) < stopword_profile.MIN_WORDS:
        return False
    own = _share(tokens, lists[language])
    if own < stopword_profile.MIN_SHARE:
        return False
    ceiling = own - stopword_profile.MARGIN
    others = (words for code, words in lists.items() if code != language)
    return all(_share(tokens, words) <= ceiling for words in others)


def _share(tokens: list[str], stoplist: frozenset[str]) -> float:
    return sum(map(stoplist.__contains__, tokens)) / len(tokens) if tokens else 0.0


MIXED = (
    *ENGLISH,
    *GERMAN,
    "O governo anunciou na segunda-feira que vai baixar os impostos das pequenas empresas no "
    "próximo ano, e a oposição criticou o plano por ser tardio e pouco ambicioso.",
    "The plan, der Regierung zufolge, would cut taxes, und die Opposition said it was de trop.",
    # A page on one line, read a piece at a time: the same answer as read whole.
    " ".join(ENGLISH * 400),
    " ".join([*ENGLISH, *GERMAN] * 300),
)


@pytest.mark.parametrize("text", MIXED)
@pytest.mark.parametrize("language", sorted(PREFILTERED))
def test_counting_only_the_other_lists_words_gives_the_same_answer(
    text: str, language: str
) -> None:
    assert plainly_in(text, language) == _plainly_in_by_every_share(text, language)
    if len(text) > LONG_LINE:
        assert plainly_in(text, "en") == (text.count(GERMAN[0]) == 0)
