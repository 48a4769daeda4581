"""The page's headline is the article's: a repeat's run does not take it.

The locator judges the line `facts.page_meta` reads as the headline a title (`Context.article`),
so the article-shape rules leave it. The duplicates' rule may still reach it: a title said again
on a recipe's card makes the headline a repeat, and the run of repeated lines it heads may take
the page head above it with it. Which copy of a title goes is no evidence against the headline,
so such a removal stops at it; what lies beyond it is found again in the next pass, on its own
side. Other rules keep their removals: a rule that flags the line by its words ("Skip to main
content", "Accept all") says the headline was misread. Measured on the 680 labelled pages,
sparing the headline from every rule's run kept no more titles than this and 5 more junk lines.
"""

from __future__ import annotations

from dataclasses import replace

from scrapelint.text.findings import Finding, LineRemoval

# The duplicates' category (`text.findings.CATEGORIES`): every rule of it flags repeats.
DUPLICATE = "duplicate"


def sparing(finding: Finding, title: int) -> Finding:
    """`finding` without the headline line `title` in its removal, when it is a repeat's: the part
    of the removal on the side of the finding's own lines is kept and its lines are cut to it;
    with nothing of its own on either side, it asks for no removal."""
    removal = finding.removal
    if removal is None or finding.category != DUPLICATE or not removal.start <= title < removal.end:
        return finding
    if finding.line < title and removal.start < title:  # the run reaches down to the headline
        return replace(
            finding,
            end_line=min(finding.end_line, title - 1),
            removal=LineRemoval(removal.start, title),
        )
    if finding.end_line > title and title + 1 < removal.end:  # its own lines under it
        return replace(
            finding,
            line=max(finding.line, title + 1),
            removal=LineRemoval(title + 1, removal.end),
        )
    return replace(finding, removal=None, held=True)
