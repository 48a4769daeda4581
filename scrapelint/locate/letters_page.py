"""A page of readers' letters: each letter under its heading, signed with the writer's name and
place ("Tom Reyes, Lakeshore"). The locator may end the body at one letter's signature; the
letters under it, each a short heading, a paragraph or two and a signature, are the article's
too, so their position under the body is weak evidence (`outside`)."""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.locate.blocks import GOOD
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.signature import PARTICLES
from scrapelint.text.lazy_pattern import lazy

# A signature is a name and a place: a few words, a comma between them.
SIGNATURE_WORDS = 7
# A letter's heading is a short line, no paragraph.
HEADING_WORDS = 12
# Letters signed under the body before their run counts as the article's (one when the body's
# own last letter is signed right over them).
MIN_LETTERS = 2
_DASHES = "-–—"
# A place's abbreviation closing the line ("Minn.", "St."), not a sentence's full stop.
_ABBREVIATION_RE = lazy(r"(?:^|\s)[A-Z][a-z]{0,3}\.$")


def signed_letters_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks (nearest to the body first) from the body's edge down to the last signature of
    the run of signed letters under it, or none when fewer than `MIN_LETTERS` are signed there
    (one, when the body's last letter signs the first block under it)."""
    opened = bool(blocks) and signature(blocks[0], lines[blocks[0].index])
    rank = 1 if opened else 0
    letters, last = 0, 0 if opened else -1
    while rank < len(blocks):
        end = _signed_at(blocks, lines, rank)
        if end is None:
            break
        letters, last, rank = letters + 1, end, end + 1
    needed = MIN_LETTERS - 1 if opened else MIN_LETTERS
    return set(range(last + 1)) if letters >= needed else set()


def _signed_at(blocks: Sequence[ScoredLine], lines: Sequence[str], rank: int) -> int | None:
    """The rank of the signature closing a letter that starts at `rank` (an optional heading,
    one paragraph or more), or None."""
    if _heading(blocks[rank], lines[blocks[rank].index]):
        rank += 1
    start = rank
    while rank < len(blocks) and blocks[rank].cls == GOOD:
        rank += 1
    if rank == start or rank >= len(blocks):
        return None
    return rank if signature(blocks[rank], lines[blocks[rank].index]) else None


def _heading(b: ScoredLine, text: str) -> bool:
    return (
        b.cls != GOOD
        and 0 < b.feats.words <= HEADING_WORDS
        and not b.feats.list_item
        and not signature(b, text)
    )


def signature(b: ScoredLine, text: str) -> bool:
    """A writer's name and place, "Tom Reyes, Lakeshore" or "— Anna van Dijk, Utrecht": a few
    words, each capitalised but a particle, a comma after the name, no figure, no label's colon
    ("Tags: Politics, Economy") and no sentence; a place may close with an abbreviation's stop
    ("Ann Lee, St. Paul, Minn.")."""
    f = b.feats
    if f.list_item or not 2 <= f.words <= SIGNATURE_WORDS or "," not in text or ":" in text:
        return False
    if f.ends_sentence and not _ABBREVIATION_RE.search(text):
        return False
    words = text.strip().lstrip(_DASHES).replace(",", " ").split()
    capitalised = all(word[:1].isupper() or word in PARTICLES for word in words)
    return capitalised and not any(c.isdigit() for c in text)
