"""The word share over which an HTML page's printed headline beats its markup's title, chosen with
site-grouped cross-validation.

Used by `benchmarks/metadata.py --cv`. For each saved DEV-modern page: its site, the markup's
title, the headline printed on its text (when sure enough) and the gold title. A share is chosen
on one fold's sites to maximise right - WRONG_COST * wrong (`title_threshold.WRONG_COST`), then
scored on the other fold's sites (no site in both); held-out figures are summed over the folds.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import title_threshold

from scrapelint.facts import title_choice
from scrapelint.facts.html_meta import printed
from scrapelint.io.formats import parse
from scrapelint.locate.article import locate_article

GRID = tuple(x / 20 for x in range(0, 15))

# One page: (site, markup title, printed headline, gold title).
Page = tuple[str, str | None, str | None, str]


def pages_of(
    root: Path, ids: Mapping[str, str], meta: Mapping, site: Mapping[str, str]
) -> list[Page]:
    """`ids`: the saved page's name -> its page document's id ("mod-0010" -> "mod-page-0010")."""
    found = []
    for page, doc_id in sorted(ids.items()):
        if not meta[doc_id].get("title"):
            continue
        path = root / "html" / f"{page}.html.gz"
        parsed = parse(str(path.with_suffix("")), gzip.decompress(path.read_bytes()))
        article = locate_article(parsed.page)
        headline = printed(parsed.page, (article.start, article.end)).get("headline")
        stated = (parsed.metadata or {}).get("title")
        found.append((site[doc_id], stated, headline, meta[doc_id]["title"]))
    return found


def counts(
    pages: Sequence[Page], share: float, right: Callable[[str, str], bool]
) -> tuple[int, int]:
    """(right, wrong) titles when the printed headline wins from `share` of its words shared."""
    saved = title_choice.MIN_SHARED
    title_choice.MIN_SHARED = share
    try:
        chosen = [(title_choice.choose_title(s, p), gold) for _, s, p, gold in pages]
    finally:
        title_choice.MIN_SHARED = saved
    good = sum(1 for title, gold in chosen if title and right(gold, title))
    return good, sum(1 for title, _ in chosen if title) - good


def _gain(pages: Sequence[Page], share: float, right: Callable[[str, str], bool]) -> float:
    r, w = counts(pages, share, right)
    return r - title_threshold.WRONG_COST * w


def cross_validate(
    pages: Sequence[Page], right: Callable[[str, str], bool], folds: int = 2
) -> tuple[int, int, list[float]]:
    """(right, wrong) on held-out sites over site-grouped folds, and each fold's share."""
    sites = sorted({p[0] for p in pages})
    total_right = total_wrong = 0
    chosen = []
    for k in range(folds):
        test = set(sites[k::folds])
        train = [p for p in pages if p[0] not in test]

        best = max(GRID, key=lambda share, train=train: _gain(train, share, right))
        r, w = counts([p for p in pages if p[0] in test], best, right)
        total_right, total_wrong, chosen = total_right + r, total_wrong + w, [*chosen, best]
    return total_right, total_wrong, chosen
