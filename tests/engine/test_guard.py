"""The body guard (SL001): a fix may not take away most of a document's prose.

The rules here are stand-ins that propose fixed removals, so each test says exactly which lines
are asked for and checks what the engine makes of it: refused, applied, or applied in part when
only the page-shape verdicts go too far.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.engine import apply as engine
from scrapelint.engine.guard import prose_chars
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import RuleMeta
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding, Severity

PROSE = [
    "The storm left thousands without power for two days, the utility company said on Friday.",
    "Crews worked through the night to restore the lines, and most homes had power by Sunday.",
    "The utility said it would pay for the repairs and review its storm plans before winter.",
    "Residents who lost food in their freezers can claim up to two hundred dollars in costs.",
]
GUARD = next(rule for rule in load_rules() if rule.meta.code == "SL001")
TEXT = "\n".join(["Share this on WhatsApp", *PROSE]) + "\n"


class Removes:
    """A rule that asks for the removal of the lines holding any of `needles` (a `LineRule`)."""

    key_words: frozenset[str] = frozenset()
    shape = False

    def __init__(self, code: str, needles: tuple[str, ...], category: str = "navigation") -> None:
        self.meta = RuleMeta(code, code.lower(), category, Severity.WARNING, "a stand-in rule")
        self.needles = needles

    def check(self, doc: Document, ctx: object) -> Iterator[Finding]:
        for line in doc.lines:
            if any(needle in line.text for needle in self.needles):
                yield self.meta.finding(line.index, line.index + 1, "asked")


class ShapeRemoves(Removes):
    """The same, as a verdict from the page's shape (what the article rules give)."""

    shape = True


def fix(doc: Document, rules: list) -> engine.Result:
    """`engine.fix` with the guard's own rule selected, so that its finding is reported."""
    return engine.fix(doc, [*rules, GUARD])


def guard_messages(result: engine.Result) -> list[str]:
    return [o.finding.message for o in result.outcomes if o.finding.code == "SL001"]


def test_a_fix_that_takes_most_prose_is_refused_and_reported() -> None:
    doc = Document.from_text(TEXT)
    rule = Removes("XX001", ("storm", "Crews", "utility said"))  # 3 of 4 paragraphs
    result = fix(doc, [rule])
    assert result.cleaned.text == TEXT
    assert guard_messages(result) == ["fix refused: it would remove most of the document's prose"]
    assert not any(o.fixed for o in result.outcomes)


def test_a_fix_that_keeps_most_prose_is_applied() -> None:
    doc = Document.from_text(TEXT)
    result = fix(doc, [Removes("XX001", ("Share this", "Residents"))])
    assert result.cleaned.text == "\n".join(PROSE[:3]) + "\n"
    assert guard_messages(result) == []


def test_shape_verdicts_are_set_aside_and_the_rest_applied() -> None:
    doc = Document.from_text(TEXT)
    shape = ShapeRemoves("XX001", ("storm", "Crews", "utility said", "Residents"))
    wording = Removes("XX002", ("Share this",))
    result = fix(doc, [shape, wording])
    assert result.cleaned.text == "\n".join(PROSE) + "\n"
    assert guard_messages(result) == [
        "fix partly refused: the article-shape removals would take most of the document's prose, "
        "so only the other rules' removals were applied"
    ]
    by_code = {o.finding.code: o for o in result.outcomes}
    assert by_code["XX002"].fixed and by_code["XX002"].resolved
    assert by_code["XX002"].removed[0].text == "Share this on WhatsApp\n"
    shape_outcomes = [o for o in result.outcomes if o.finding.code == "XX001"]
    assert shape_outcomes and not any(o.fixed or o.resolved for o in shape_outcomes)


class RemovesFirst(Removes):
    """A rule that asks, on every pass, for the removal of the first line left."""

    def check(self, doc: Document, ctx: object) -> Iterator[Finding]:
        first = next(line for line in doc.lines if not line.is_blank)
        yield self.meta.finding(first.index, first.index + 1, "asked")


def test_a_pass_that_would_go_too_far_stops_the_fix_and_says_so() -> None:
    doc = Document.from_text("\n".join(["Share this on WhatsApp", *PROSE[:3]]) + "\n")
    result = fix(doc, [RemovesFirst("XX001", ())])
    assert result.cleaned.text == PROSE[2] + "\n"  # the first three passes stand
    assert guard_messages(result) == [
        "fix stopped: a further pass would remove most of the document's prose; the removals of "
        "the passes before it stand"
    ]


def test_refused_when_the_other_rules_still_take_most_prose() -> None:
    doc = Document.from_text(TEXT)
    shape = ShapeRemoves("XX001", ("Share this",))
    wording = Removes("XX002", ("storm", "Crews", "utility said"))
    result = fix(doc, [shape, wording])
    assert result.cleaned.text == TEXT
    assert guard_messages(result) == ["fix refused: it would remove most of the document's prose"]


def test_a_recognised_comment_thread_is_not_counted_as_prose() -> None:
    doc = Document.from_text(TEXT)
    thread = Removes("XX003", ("Crews", "utility said", "Residents"), category="comments")
    result = fix(doc, [thread])
    assert result.cleaned.text == "Share this on WhatsApp\n" + PROSE[0] + "\n"
    assert guard_messages(result) == []


def test_an_ignored_guard_rule_still_refuses_but_reports_nothing() -> None:
    doc = Document.from_text(TEXT)
    result = engine.fix(doc, [Removes("XX001", ("storm", "Crews", "utility said"))])
    assert result.cleaned.text == TEXT
    assert guard_messages(result) == []


CHINESE = [
    "北京市政府周二宣布，将在未来三年内投资约两百亿元，用于改善城市公共交通系统。",
    "根据计划，地铁网络将新增四条线路，总长度超过一百二十公里，预计二〇二八年全部建成通车。",
    "市交通委员会负责人在新闻发布会上表示，新线路将重点覆盖城市北部和东部的新兴居住区。",
    "专家指出，如何在施工期间减少对居民生活的影响，将是这一计划面临的主要挑战。",
]


def test_chinese_and_japanese_paragraphs_are_prose_though_written_without_spaces() -> None:
    japanese = "毎朝、主要ニュースをメールでお届けします。"
    doc = Document.from_text("\n".join([*CHINESE, "首页", japanese]))
    counted = [prose_chars(line) for line in doc.lines]
    assert counted[: len(CHINESE)] == [len(text) for text in CHINESE]
    assert counted[len(CHINESE)] == 0  # a menu item of two characters
    assert counted[-1] > 0


def test_a_chinese_page_loses_its_chrome_not_its_article() -> None:
    chrome = ["We use cookies to improve your experience. Accept all | Reject | Manage preferences"]
    menu = ["* 首页", "* 新闻", "* 国内", "* 国际", "* 财经", "* 体育"]
    footer = ["* 关于我们", "* 联系我们", "* 隐私政策", "* Cookie 设置", "© 2025 杭州日报 版权所有"]
    text = "\n\n".join([*chrome, *menu, *CHINESE, *footer]) + "\n"
    result = engine.fix(Document.from_text(text), load_rules())
    assert "SL001" not in {o.finding.code for o in result.outcomes}
    kept = [line.text for line in result.cleaned.lines if line.text]
    assert [text for text in kept if text in CHINESE] == CHINESE
    # The menu and footer lines touching the body are only reported (position alone is weak).
    assert not {chrome[0], menu[0], footer[-1]} & set(kept)


class RemovesMost(Removes):
    """A rule that asks, on every pass, for seven tenths of the lines left: each pass alone is
    let through, and together they would take nearly all."""

    def check(self, doc: Document, ctx: object) -> Iterator[Finding]:
        lines = [line for line in doc.lines if not line.is_blank]
        for line in lines[: len(lines) * 7 // 10]:
            yield self.meta.finding(line.index, line.index + 1, "asked")


def test_passes_that_take_most_of_the_prose_between_them_are_all_refused() -> None:
    text = "\n".join(f"{PROSE[n % len(PROSE)]} ({n})" for n in range(12)) + "\n"
    result = fix(Document.from_text(text), [RemovesMost("XX001", ())])
    assert result.cleaned.text == text  # no pass stands: a second fix would be refused alike
    assert guard_messages(result) == ["fix refused: it would remove most of the document's prose"]
    assert not any(o.fixed or o.resolved for o in result.outcomes if o.finding.code == "XX001")
