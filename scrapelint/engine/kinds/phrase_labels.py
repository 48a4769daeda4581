"""How a phrase opens a line: as a label ("Photo: AP", "Foto ANSA") or as a box's label over the
one headline it links to ("Lees ook: Waterkoker ontkalken"), rather than as the first words of a
heading or a sentence ("Video Marketing", "Foto notturne troppo elaborate")."""

from __future__ import annotations

import re

from scrapelint.text.lazy_pattern import lazy

# What follows a word used as a label: a colon, a bar, a dash, a bracket, a number, a credit's
# word ("by"), another language's before a name or an archive ("Foto di Marco Bellini", "Imagen
# de archivo"; "Imagen de marca" and "Video van de week" are headings).
LABEL_MARK_RE = lazy(
    r"(?:[:|\-–—(\[/]|\d|(?i:by|courtesy|credit|source)\b"
    r"|(?i:di|de|da|von|por|par|van)\s+(?:[A-Z]|(?i:archivo|archivio|arquivo|repertorio)\b))"
)
# An agency's name in capitals after the label is short, or a photographer's after a slash ("Foto
# ANSA", "Foto ANSA/ETTORE FERRARI"): a headline in capitals goes on ("VIDEO SHOWS POLICE ...").
AGENCY_WORDS = 2
# What follows a box's label when the line links one story: a mark, then the headline.
LINK_LABEL_RE = lazy(r"\s*[:|>›»–—]\s*\w")


def labels(content: str, word: str) -> bool:
    """Whether a line opening with `word` uses it as a label: alone, or followed by a label mark
    ("Photo: AP", "Video | 2:14", "Image 3 of 12", "Photo by Jane Doe") or by capitals only
    ("Foto ANSA/ETTORE FERRARI"), not by the rest of a heading ("Video Marketing", "Photo ID at
    polling stations")."""
    rest = content[len(word) :].lstrip() if content[: len(word)].casefold() == word else ""
    if not rest or LABEL_MARK_RE.match(rest) is not None:
        return True
    return rest.isupper() and (len(rest.split()) <= AGENCY_WORDS or "/" in rest)


def links(content: str, phrase: str) -> bool:
    """Whether a line opening with `phrase` goes on, after a colon, a bar or an arrow, with the
    headline it links to ("Lees ook: Waterkoker ontkalken zonder chemicaliën")."""
    words = phrase.split()
    match = re.match(r"\W*" + r"\W+".join(map(re.escape, words)), content, re.IGNORECASE)
    return match is not None and LINK_LABEL_RE.match(content[match.end() :]) is not None
