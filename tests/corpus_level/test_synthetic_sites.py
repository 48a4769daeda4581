"""On a generated corpus of a few sites, each printing its own chrome on every page, the learned
table finds all the chrome and never takes an article line: by default it removes what stands away
from the body and reports what touches it (a site's sign-off stands there too); `--aggressive`
removes all the chrome outside the located body."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrapelint.corpus.learn import LearnOptions, learn
from scrapelint.engine import apply as engine
from scrapelint.engine.corpus_rules import bind_table
from scrapelint.engine.packs import load_rules
from scrapelint.locate.context import Context
from scrapelint.locate.line_memo import LineMemo
from scrapelint.text.confidence import AGGRESSIVE_AT
from scrapelint.text.document import Document
from tests.strategies import SENTENCES

REPEATED = tuple(rule for rule in load_rules() if rule.meta.code == "RP001")
CHROME = (
    "Home | News | Sport | Business | Culture",
    "Follow {site} on Twitter and Facebook",
    "© 2024 {site} Media Group. All rights reserved.",
    "Sign up for the {site} morning briefing",
    "Posted in World News | 3 comments",
    "Advertise with {site} | Contact | Careers",
    "Most popular on {site}",
)


@st.composite
def sites(draw) -> list[tuple[str, list[str], list[str], list[list[str]]]]:
    """(name, head chrome, tail chrome, articles) per site; no sentence is in two articles."""
    count = draw(st.integers(2, 3))
    names = [f"Site{n}" for n in range(count)]
    sizes = [draw(st.integers(3, 6)) for _ in names]
    paragraphs = [[draw(st.integers(2, 4)) for _ in range(size)] for size in sizes]
    needed = sum(sum(p) for p in paragraphs)
    pool = draw(st.permutations(SENTENCES["en"]))[:needed]
    result, at = [], 0
    for name, lengths in zip(names, paragraphs, strict=True):
        chrome = [line.format(site=name) for line in draw(st.permutations(CHROME))]
        split = draw(st.integers(1, len(chrome) - 1))
        articles = []
        for length in lengths:
            articles.append(list(pool[at : at + length]))
            at += length
        result.append((name, chrome[:split], chrome[split:4], articles))
    return result


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sites())
def test_the_chrome_goes_and_no_article_line_does(corpus) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        pages = []
        for name, head, tail, articles in corpus:
            (root / name).mkdir()
            for number, article in enumerate(articles):
                path = root / name / f"{number}.txt"
                path.write_text("\n\n".join([*head, *article, *tail]) + "\n", encoding="utf-8")
                pages.append((path, set(head + tail), article))
        learn([root], root / "table.db", LearnOptions())
        rules = bind_table(REPEATED, root / "table.db")
        for path, chrome, article in pages:
            doc = Document.from_text(path.read_text(encoding="utf-8"), str(path))
            result = engine.fix(doc, rules)
            found = {doc.lines[o.finding.line].text for o in result.outcomes}
            assert chrome <= found, path
            assert set(article) <= set(result.cleaned.texts), path
            aggressive = engine.fix(doc, rules, remove_at=AGGRESSIVE_AT).cleaned.texts
            assert not outside_body(doc) & chrome & set(aggressive), path
            assert set(article) <= set(aggressive), path


def outside_body(doc: Document) -> set[str]:
    """The texts of the lines the article locator places outside the body (chrome it took into
    the body is only reported, as a repeated line there may be the article's)."""
    ctx = Context(doc, LineMemo(), frozenset())
    return {line.text for line in doc.lines if ctx.is_at(line.index, "outside-body")}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sites(), st.data())
def test_counts_remembered_across_passes_find_what_a_fresh_lookup_finds(corpus, data) -> None:
    """A fix pass reads a subset of the lines the last one read, with the memo of the passes
    before: the findings are those of a fresh reading of the same text, whatever lines went."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        name, head, tail, articles = corpus[0]
        (root / name).mkdir()
        for number, article in enumerate(articles):
            text = "\n\n".join([*head, *article, *tail]) + "\n"
            (root / name / f"{number}.txt").write_text(text, encoding="utf-8")
        learn([root], root / "table.db", LearnOptions())
        rules = bind_table(REPEATED, root / "table.db")
        path = root / name / "0.txt"
        doc = Document.from_text(path.read_text(encoding="utf-8"), str(path))
        memo = LineMemo()
        engine.lint(doc, rules, memo)
        gone = data.draw(st.sets(st.sampled_from(range(len(doc.lines)))))
        later = doc.without(gone)
        assert engine.lint(later, rules, memo) == engine.lint(later, rules, LineMemo())
