"""Pages in fifteen languages (`fixtures/languages`): the article stays whole in every one."""

from __future__ import annotations

import pytest

from scrapelint.api import Linter
from tests.language_pages import ARTICLE, Page, kept_lines, read_pages

LINTER = Linter()
PAGES = read_pages()


def test_every_language_of_the_set_is_there() -> None:
    assert len({page.language for page in PAGES}) == 15 and len(PAGES) == 48


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_no_line_of_the_article_is_removed(page: Page) -> None:
    kept = kept_lines(page, LINTER.fix(page.text).text)
    lost = [
        line
        for line, tag, k in zip(page.lines, page.tags, kept, strict=True)
        if tag in ARTICLE and not k
    ]
    assert lost == []


@pytest.mark.parametrize(
    "page", [p for p in PAGES if p.name.endswith("_clean")], ids=lambda p: p.name
)
def test_a_page_of_nothing_but_the_article_loses_at_most_its_dateline_and_byline(
    page: Page,
) -> None:
    kept = kept_lines(page, LINTER.fix(page.text).text)
    removed = {tag for tag, k in zip(page.tags, kept, strict=True) if tag is not None and not k}
    assert removed <= {"DL", "BY"}
