"""An official notice's signed close under its body: "dr. Fenyvesi Katalin s.k." over "jegyző",
"Ing. Petr Dvořák" over "vedoucí odboru dopravy".

A council's notice, an office's announcement or a school's letter to parents in Central Europe
ends with the signer's name, marked as signed by hand on the original ("s.k.": saját kezűleg,
"v.r.": vlastní rukou, "m.p.": manu propria) or titled with a degree written before it ("Ing.",
"Mgr.", "dr."), and the signer's office under it. What stands between the body and that
signature (the place and day it was signed, office hours, contact lines, a closing thanks) is the
notice's too. Titles that English pages put before a commenter's or a columnist's name ("Dr",
"Prof.") are not read, and the office must be a few plain words in lower case: a commenter's
name has a time or a sentence under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.locate.body_edges import ScoredLine, within_reach
from scrapelint.text.lazy_pattern import lazy

# How many blocks under the body the signature is looked for in (rows and items uncounted):
# office hours, a contact line or two, the place and day and a closing thanks stand between.
SIGNATURE_REACH = 6
# A signer's name, or an office, is a few words.
NAME_WORDS = 6
OFFICE_WORDS = 8
# Degrees as written before a name in Central Europe, in their own case ("Dr" and "Prof." head
# English bylines and comments as often).
_DEGREES_RE = lazy(
    r"^(?:(?:Ing|Mgr|Bc|JUDr|MUDr|MVDr|PhDr|RNDr|PaedDr|Dipl\.-Ing|Mag|doc|prof|dr)\.\s*)+"
)
# The mark that the original is signed by hand, in lower case ("M.P." is a member of parliament).
_SIGNED_RE = lazy(r"\s(?:s\.\s?k|sk|v\.\s?r|m\.\s?p)\.\s*$")
# Words of a name that need no capital: particles ("van", "de").
PARTICLES = frozenset(("van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "ter"))


def signature_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks (nearest to the body first) from the body down to a signed close within
    `SIGNATURE_REACH` blocks under it, its office's line included: a name signed by hand, or
    titled with a degree over its office. Empty when none signs."""
    for rank in within_reach(blocks, SIGNATURE_REACH):
        text = lines[blocks[rank].index].rstrip()
        if not _name(blocks[rank], text):
            continue
        office = rank + 1 < len(blocks) and _office(blocks[rank + 1], lines)
        if _SIGNED_RE.search(text) or (office and _DEGREES_RE.match(text)):
            return set(range(rank + 2 if office else rank + 1))
    return set()


def _name(b: ScoredLine, text: str) -> bool:
    """A person's name: a few words and no figure, each word capitalised but a degree, a
    particle ("van", "de") or the mark of a hand's signature."""
    if b.feats.list_item or not 0 < b.feats.words <= NAME_WORDS or any(c.isdigit() for c in text):
        return False
    words = _SIGNED_RE.sub("", _DEGREES_RE.sub("", text.strip())).split()
    return bool(words) and all(word[:1].isupper() or word in PARTICLES for word in words)


def _office(b: ScoredLine, lines: Sequence[str]) -> bool:
    """A signer's office under the name: a few words in lower case, no figure, no sentence
    ("jegyző", "vedoucí odboru dopravy a silničního hospodářství")."""
    text = lines[b.index].strip()
    return (
        not b.feats.list_item
        and not b.feats.ends_sentence
        and 0 < b.feats.words <= OFFICE_WORDS
        and text[:1].islower()
        and not any(c.isdigit() for c in text)
    )
