"""Is a paragraph plainly in a language, by its stop words alone?

The mixed-language check (`kind: language-check`) asks the detector about every third long
paragraph of a document. Most of them are plainly in the document's language: "the", "of" and
"and" make up a good share of their words, and those of no other language come close. Such a
paragraph is taken to be in that language without the detector (docs/performance.md).

The stop-word lists are jusText's (plain text files, one word a line, shipped with the `justext`
package that trafilatura depends on), read without importing jusText. A paragraph is compared
with the six vocabulary languages and with the near neighbours a detector may tell from them
(Catalan and Galician beside Spanish and Portuguese, Dutch beside German, Romanian beside Italian
and French). Every word of those lists is in Latin script, so a paragraph in another script never
has the share asked for. With no lists, or a document language other than the six, nothing is
decided here and the detector answers as before. The lists load on first use (about 20 ms, far
less than a detector's model).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from scrapelint.text.pieces import is_long, pieces

# The vocabulary languages (as in the phrase rule packs), and the neighbours they are told from.
LISTS: Mapping[str, str] = MappingProxyType({
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian", "ca": "Catalan", "gl": "Galician", "nl": "Dutch", "ro": "Romanian",
})  # fmt: skip
PREFILTERED = frozenset({"en", "es", "fr", "de", "pt", "it"})

# A paragraph is plainly in a language when at least this share of its words are that language's
# stop words, and the share of every other language's is lower by at least MARGIN.
MIN_SHARE = 0.4
MARGIN = 0.2
# Fewer words than this is too little evidence for a share.
MIN_WORDS = 8


def _stoplist_folder() -> Path | None:
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    return folder if folder.is_dir() else None


@cache
def stop_words() -> Mapping[str, frozenset[str]]:
    """Each listed language → its stop words, lower-cased (empty without jusText's lists)."""
    folder = _stoplist_folder()
    if folder is None:
        return MappingProxyType({})
    lists = {code: folder / f"{name}.txt" for code, name in LISTS.items()}
    return MappingProxyType({
        code: frozenset(path.read_text(encoding="utf-8").lower().split())
        for code, path in lists.items()
        if path.is_file()
    })  # fmt: skip


def words(text: str) -> list[str]:
    """The words of `text` as jusText counts them: split at white space, lower-cased.

    A word glued to its punctuation ("year,") is no stop word in any language, so the shares
    are all a little low, alike; splitting costs a tenth of a word pattern.
    """
    return text.lower().split()


def plainly_in(text: str, language: str) -> bool:
    """`text` is plainly in `language` by its stop words: no detector needs to be asked.

    A long line's words are read a piece at a time (`text.pieces`): a page on one line has
    millions."""
    lists = stop_words()
    if language not in PREFILTERED or language not in lists:
        return False
    own_list = lists[language]
    short = not is_long(text)
    tokens = words(text) if short else []

    def token_pieces() -> Iterable[list[str]]:
        return (tokens,) if short else map(words, pieces(text))

    total = own = 0
    for found in token_pieces():
        total += len(found)
        own += sum(map(own_list.__contains__, found))
    if total < MIN_WORDS or own / total < MIN_SHARE:
        return False
    ceiling = own / total - MARGIN
    # Only the words of some other list can count for another language: the other shares are
    # counted over those (a third of the words, about), over the same whole, so they are equal.
    listed, others = _others(language)
    theirs = [0] * len(others)
    for found in token_pieces():
        counted = [token for token in found if token in listed]
        for k, stoplist in enumerate(others):
            theirs[k] += sum(map(stoplist.__contains__, counted))
    return all(count / total <= ceiling for count in theirs)


@cache
def _others(language: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The stop words of every listed language but `language`, pooled, and their lists."""
    others = tuple(words for code, words in stop_words().items() if code != language)
    return frozenset().union(*others), others
