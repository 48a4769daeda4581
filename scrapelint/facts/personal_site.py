"""A personal site's owner as its article's writer: the page opens with a person's name alone and
the article speaks in the first person.

A blog on its owner's site carries no byline: the owner's name heads every page ("Owain Brennan" /
"Home Blog" / the headline). A business names itself there too ("Happily Connected", "Lifetime
Teeth Whitening"), but its posts speak as "we", and its name is often made of words the page
prints in lowercase (refused by `bylines.site_owner`'s test). So the first line's name counts
when it is one person's name of ordinary tokens and the article holds at least
`FIRST_PERSON_PER_1000` first-person words ("I", "my", in six languages) per thousand words.
Page text may glue the name to the menu after it ("Sam Bossleythoughtsstreams..."): the name the
copyright line gives ("Copyright Sam Bossley 2012-2025.") is then the one the first line opens with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.facts.bylines import Byline, common_words, only_names
from scrapelint.facts.meta_words import WORDS, first_person_words
from scrapelint.text.document import line_content
from scrapelint.text.lazy_pattern import lazy

# First-person words per thousand words of the article: personal essays on DEV-modern hold 12 and
# more, business blogs with a name-shaped site name 2.2 at most (site-grouped CV: 2 right, 0 wrong).
FIRST_PERSON_PER_1000 = 5.0
# A name token longer than this is a name glued to the menu after it ("Sam Bossleythoughts...").
MAX_TOKEN_CHARS = 20
# The page's last lines, where its copyright line stands.
HOLDER_LINES = 40
# The holder a copyright line names: "© 2025 Jane Doe.", "Copyright Jane Doe 2012-2025.".
HOLDER_RE = lazy(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^\W\d_][^\d.,;|©]*)",
    re.IGNORECASE,
)
# Words and contractions ("I'm", "j'ai"), any script.
WORD_RE = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def personal_site(lines: Sequence[str], first: int, body: tuple[int, int]) -> Byline | None:
    """The name alone on line `first` (the page's first non-blank line), or the copyright
    holder's name it opens with, when the article from `body[0]` to `body[1]` speaks in the first
    person."""
    text = line_content(lines[first])
    if len(text) > MAX_TOKEN_CHARS * 3:
        return None
    names = only_names(text)
    if len(names) != 1 or any(len(token) > MAX_TOKEN_CHARS for token in names[0].split()):
        names = _glued_holder(lines, text)
    if not names or common_words(names[0], lines):
        return None
    words = WORD_RE.findall(" ".join(lines[body[0] : body[1]]).casefold().replace("’", "'"))
    mine = first_person_words()
    if not words or 1000 * sum(w in mine for w in words) / len(words) < FIRST_PERSON_PER_1000:
        return None
    return Byline(names, first)


def _glued_holder(lines: Sequence[str], first: str) -> tuple[str, ...]:
    """The name the page's copyright line gives, when the first line opens with it glued to the
    menu after it ("Sam Bossleythoughtsstreams..." over "Copyright Sam Bossley 2012-2025.")."""
    for line in lines[-HOLDER_LINES:]:
        if WORDS.mentions("copyright", line) and (holder := HOLDER_RE.search(line)) is not None:
            names = only_names(holder["name"].strip())
            if len(names) == 1 and first.startswith(names[0]) and first != names[0]:
                return names
    return ()
