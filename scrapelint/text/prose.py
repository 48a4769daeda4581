"""How much does one line of scraped text read like running prose?

Boilerplate and article text differ less in *what* they say than in *how the line is shaped*
(jusText, boilerpipe): article paragraphs are long, end in sentence punctuation, carry many
function words and few capitalised words; navigation, teasers, share buttons and footers are short,
title-cased, unpunctuated, list-marked or link-like. Every feature (``line_features``) is
language-agnostic or uses a small multilingual function-word set (``words``), so a page in Korean
or Russian is judged by the same shape as one in English. ``prose_score`` folds the features into
one number in [0, 1].
"""

from __future__ import annotations

from scrapelint.text.line_features import LineFeatures


def prose_score(f: LineFeatures, function_words_apply: bool = True) -> float:
    """Fold features into [0, 1]: 1 reads like an article sentence, 0 like page chrome.

    ``function_words_apply`` is False for documents whose language the function-word set does not
    cover (the caller measures that over the whole document); the score then rests on length and
    punctuation alone instead of punishing every line of, say, a Korean page.
    """
    # min and max are written out as comparisons (the same values, in the same operations): the
    # score is taken for every line on every fix pass, and the calls cost more than the sums.
    words = f.words
    if words == 0 or f.link_like:
        return 0.0
    # Length: the strongest single cue. 1 word ~ 0.05, 12+ words ~ 0.45.
    score = (words if words < 12 else 12) * 0.0375
    if f.ends_sentence:
        score += 0.3
    if function_words_apply:
        # Prose carries ~30-50 % function words; headlines and names ~0-15 %.
        share = f.function_share
        score += (0.3 if share > 0.3 else share) - 0.1
    else:
        score += 0.1
    if words >= 3 and f.title_share > 0.6:
        score -= 0.2 * f.title_share  # Headline Case Or A List Of Names
    if f.punct_density > 0.12:
        excess = f.punct_density - 0.12
        score -= 0.3 if excess > 0.3 else excess  # "Home | News | Sport" or "© 2019 -"
    if f.digit_share > 0.2:
        score -= 0.15  # dates, times, scores, counters
    if f.list_item and words < 8:
        score -= 0.1
    score = score if score < 1.0 else 1.0
    return score if score > 0.0 else 0.0
