"""Each rule's junk, injected into real articles where such junk stands, is removed, and only it.

Hypothesis builds an article from real DEV sentences (`tests.strategies`), puts one junk run taken
from a rule's own fail example (the lines its `fixed` text drops) at the head, at the tail or
between two paragraphs, as the rule's `where` allows, and fixes the text with all default rules:
the article must come back. A pass example put between two paragraphs must come through whole.

"Comes back" is compared after this blank-line normalisation, and nothing else: line endings are
dropped, every run of blank (or whitespace-only) lines counts as one blank line, and blank lines at
the very start and end are ignored. Whether a text ends in a newline is a property of its last line,
and junk put at the tail takes that place; the engine tests hold endings and blank runs exactly.

The articles here carry no bullet list: junk between the first paragraph under a headline and
a paragraph followed by a bullet list still cuts the headline and first paragraph off (the prose
after the junk does not run on over two flowing blocks, see `bridges.bridges`), which would hide
what each rule does.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scrapelint.engine import apply as engine
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.text.document import Document
from tests.strategies import HEADLINES, SENTENCES, Article, articles, junk_groups, render

RULES = select_rules(load_rules())
INJECTED_KINDS = ("phrase", "pattern")
HEAD, BETWEEN, TAIL = "head", "between", "tail"
# Where a rule's `where` lets its junk stand. A phrase that takes the rest of the text with it
# (`extend: to-end`, a comment widget) only ever opens the tail, and a box of cards (`extend:
# cards`) is only taken where it closes the article.
POSITIONS = {
    "anywhere": (HEAD, BETWEEN, TAIL),
    "outside-body": (HEAD, TAIL),
    "edge-or-outside": (HEAD, TAIL),
    "head": (HEAD,),
    "tail": (TAIL,),
    "body": (BETWEEN,),
    "closing": (TAIL,),
    "extracted-closing": (TAIL,),
    "last-lines": (TAIL,),
}
# Articles on which junk between paragraphs once cut the body apart (hypothesis tries them first):
# a lone junk line made the locator start the body after it (RUSSIAN: a headline, then the first
# paragraph) or end it before it (GERMAN, and SHORT_LAST with its short last paragraph).
GERMAN = Article(blocks=tuple((s,) for s in SENTENCES["de"][:3]), language="de")
TITLED = Article(blocks=((HEADLINES["en"][0],), *((s,) for s in SENTENCES["en"][:3])), titled=True)
# A headline that asks a question (the dev profile drew one under an injected legal link).
ASKING = Article(
    blocks=(
        ("Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?",),
        *((s,) for s in SENTENCES["en"][:3]),
    ),
    titled=True,
)
SHORT_LAST = Article(
    blocks=(
        ("The Afghan government has ruled out Taliban involvement in the latest incident.",),
        (
            "The police had invited only Melaye and Murray-Bruce to appear before the Federal "
            "Capital Territory Command over alleged assaults on its men and destruction of its "
            "property.",
        ),
        (
            "Authorities in western Mongolia, which is close to the Russian frontier, instituted a "
            "quarantine to prevent the disease from spreading.",
        ),
        ("So, there's reason -- lots of it! -- to wonder.",),
    )
)
RUSSIAN = Article(
    blocks=(
        ("Скайрим (skyrim) скорость бега как увеличить",),
        (
            "Мы лучше изучаем нормативы бега в реальной жизни, да и полезнее для здоровья. На "
            "протяжении двух первых недель количество углеводов не должно превышать 20 грамм в "
            "сутки.",
        ),
        (
            "То,что вы поставите такая скорость у Вас и будет, стоит отменить, что показатель не "
            "прибавится, а именно таковым и станет. Как только достигните оптимального для вас "
            "веса можно понемногу добавлять в меню углеводные продукты - пока вес не начнет "
            "увеличиваться - это и будет ваш индивидуальный уровень углеводов (максимальный "
            "именно для вас).",
        ),
        (
            "Каждый раз при переходе на очередной левел игры, смотрите настройки. Диета Аткинса "
            "высокоэффективная - следуя ее рекомендациям, вы медленно, но верно будете сбрасывать "
            "вес до нормы.",
        ),
    ),
    language="ru",
    titled=True,
)
# (rule code, position) -> why the article does not come back, as found by this test (strict xfail).
# (None now: a first paragraph the body starts below sits at its edge, and is only reported.)
KNOWN_FAILURES: dict[tuple[str, str], str] = {}
FEWER = settings(max_examples=max(6, settings.default.max_examples // 6))


def positions(rule) -> tuple[str, ...]:
    if getattr(rule, "extend", "none") in ("to-end", "cards"):
        return (TAIL,)
    return POSITIONS[rule.where]


def junk_of(rule) -> tuple[tuple[str, ...], ...]:
    return tuple(
        group
        for case in rule.meta.fail_examples
        if case.fixed is not None
        for group in junk_groups(case.text, case.fixed)
    )


def injected_cases() -> list:
    cases = []
    for rule in RULES:
        if rule.meta.kind not in INJECTED_KINDS or not junk_of(rule):
            continue
        for position in positions(rule):
            reason = KNOWN_FAILURES.get((rule.meta.code, position))
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            cases.append(
                pytest.param(rule, position, id=f"{rule.meta.code}-{position}", marks=marks)
            )
    return cases


def pass_cases() -> list:
    return [
        pytest.param(rule, number, id=f"{rule.meta.code}-pass{number}")
        for rule in RULES
        if rule.meta.kind in INJECTED_KINDS
        for number in range(len(rule.meta.pass_examples))
    ]


def normalise(text: str) -> tuple[str, ...]:
    lines: list[str] = []
    for line in Document.from_text(text).texts:
        if line.strip():
            lines.append(line)
        elif lines and lines[-1]:
            lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return tuple(lines)


def insertion_points(article: Article, position: str) -> range:
    """Where in the article's blocks junk may go; "between" is between two paragraphs."""
    if position == HEAD:
        return range(1)
    if position == TAIL:
        return range(len(article.blocks), len(article.blocks) + 1)
    return range(2 if article.titled else 1, len(article.blocks))


def blocks_of(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(doc_line.text for doc_line in doc.lines[block.start : block.end])
        for doc in [Document.from_text(text)]
        for block in doc.blocks
    )


def fix(text: str) -> engine.Result:
    return engine.fix(Document.from_text(text), RULES)


@pytest.mark.parametrize(("rule", "position"), injected_cases())
@FEWER
@given(article=articles(bullets=False))
@example(article=GERMAN)
@example(article=TITLED)
@example(article=ASKING)
@example(article=SHORT_LAST)
@example(article=RUSSIAN)
def test_injected_junk_is_removed(rule, position: str, article: Article) -> None:
    """Every junk run of the rule, at every place `position` allows in this article.

    A lone link line over a question is only reported (`PhraseRule._heads_questions`: an FAQ's
    heading looks the same), so over a headline that asks one it must be found, not removed."""
    for junk in junk_of(rule):
        for at in insertion_points(article, position):
            blocks = list(article.blocks)
            blocks.insert(at, junk)
            text = render(tuple(blocks), article.ending, article.final_newline)
            result = fix(text)
            if _heads_a_question(rule, blocks, at, junk):
                found = {
                    o.finding.line for o in result.outcomes if o.finding.code == rule.meta.code
                }
                assert len(found) >= len(junk), (junk, at)
                continue
            assert normalise(result.cleaned.text) == normalise(article.text), (junk, at)


def _heads_a_question(rule, blocks: list, at: int, junk: tuple[str, ...]) -> bool:
    """Whether the junk is lone link lines just over a line that asks a question."""
    lone = getattr(rule, "match", "") == "line" and getattr(rule, "where", "") == "outside-body"
    after = blocks[at + 1][0].rstrip() if at + 1 < len(blocks) else ""
    return lone and getattr(rule, "extend", "") == "none" and after.endswith(("?", "？"))


@pytest.mark.parametrize(("rule", "number"), pass_cases())
@FEWER
@given(data=st.data())
def test_injected_pass_example_is_kept(rule, number: int, data) -> None:
    article = data.draw(articles(bullets=False), label="article")
    example = blocks_of(rule.meta.pass_examples[number].text)
    blocks = list(article.blocks)
    at = data.draw(st.sampled_from(insertion_points(article, BETWEEN)))
    first = sum(len(block) + 1 for block in blocks[:at])
    blocks[at:at] = example
    last = first + sum(len(block) + 1 for block in example) - 1
    text = render(tuple(blocks), article.ending, article.final_newline)
    result = fix(text)
    removed = {
        i for o in result.outcomes for span in o.removed for i in range(span.start, span.end)
    }
    assert not removed & set(range(first, last)), "a line of the pass example was removed"
