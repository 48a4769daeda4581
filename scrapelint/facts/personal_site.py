"""A personal site's owner as its article's writer: the page opens with a person's name alone and
the article speaks in the first person.

A blog on its owner's site carries no byline: the owner's name heads every page ("Owain Brennan" /
"Home Blog" / the headline). A business names itself there too ("Happily Connected", "Lifetime
Teeth Whitening"), but its posts speak as "we", and its name is often made of words the page
prints in lowercase (refused by `bylines.site_owner`'s test). So the first line's name counts
when it is one person's name of ordinary tokens and the article holds at least
`FIRST_PERSON_PER_1000` first-person words ("I", "my", in six languages) per thousand words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.facts.bylines import Byline, common_words, only_names
from scrapelint.facts.meta_words import first_person_words
from scrapelint.text.document import line_content

# First-person words per thousand words of the article: personal essays on DEV-modern hold 12 and
# more, business blogs with a name-shaped site name 2.2 at most (site-grouped CV: 2 right, 0 wrong).
FIRST_PERSON_PER_1000 = 5.0
# A name token longer than this is a name glued to the menu after it ("Sam Bossleythoughts...").
MAX_TOKEN_CHARS = 20
# Words and contractions ("I'm", "j'ai"), any script.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def personal_site(lines: Sequence[str], first: int, body: tuple[int, int]) -> Byline | None:
    """The name alone on line `first` (the page's first non-blank line) when the article from
    `body[0]` to `body[1]` speaks in the first person."""
    text = line_content(lines[first])
    if len(text) > MAX_TOKEN_CHARS * 3:
        return None
    names = only_names(text)
    if len(names) != 1 or any(len(token) > MAX_TOKEN_CHARS for token in names[0].split()):
        return None
    if common_words(names[0], lines):
        return None
    words = WORD_RE.findall(" ".join(lines[body[0] : body[1]]).casefold().replace("’", "'"))
    mine = first_person_words()
    if not words or 1000 * sum(w in mine for w in words) / len(words) < FIRST_PERSON_PER_1000:
        return None
    return Byline(names, first)
