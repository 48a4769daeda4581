"""A letter's salutation over the body: "Dear friends,", "Queridos vecinos:", "Tisztelt Adózók!".

Parish notes, a school's Friday bulletin and a council's notice to taxpayers open as letters: a
salutation alone on its line, a short paragraph or two, then the part the locator takes for the
body (a timetable, a list of dates). The salutation says where the letter starts; the lines
between it and the body are the letter's, whatever their shape. A page's chrome may hail its
reader too ("Dear reader," over a plea for money): a salutation to a site's readers is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.locate.blocks import GOOD, LIST, NEAR
from scrapelint.locate.body_edges import ScoredLine, within_reach
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.normalize import normalized_content

# The words a salutation opens with, in the vocabulary languages, in their normal form
# (`text.normalize`): "Dear", "Queridos", "Liebe", "Sehr geehrte", "Tisztelt", "Уважаемые".
SALUTATIONS = frozenset(
    (
        *("dear", "dearest", "querido", "querida", "queridos", "queridas", "estimados"),
        *("estimadas", "prezado", "prezada", "prezados", "prezadas", "caros", "caras", "cher"),
        *("chère", "chers", "chères", "carissimi", "gentili", "liebe", "lieber", "liebes"),
        *("sehr geehrte", "sehr geehrter", "geachte", "lieve", "drodzy", "szanowni", "szanowna"),
        *("szanowny", "kære", "kjære", "kära"),
        *("tisztelt", "kedves", "vážení", "vážená", "vážený", "milí", "уважаемые", "уважаемый"),
        *("уважаемая", "дорогие", "шановні", "шановний", "дорогі", "sayın", "sevgili"),
        *("dragi", "stimați", "stimate", "poštovani", "αγαπητοί", "αγαπητέ", "mieli", "gerbiami"),
    )
)
_SALUTATION_WORDS = max(len(word.split()) for word in SALUTATIONS)
# A salutation has at most this many words ("Dear members of the Ashby Ford bowls club,"), and
# one closed by an exclamation mark at most `HAILING_WORDS` ("Tisztelt Adózók!"; "Liebe geht
# durch den Magen!" is a headline).
SALUTATION_WORDS = 8
HAILING_WORDS = 3
# A site's appeal to whoever reads it ("Dear reader," over a plea for money) is no letter.
READERS = frozenset(
    (
        *("reader", "readers", "visitor", "visitors", "user", "users", "subscriber"),
        *("subscribers", "leserin", "leser", "lecteur", "lecteurs", "lectrices", "lector"),
        *("lectores", "leitor", "leitores", "lettore", "lettori", "lezer", "lezers", "czytelnicy"),
        "читатели",
    )
)
# A valediction has at most this many words ("With every blessing,", "Have a lovely weekend,"),
# and so has the signature under it ("Alan (Church Secretary)").
VALEDICTION_WORDS = 6
# The signer's role under the name ("Executive Director, Brightwater Trust") is as short.
ROLE_WORDS = 8
# ...which holds no figure and no bracket: a button's "Download this newsletter (PDF, 1.2 MB)".
_NO_ROLE_RE = lazy(r"[\d()\[\]]")
# A postscript opening its line: "P.S.", "PS:", "P.P.S.".
_POSTSCRIPT_RE = lazy(r"\s*P\.?\s?(?:P\.?\s?)?S\.?[:\s]")
# The marks a salutation closes with; none stands before its closing one.
_CLOSING_MARKS = (",", ":", "!")
# The block right under a salutation, nearer the body, is the letter's prose (or a sentence the
# reader takes for a list's: "Felhívjuk figyelmüket, hogy ... határideje:").
PROSE = (GOOD, NEAR, LIST)
# The salutation stands within this many blocks of the body, the rows of a table and the items
# of a list left uncounted.
LETTER_REACH = 5


def is_salutation(text: str) -> bool:
    """Whether `text` is a letter's salutation alone: a salutation's word first, at most
    `SALUTATION_WORDS` words closed by a comma or a colon, or `HAILING_WORDS` by an exclamation
    mark, no other mark before it, and not addressed to a site's readers."""
    stripped = text.strip()
    if not stripped.endswith(_CLOSING_MARKS) or any(m in stripped[:-1] for m in ",:!;.?"):
        return False
    words = normalized_content(stripped).split()
    most = HAILING_WORDS if stripped.endswith("!") else SALUTATION_WORDS
    if not 2 <= len(words) <= most or words[-1] in READERS:
        return False
    return any(" ".join(words[:n]) in SALUTATIONS for n in range(1, _SALUTATION_WORDS + 1))


def letter_opening_ranks(blocks: Sequence[ScoredLine], lines: Sequence[str]) -> set[int]:
    """The ranks (nearest to the body first) from the body to a letter's salutation within
    `LETTER_REACH` blocks above it (rows and items uncounted) over a block of prose, the
    salutation's included; none when no salutation is there."""
    for rank in within_reach(blocks, LETTER_REACH):
        under_it = rank == 0 or blocks[rank - 1].cls in PROSE  # at rank 0, the body
        if under_it and is_salutation(lines[blocks[rank].index]):
            return set(range(rank + 1))
    return set()


def letter_closing_ranks(
    blocks: Sequence[ScoredLine], lines: Sequence[str], reach: int = LETTER_REACH
) -> set[int]:
    """The ranks (nearest to the body first) from the body to the close of a letter's valediction
    within `reach` blocks below it (rows and items uncounted): a short line closed by a comma
    ("With every blessing,") over a short line of no sentence, the signature ("Mrs Kettering"),
    with the signer's role under it and a postscript ("P.S. Monthly gifts help us plan ...").
    Looked for under a letter that opened with a salutation, or right under the body."""
    for rank in within_reach(blocks, reach):
        if (
            rank + 1 < len(blocks)
            and _valediction(blocks[rank], lines)
            and _signature(blocks[rank + 1])
        ):
            return set(range(_close_end(blocks, lines, rank + 1) + 1))
    return set()


def _close_end(blocks: Sequence[ScoredLine], lines: Sequence[str], signed: int) -> int:
    """The rank of a letter's close's last block, from its signature's: the signer's role under
    it, then a postscript."""
    end = signed
    if end + 1 < len(blocks) and _role(blocks[end + 1], lines[blocks[end + 1].index]):
        end += 1
    if end + 1 < len(blocks) and _POSTSCRIPT_RE.match(lines[blocks[end + 1].index]):
        end += 1
    return end


def _role(b: ScoredLine, text: str) -> bool:
    """A few words of an office, no sentence, figure, bracket or shouted label ("PRE-ORDER")."""
    if b.feats.list_item or b.feats.ends_sentence or not 2 <= b.feats.words <= ROLE_WORDS:
        return False
    return not _NO_ROLE_RE.search(text) and not text.isupper()


def _valediction(b: ScoredLine, lines: Sequence[str]) -> bool:
    text = lines[b.index].rstrip()
    return text.endswith(",") and not b.feats.list_item and b.feats.words <= VALEDICTION_WORDS


def _signature(b: ScoredLine) -> bool:
    return (
        not b.feats.list_item
        and not b.feats.ends_sentence
        and 0 < b.feats.words <= VALEDICTION_WORDS
    )
