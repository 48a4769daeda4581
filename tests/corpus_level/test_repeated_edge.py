"""RP001 at the body's edge: a repeated line the locator's title or byline stands between it and
the body is away from the edge, so it goes in the first pass rather than once its neighbours are
gone; one right at the body's edge (a site's sign-off) is only reported."""

from __future__ import annotations

from pathlib import Path

from scrapelint.corpus.learn import LearnOptions, learn
from scrapelint.engine import passes
from scrapelint.engine.corpus_rules import bind_table
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.run.process import clean_document
from scrapelint.text.document import Document
from tests.engine.test_rule_examples import POLICY

STORIES = (
    "The bridge over the river reopened on Friday after two years of repairs, and the first "
    "buses crossed it before dawn. Drivers said the detour had added half an hour to the trip.",
    "The school board met on Tuesday to discuss the new budget, which cuts spending on repairs "
    "by a tenth. Parents asked the board to keep the music classes that the plan would end.",
    "A storm cut power to thousands of homes on Sunday night, and crews worked until morning to "
    "restore it. The utility said most customers would have power again by the afternoon.",
    "The council approved the budget on Monday after a long debate about the cost of the new "
    "library. The mayor said the building would open to readers in the spring of next year.",
)


def page(number: int, story: str) -> str:
    head = "Home | News | Sport | Business | Daily Example"
    chrome = f"Sign up for the Daily Example newsletter\nPosted {number} March 2021 | 3 comments"
    return f"{head}\n{chrome}\n\n{story}\n\nFollow Daily Example on social media\n"


def test_chrome_beyond_the_title_goes_in_the_first_pass(tmp_path: Path, monkeypatch) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for number, story in enumerate(STORIES, start=1):
        (site / f"{number:03}.txt").write_text(page(number, story), encoding="utf-8")
    table = tmp_path / "boilerplate.db"
    learn([site], table, LearnOptions())
    rules = bind_table(select_rules(load_rules()), table)
    counted = []
    apply_pass = passes.FixPasses.apply_pass
    monkeypatch.setattr(
        passes.FixPasses, "apply_pass", lambda self, r: counted.append(1) or apply_pass(self, r)
    )
    path = site / "004.txt"
    result, _ = clean_document(Document.from_text(path.read_text(), str(path)), rules, POLICY)
    kept = result.cleaned.texts
    assert "Home | News | Sport | Business | Daily Example" not in kept
    assert "Follow Daily Example on social media" in kept  # at the body's edge: reported only
    assert STORIES[3] in kept
    repeated = {o.finding.line: o.fixed for o in result.outcomes if o.finding.code == "RP001"}
    # The menu line is the site's own (RP001 finds it); the one-line menu rule (NV003) may take it.
    assert 0 in repeated and not repeated[6]
    assert len(counted) == 2  # one pass removes, the next finds nothing more
