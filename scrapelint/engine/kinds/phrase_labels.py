"""How a phrase opens a line: as a label ("Photo: AP", "Foto ANSA") or as a box's label over the
one headline it links to ("Lees ook: Waterkoker ontkalken"), rather than as the first words of a
heading or a sentence ("Video Marketing", "Foto notturne troppo elaborate")."""

from __future__ import annotations

import re

# What follows a word used as a label: a colon, a bar, a dash, a bracket, a number, a credit's
# word ("by", "di", "de", "von": "Foto di Marco Bellini"), or an archive's ("Imagen de archivo").
LABEL_MARK_RE = re.compile(
    r"(?:[:|\-–—(\[/]|\d|(?:by|courtesy|credit|source|di|de|da|von|por|par|van)\b"
    r"|(?:archivo|archivio|arquivo|repertorio)\b)",
    re.IGNORECASE,
)
# What follows a box's label when the line links one story: a mark, then the headline.
LINK_LABEL_RE = re.compile(r"\s*[:|>›»–—]\s*\w")


def labels(content: str, word: str) -> bool:
    """Whether a line opening with `word` uses it as a label: alone, or followed by a label mark
    ("Photo: AP", "Video | 2:14", "Image 3 of 12", "Photo by Jane Doe") or by capitals only
    ("Foto ANSA/ETTORE FERRARI"), not by the rest of a heading ("Video Marketing", "Photo ID at
    polling stations")."""
    rest = content[len(word) :].lstrip() if content[: len(word)].casefold() == word else ""
    if not rest or LABEL_MARK_RE.match(rest) is not None:
        return True
    return rest.isupper()  # an agency's name, and a photographer's, in capitals ("Foto ANSA")


def links(content: str, phrase: str) -> bool:
    """Whether a line opening with `phrase` goes on, after a colon, a bar or an arrow, with the
    headline it links to ("Lees ook: Waterkoker ontkalken zonder chemicaliën")."""
    words = phrase.split()
    match = re.match(r"\W*" + r"\W+".join(map(re.escape, words)), content, re.IGNORECASE)
    return match is not None and LINK_LABEL_RE.match(content[match.end() :]) is not None
