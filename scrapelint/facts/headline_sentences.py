"""Sentences inside a line shaped as a headline: when they make it a prompt, a caption or prose.

Central European news prints many headlines as two short sentences ("Most na Sokołówce zamknięty
do końca października. Jest objazd"), where "Never miss a post. Get our newsletter" is a prompt,
"... on Wednesday. Photo: Dan Whitlock" a caption and its credit, and "Im Moment nicht. Gute
Reise!" a line of dialogue (its exclamation tells it). A link's call to action closes with an
arrow.
"""

from __future__ import annotations

from scrapelint.facts.credit_names import JUNK_WORDS
from scrapelint.facts.meta_words import WORDS, chrome_words
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.words import PLAIN_WORD_RE

# A sentence ends inside the line. A word of four lower-case letters or more before the full
# stop: "Rep. Ilhan Omar" is no end.
INNER_SENTENCE_RE = lazy(r"[a-z]{4}\.\s+[A-Z]|[a-z][.!][A-Z][a-z]")
# A headline of two sentences has this many words at most; a longer line is prose.
MAX_SENTENCES_WORDS = 16
# "Join 120,000 readers getting our tips →", "See all deals ▸": a headline never closes so. An
# emoji arrow carries a variation selector after it ("▶️").
CALL_ARROWS = ("→", "⟶", "➜", "➔", "➝", "➞", "➡", "▸", "▶", "↗")
_EMOJI_STYLE = "\ufe0f"
# What may close a quoted line after its exclamation mark.
_CLOSING = "\"'”“»«’)] "


def calls_to_action(text: str) -> bool:
    """Whether the line closes with an arrow, as a link's call to action does."""
    return text.rstrip(_EMOJI_STYLE).endswith(CALL_ARROWS)


def prompt_or_prose(text: str, words: int) -> bool:
    """Whether sentences end inside the line of `words` words and make it no headline: more than
    two sentences, more words than a headline's, an exclamation closing it, a button's word
    opening it ("Subscribe for full access. Cancel anytime") or anywhere in its second sentence,
    or a picture's credit there."""
    if not ("." in text or "!" in text):
        return False
    breaks = list(INNER_SENTENCE_RE.finditer(text))
    if not breaks:
        return False
    if len(breaks) > 1 or words > MAX_SENTENCES_WORDS or text.rstrip(_CLOSING).endswith("!"):
        return True
    second = text[breaks[0].end() - 2 :].lstrip(".!").lstrip()
    chrome = chrome_words()
    opening = PLAIN_WORD_RE.search(text)
    words_read = PLAIN_WORD_RE.findall(second) + ([opening.group()] if opening else [])
    return WORDS.media_credit.search(second) is not None or any(
        w in chrome or w in JUNK_WORDS for w in (w.casefold() for w in words_read)
    )
