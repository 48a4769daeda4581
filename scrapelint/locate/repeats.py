"""Repeated lines: a kept line whose words repeat an earlier kept line's is a duplicate."""

from __future__ import annotations

from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.verdicts import LineVerdict, junk
from scrapelint.text import confidence as C
from scrapelint.text import reasons as R


def mark_duplicates(
    blocks: list[ScoredLine],
    keys: list[tuple[str, ...] | str],
    verdicts: list[LineVerdict],
    body: range,
) -> None:
    """Junk a kept line whose words repeat an earlier kept line's; a repeated title moves up.

    Lines are compared by their lowercased word tokens, so "Title – Overview" and
    "Title - Overview" match. A body line echoed by chrome earlier (a teaser of the lead) stays:
    the copy in the body is the article's. Short repeats ("Here's the thing:") are style.
    When the repeat was taken for the title, the first copy is the title and the repeat the
    duplicate. A repeat inside the body (an interview's recurring question, a refrain) is only
    reported: a duplicate is chrome outside the body.
    """
    seen: dict[tuple[str, ...] | str, int] = {}
    for b, key in zip(blocks, keys, strict=True):
        first = seen.setdefault(key, b.index)
        if first == b.index or b.feats.words < 3:
            continue
        if verdicts[b.index].reason == R.TITLE:
            verdicts[first] = verdicts[b.index]
            verdicts[b.index] = _duplicate(b.index, body)
        elif not verdicts[b.index].junk and not verdicts[first].junk and len(key) >= 5:
            verdicts[b.index] = _duplicate(b.index, body)


def _duplicate(index: int, body: range) -> LineVerdict:
    return junk(R.DUPLICATE, C.INSIDE if index in body else C.PLACED_SHAPE)
