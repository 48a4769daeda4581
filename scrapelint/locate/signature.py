"""An official notice's signed close under its body: "Kővágóhegy, 2025. augusztus 22." over
"dr. Fenyvesi Katalin s.k." over "jegyző"; "Ing. Petr Dvořák" over "vedoucí odboru dopravy".

A council's notice, a court's announcement or a school's letter to parents ends with the place
and day it was signed, the signer's name (with a degree, or the mark that says the original is
signed by hand) and the signer's office. What stands between the body and that signature (the
office hours, the contact lines, a closing thanks) is the notice's too. A page's chrome never
signs: a commenter's name has a time or a sentence under it, not an office.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.letter import within_reach

# How many blocks under the body the signature is looked for in (rows and items uncounted):
# office hours, a contact line or two and a closing thanks stand between.
SIGNATURE_REACH = 6
# A signer's name, or an office, is a few words.
NAME_WORDS = 6
OFFICE_WORDS = 8
# A place, a comma (or "dne", "am", "le" ...), then the day with a year of four figures:
# "Kővágóhegy, 2025. augusztus 22.", "London, 12 March 2025", "V Bělkovicích dne 3. 3. 2025".
_PLACE = r"(?:[^\W\d_]{1,2}\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}"
_AT = r"(?:,\s*(?:(?:le|am|den|dne|dnia|dana|il)\s+)?|\s+(?:dne|am|le|el|den|dnia|dana|il)\s+)"
_DAY = (
    r"(?:\d{4}\.?\s+[^\W\d_]+\s+\d{1,2}\.?"  # 2025. augusztus 22.
    r"|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}"  # 3. 3. 2025
    r"|\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}"  # 12 March 2025, 12. März 2025
    r"|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4})"  # March 12, 2025
)
_PLACED_DATE_RE = re.compile(rf"^{_PLACE}{_AT}{_DAY}\.?\s*$")
# A degree before the name, or the mark that the original is signed by hand ("s.k.": saját
# kezűleg, "v.r.": vlastní rukou, "m.p.": manu propria).
_DEGREES = r"ing|mgr|bc|judr|mudr|phdr|rndr|paeddr|doc|prof|dr|dipl\.-ing|mag|ph\.d"
_DEGREES_RE = re.compile(rf"^(?:(?:{_DEGREES})\.\s*)+", re.IGNORECASE)
_PARTICLES = frozenset(("van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "ter"))
_SIGNED_RE = re.compile(r"\b(?:s\.\s?k|v\.\s?r|m\.\s?p)\.?\s*$", re.IGNORECASE)


def signature_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks (nearest to the body first) from the body down to a signed close within
    `SIGNATURE_REACH` blocks under it: its office's line included. Empty when none signs."""
    for rank in within_reach(blocks, SIGNATURE_REACH):
        name = _signer(blocks, lines, rank)
        if name is not None:
            office = name + 1
            if office < len(blocks) and _office(blocks[office], lines):
                return set(range(office + 1))
            return set(range(name + 1))
    return set()


def _signer(blocks: Sequence[ScoredLine], lines: Sequence[str], rank: int) -> int | None:
    """The rank of the signer's name when the block at `rank` is the place and day over it or
    the name itself: a name signed by hand, or over its office and either titled with a degree
    or under the place and day."""
    text = lines[blocks[rank].index].strip()
    if _placed_date(text) and rank + 1 < len(blocks):
        name = rank + 1
        return name if _name(blocks[name], lines) and _signed_off(blocks, lines, name) else None
    if not _name(blocks[rank], lines) or not _signed_off(blocks, lines, rank):
        return None
    return rank if _SIGNED_RE.search(text) or _DEGREES_RE.match(text) else None


def _signed_off(blocks: Sequence[ScoredLine], lines: Sequence[str], name: int) -> bool:
    """The name is marked as signed by hand, or its office stands under it."""
    if _SIGNED_RE.search(lines[blocks[name].index]):
        return True
    return name + 1 < len(blocks) and _office(blocks[name + 1], lines)


def _placed_date(text: str) -> bool:
    return text[:1].isupper() and _PLACED_DATE_RE.match(text) is not None


def _name(b: ScoredLine, lines: Sequence[str]) -> bool:
    """A person's name: a few words, each capitalised but a degree, a particle ("van", "de") or
    the mark of a hand's signature; no figure ("Also of Interest" is a heading)."""
    text = lines[b.index].strip()
    if b.feats.list_item or not 0 < b.feats.words <= NAME_WORDS or any(c.isdigit() for c in text):
        return False
    words = _SIGNED_RE.sub("", _DEGREES_RE.sub("", text)).split()
    return bool(words) and all(word[:1].isupper() or word in _PARTICLES for word in words)


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
