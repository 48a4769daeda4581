"""Each kind declares its YAML options once: loading, errors and `scrapelint rule` come from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapelint.engine.kinds import KINDS, FactRule, kind_options
from scrapelint.engine.kinds.phrase import PhraseRule
from scrapelint.engine.packs import load_rule_file, load_rules
from scrapelint.engine.spec import SpecError
from scrapelint.locate.context import Context
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.document import Document

HEAD = "code: XX001\ncategory: footer\nrationale: r\n"
PHRASE = HEAD + "kind: phrase\nphrases: [subscribe now]\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rule.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_option_of_every_kind_is_documented_with_a_type(kind: str) -> None:
    docs = kind_options(kind)
    keys = [doc.key for doc in docs]
    assert keys[:2] == ["message", "where"]
    assert len(set(keys)) == len(keys)
    assert all(doc.doc and doc.type for doc in docs)


def test_an_unset_option_takes_its_declared_default(tmp_path: Path) -> None:
    rule = load_rule_file(write(tmp_path, PHRASE))
    assert isinstance(rule, PhraseRule)
    assert (rule.max_words, rule.extend, rule.match, rule.where) == (12, "none", "line", "anywhere")
    assert rule.message == "rule"  # the slug (the file's name), in words


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ("max-word: 3\n", "max-word"),  # unknown key
        ("max-words: three\n", "max-words"),  # wrong type
        ("max-words: true\n", "max-words"),  # a bool is no integer
        ("extend: forever\n", "extend"),  # not one of the choices
        ("where: sidebar\n", "where"),
        ("phrases: {en: subscribe}\n", "phrases"),  # a group that is not a list
        ("closes-story: true\n", "closes-story"),  # only with extend: to-end
    ],
)
def test_a_bad_option_is_an_error_naming_file_and_key(tmp_path: Path, extra: str, key: str) -> None:
    text = HEAD + "kind: phrase\n" if extra.startswith("phrases") else PHRASE
    path = write(tmp_path, text + extra)
    with pytest.raises(SpecError) as raised:
        load_rule_file(path)
    assert raised.value.source == str(path)
    assert raised.value.key == key


def test_a_missing_required_option_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + "kind: pattern\n")
    with pytest.raises(SpecError) as raised:
        load_rule_file(path)
    assert raised.value.key == "pattern"


def test_a_pattern_that_is_no_regular_expression_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + "kind: pattern\npattern: '(unclosed'\n")
    with pytest.raises(SpecError) as raised:
        load_rule_file(path)
    assert raised.value.key == "pattern"


def test_a_fact_kind_takes_only_its_own_checks(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + "kind: date-check\ncheck: not-a-name\n")
    with pytest.raises(SpecError) as raised:
        load_rule_file(path)
    assert raised.value.key == "check"
    rule = load_rule_file(write(tmp_path, HEAD + "kind: attribution-check\ncheck: not-a-name\n"))
    assert rule.meta.kind == "attribution-check"


def test_every_fact_check_named_in_a_pack_has_a_method() -> None:
    fact_rules = [rule for rule in load_rules() if isinstance(rule, FactRule)]
    assert fact_rules
    for rule in fact_rules:
        assert callable(rule.CHECKS[rule.check_name])


@pytest.mark.parametrize(("min_words", "found"), [("", False), ("min-words: 0\n", True)])
def test_a_pattern_sees_a_line_without_words_only_when_told_to(
    tmp_path: Path, min_words: str, found: bool
) -> None:
    """A glyph alone on a line ("×") has no word: a pattern rule passes it over unless its
    `min-words` is 0; a blank line is never matched."""
    text = HEAD + "kind: pattern\npattern: '^(?:×|)$'\nrequires: ['×']\n" + min_words
    rule = load_rule_file(write(tmp_path, text))
    doc = Document.from_text("Rain is expected on Monday.\n\n×\n\nMore rain on Tuesday.\n")
    lines = [f.line for f in rule.check(doc, Context(doc))]
    assert lines == ([2] if found else [])


@pytest.mark.parametrize(
    ("below", "spans"),
    [
        (["Discussion about this post", "Great post, thanks."], [(2, 2), (4, 5)]),
        (["Your Name", "Your Email", "Your Comment"], [(2, 6)]),
    ],
)
def test_a_button_opens_the_thread_only_when_no_heading_stands_below_it(
    tmp_path: Path, below: list[str], spans: list[tuple[int, int]]
) -> None:
    """A `buttons` label ("Leave a comment") with a thread's heading below it goes alone; with
    none (a comment form under it), it opens the thread as any of the phrases does."""
    options = "phrases: [leave a comment, discussion about this post]\nbuttons: [leave a comment]\n"
    rule = load_rule_file(write(tmp_path, HEAD + "kind: thread-start\n" + options))
    article = "Rain is expected on Monday, the forecasters said in their morning report."
    doc = Document.from_text("\n".join([article, "", "Leave a comment", "", *below]) + "\n")
    found = [(f.line, f.end_line) for f in rule.check(doc, Context(doc))]
    assert found == spans


def test_a_button_inside_the_article_is_reported_and_the_thread_opens_further_down(
    tmp_path: Path,
) -> None:
    """A `buttons` label inside the located article with more of its prose after it than before
    ("Yorum yap" in a share bar under the lede) is only reported, alone; the same label after the
    story still opens the thread."""
    options = "phrases: [yorum yap]\nbuttons: [yorum yap]\n"
    rule = load_rule_file(write(tmp_path, HEAD + "kind: thread-start\n" + options))
    lede = "Rents in the city rose by almost half in a year, the listings of October show."
    story = [
        f"Paragraph {n} of the story goes on about the rents of each district, and what the "
        "tenants who spoke to us pay for two rooms near the new metro line."
        for n in "abcd"
    ]
    lines = [lede, "", "Yorum yap", "", *[x for p in story for x in (p, "")]]
    doc = Document.from_text("\n".join([*lines, "Yorum yap", "", "Kemal: nice."]) + "\n")
    found = [(f.line, f.end_line, f.confidence >= REMOVE_AT) for f in rule.check(doc, Context(doc))]
    assert found == [(2, 2, False), (12, 14, True)]
