"""Classify lines into jusText-style classes.

Every non-blank line is one block. ``classify`` gives each a class from its prose score and
length: GOOD (a real paragraph), NEAR (prose-like but short), SHORT (a few words: a heading, a
button or a menu item) or BAD (chrome). `lists.mark_lists` then promotes runs that are content
lists rather than menus to LIST, and `span` finds the main run of prose over the classes.
"""

from __future__ import annotations

from scrapelint.text.line_features import LineFeatures

GOOD, NEAR, SHORT, BAD, LIST = "good", "near", "short", "bad", "list"

# Prose score thresholds (jusText uses length plus stopword density in the same spirit).
GOOD_SCORE = 0.6
NEAR_SCORE = 0.4
# Below this many words a block is at most NEAR, however well punctuated ("Thank you.").
GOOD_WORDS = 8
SHORT_WORDS = 3


def classify(feats: LineFeatures, score: float) -> str:
    """Return the class of one non-blank line from its features and prose score."""
    if feats.words <= SHORT_WORDS and score < GOOD_SCORE:
        return SHORT
    if score >= GOOD_SCORE:
        return GOOD if feats.words >= GOOD_WORDS else NEAR
    if score >= NEAR_SCORE:
        return NEAR
    return BAD
