"""The headline score under which no title is reported, chosen with site-grouped cross-validation.

Used by `benchmarks/metadata.py --cv`. A wrong title is worse than none: a threshold is chosen on
one fold's sites to maximise right - WRONG_COST * wrong, then scored on the other fold's sites
(no site in both), and the held-out figures are summed over both folds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

# What one wrong title costs, counted in right ones.
WRONG_COST = 2.0
# The thresholds tried (headline scores run from about -1 to 6).
GRID = tuple(x / 2 for x in range(-2, 12))

# One page: (site, the chosen headline's score or None, whether its title is right).
Page = tuple[str, float | None, bool]


def counts(pages: Sequence[Page], threshold: float) -> tuple[int, int]:
    """(right, wrong) titles reported when a headline under `threshold` is left unreported."""
    right = sum(1 for _, score, ok in pages if score is not None and score >= threshold and ok)
    wrong = sum(1 for _, score, ok in pages if score is not None and score >= threshold and not ok)
    return right, wrong


def best(pages: Sequence[Page]) -> float:
    def gain(threshold: float) -> float:
        right, wrong = counts(pages, threshold)
        return right - WRONG_COST * wrong

    return max(GRID, key=gain)


def cross_validate(pages: Sequence[Page]) -> tuple[int, int, list[float]]:
    """(right, wrong) on held-out sites over two site-grouped folds, and each fold's threshold."""
    sites = sorted({site for site, _, _ in pages})
    folds = [set(sites[0::2]), set(sites[1::2])]
    right = wrong = 0
    chosen = []
    for test in folds:
        threshold = best([p for p in pages if p[0] not in test])
        r, w = counts([p for p in pages if p[0] in test], threshold)
        right, wrong, chosen = right + r, wrong + w, [*chosen, threshold]
    return right, wrong, chosen


def pages_of(
    ids: Sequence[str],
    site: Mapping[str, str],
    headline: Callable[[str], tuple[float, str] | None],
    right: Callable[[str, str], bool],
) -> list[Page]:
    """Each page's site, its headline's score and whether the headline is the gold title;
    `headline(id)` gives (score, text) or None."""
    found = []
    for i in ids:
        chosen = headline(i)
        if chosen is None:
            found.append((site[i], None, False))
        else:
            found.append((site[i], chosen[0], right(i, chosen[1])))
    return found
