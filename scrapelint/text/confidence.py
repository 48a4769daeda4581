"""How strong the evidence for a removal is, and how strong `fix` asks it to be.

The first duty of a cleaner is to keep the article. Every finding that proposes a removal carries
a confidence between 0 and 1, from the kind of evidence behind it:

* what a line *says* -- a phrase of the vocabulary packs ("Sign up for our newsletter", "Share
  on Facebook") -- is strong evidence on its own;
* where a line *stands* (outside the located body) and what *shape* it has (a menu item, a teaser
  headline, a copyright line) are strong only together, away from the body's edge;
* position alone (prose outside the body) or shape alone (a run of short lines, a repeated line
  inside the body) is weak: the line is reported, and `check` shows it, but `fix` keeps it.

`fix` removes a line when its finding's confidence is at least `REMOVE_AT`; `--aggressive` (or
`aggressive = true` in the configuration) lowers the bar to `AGGRESSIVE_AT`, for users who prefer
less junk to every last line of the article. On DEV and DEV-modern (site-grouped cross-validation,
`benchmarks/quality.py`) the default keeps 98.7-99.9% of the article lines, against 78-98% when
every verdict removed its lines.

`REMOVE_AT` is tuned by site-grouped 5-fold cross-validation over DEV and DEV-modern together
(`benchmarks/quality.py`, `THRESHOLDS`): the levels below are the only values a finding takes, so
0.35 (edge verdicts go too), 0.5 and 0.65 (detached prose stays too) are every distinct choice.
Every fold chose 0.5; its cross-validated token F1 / keep_R are DEV page .936 / .993, DEV
trafilatura text .976 / .999, DEV-modern page .942 / .987 and DEV-modern trafilatura text
.950 / .997. In sample, 0.35 cuts DEV-modern page keep_R to about .90, and 0.65 lowers DEV page
F1 by about .05.
"""

from __future__ import annotations

# Vocabulary: a line that says what it is (phrase, pattern, section and thread rules).
PHRASE = 1.0
# Shape and position together: a chrome-shaped line outside the body, away from its edge; the
# headline above the body; a byline touching it.
PLACED_SHAPE = 0.8
# A prose line outside the body, cut off from it by page chrome: position, with a barrier.
DETACHED = 0.6
# Shape or position alone: a chrome-shaped line at the body's edge, prose just outside it, a run
# of short lines or a repeated line inside the body.
EDGE = 0.4
INSIDE = 0.3
# Structural verdicts on text that is already extracted (no page chrome around the article).
EXTRACTED = 0.2

REMOVE_AT = 0.5
AGGRESSIVE_AT = 0.25


def threshold(aggressive: bool) -> float:
    """The confidence a removal needs: `REMOVE_AT`, or `AGGRESSIVE_AT` when asked for recall."""
    return AGGRESSIVE_AT if aggressive else REMOVE_AT
