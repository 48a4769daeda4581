"""One line read as a credit: who wrote, translated or supplied the text it stands over.

A line is cleaned of list and Markdown markers and cut into segments at spaced dashes, bars and
bullets ("– Al Mayadeen – – translated by Samer Hussein"). A segment is a date, a prefixed credit
("By", "Von", "Por", "Par", "translated by", "Source:"), a news agency, or a bare phrase; bare
phrases count only next to an anchor (a date or a credit on the same line). Names are checked by
:func:`looks_like_name` (2-4 capitalised tokens, particles allowed), which refuses headlines,
prose and widget text ("Email the author", "Share", "Staff"). Where in a document such lines are
looked for is `attribution`'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scrapelint.facts.credit_names import (
    PAREN_AGENCY_RE,
    agency_in,
    is_credential,
    is_role,
    iter_names,
    looks_like_name,
    looks_like_org,
    split_names,
)
from scrapelint.facts.dates import find_dates_in, is_dateline
from scrapelint.facts.meta_words import WORDS
from scrapelint.facts.script_bylines import script_credit
from scrapelint.text.document import drop_link_targets
from scrapelint.text.lazy_pattern import lazy

MARKUP_PREFIX_RE = lazy(r"^\s*(?:#{1,6}\s+|>\s*|[-*+•●▪◦]\s+|\d{1,3}[.)]\s+)*")

# A credit wrapped in parentheses: "(Reporting by John Smith; Editing by Jane Doe)".
WRAPPING_PARENS_RE = lazy(r"^\s*\(([^()]*)\)\s*$")

# Editing credits name editors, who are neither authors nor sources: recognised, not reported.
EDITOR_PREFIX_RE = lazy(r"^(?:edit(?:ed|ing)\s+by|editor\s*:)\s+\S", re.I)

# Emphasis markers ("**By Jane Doe**", "_Reuters_") carry no text.
EMPHASIS_RE = lazy(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")

# Segment separators in credit lines: bars and bullets, or dashes with a space on one side
# (so "France-Presse" and "al-Abadi" stay whole).
SEGMENT_SPLIT_RE = lazy(r"\s*[|•·;]\s*|(?:^|\s)[-–—]+(?=\s|$)|(?<=\s)[-–—]+|^[-–—]+")
# Every separator holds one of these: a line without any is one segment, and skips the split,
# whose four alternatives are tried at every position.
SEGMENT_CHARS = frozenset("|•·;-–—")

# A "Sources:" heading in several languages; the Markdown list under it names the sources.
SOURCES_HEADING_RE = lazy(
    r"^(?:sources?|fuentes?|quellen?|fontes?|fonti|bronnen|źródła|источники?)\s*:?$", re.I
)

# "Source: Reuters", "Fuente: EFE", "Quelle: dpa" — a source credit with a label.
SOURCE_PREFIX_RE = lazy(
    r"^(?:sources?|fuentes?|quellen?|fontes?|fonte|bron|źródło|источник|credit)\s*:\s*(?P<rest>.+)$",
    re.I,
)

# Translator credits: "translated by", "traducido por", "traduit par", "übersetzt von", ...
TRANSLATOR_PREFIX_RE = lazy(
    r"^(?:translated(?:\s+from\s+\w+)?\s+by|translation(?:\s+by)?\s*:?|traducido\s+por|"
    r"traducci[oó]n\s*:|traduit(?:\s+de\s+\w+)?\s+par|traduction\s*:|[üu]bersetzt\s+von|"
    r"[üu]bersetzung\s*:|tradu(?:ção|cao)\s*:|traduzido\s+por|tradotto\s+da|vertaald\s+door|"
    r"перевод\s*:?|t[łl]umaczenie\s*:?)\s*(?P<rest>.+)$",
    re.I,
)

# Author credits: "By", "Written by", "Von", "Por", "Par", "Di", "Door", "Av", "Autor:", "Автор:",
# "Szerző:", "Oleh" (Malay and Indonesian; not the Ukrainian name before a patronymic, "Oleh
# Borysovych Sentsov"), "Autori:", "Yazar:", "Piše:", "Пише:", "Tekst:", "Κείμενο:".
# Case-insensitive because scrapers keep "BY JANE DOE"; the names after it are checked strictly.
AUTHOR_PREFIX_RE = lazy(
    r"^(?:(?:written|reported|(?:additional\s+)?reporting|posted|story|words|text)\s+by|by|von|por|par|di|door|"
    r"od|av|af|autor(?:es)?\s*:|auteur\s*:|author\s*:|автор\s*:?|texto\s*:|text\s*:|szerző\s*:|"
    r"írta\s*:?|oleh(?!\s+\S+(?:ovych|evych|ivna|ovna|ovich|evich)\b)|autori\s*:|yazar\s*:|piše\s*:|пише\s*:|tekst\s*:|κείμενο\s*:)"
    r"\s+(?P<rest>.+)$",
    re.I,
)

# Words that may link a credit to a date on the same segment ("publiziert am", "on", "le").
_DATE_GLUE_RE = lazy(
    r"(?:[\s,;]+(?:on|am|le|el|em|il|op|publiziert|published|updated|posted))*[\s,;:]*$", re.I
)

MAX_HEADING = 40  # a "Sources:" heading is short
_MAX_CREDIT_LINE = 200  # longer lines are prose, not credit lines
_LEAD_REACH = 60  # where a lead credit such as "BAGHDAD (Reuters) -" can end


@dataclass(frozen=True, slots=True)
class Parsed:
    credits: tuple[tuple[str, str], ...]  # (kind, name)
    complete: bool  # every segment was understood: the whole line is a credit line


def clean(line: str) -> str:
    # The prefix and wrapper patterns are anchored: one match() instead of a sub() that tries
    # every position; the link and emphasis patterns only run when their characters occur.
    prefix = MARKUP_PREFIX_RE.match(line)  # matches always, if only the empty string
    text = line[prefix.end() :] if prefix else line
    wrapped = WRAPPING_PARENS_RE.match(text)
    if wrapped:
        text = wrapped.group(1) + text[wrapped.end() :]
    text = drop_link_targets(text)
    if "*" in text or "_" in text:
        text = EMPHASIS_RE.sub("", text)
    return text.strip()


def _cut_before_date(rest: str) -> str:
    """ "Moritz Bachmann publiziert am 25. September 2018" -> "Moritz Bachmann"."""
    mentions = find_dates_in(rest)
    if not mentions:
        return rest
    return _DATE_GLUE_RE.sub("", rest[: mentions[0].start])


def _names(rest: str, kind: str) -> tuple[list[tuple[str, str]], bool] | None:
    """Credits in the text after a prefix, or None when it holds anything but names and roles."""
    credits: list[tuple[str, str]] = []
    cut = _cut_before_date(rest)
    # Names one at a time: most texts tried here are prose, refused at their first part.
    for part in iter_names(cut):
        if looks_like_name(part):
            credits.append((kind, part))
        elif (agency := agency_in(part, loose=True)) is not None:
            credits.append(("source", agency))
        elif not (is_role(part) or is_credential(part)):
            return None
    if not credits:
        return None
    return credits, cut == rest or is_dateline(rest[len(cut) :])


# The byline rules (`is_byline`, per head line) and the attribution reading (`parse`, over the
# same head) ask about the same segments, and a site repeats its credit segments from page to
# page: the answer is a pure function of the segment, remembered for the ones seen most recently.
@lru_cache(maxsize=8192)
def _anchor(segment: str) -> tuple[tuple[tuple[str, str], ...], bool] | None:
    """An anchor segment's (credits, complete): a prefixed credit, a date, an editor credit, an
    agency, or "Name, role"; None for any other segment."""
    for pattern, kind in (
        (TRANSLATOR_PREFIX_RE, "translator"),
        (AUTHOR_PREFIX_RE, "author"),
        (SOURCE_PREFIX_RE, "source"),
    ):
        match = pattern.match(segment)
        if match and (found := _names(match["rest"], kind)) is not None:
            return tuple(found[0]), found[1]
    if is_dateline(segment) or EDITOR_PREFIX_RE.match(segment):
        return (), True
    agency = agency_in(segment)
    if agency is not None:
        return (("source", agency),), True
    name = script_credit(segment)
    if name is not None:
        return (("author", name),), True
    if "," in segment and (found := _names(segment, "author")) is not None:
        authors = [name for kind, name in found[0] if kind == "author"]
        if len(authors) == 1 and len(split_names(_cut_before_date(segment))) > 1:
            return tuple(found[0]), found[1]  # "Tom Krisher, AP Auto Writer", "Jane Doe, PhD"
    return None


def _split_segments(text: str) -> list[str]:
    return [text] if SEGMENT_CHARS.isdisjoint(text) else SEGMENT_SPLIT_RE.split(text)


def _segments(text: str) -> list[str]:
    """The non-empty segments of a cleaned line, without the punctuation around them."""
    return [segment for s in _split_segments(text) if (segment := s.strip(" ,;:"))]


def parse(line: str, cleaned: str | None = None) -> Parsed:
    """Credits of one line, and whether the line is nothing but credits (and dates).

    ``cleaned`` is ``clean(line)`` when the caller has it already.
    """
    if len(line) > _MAX_CREDIT_LINE:  # prose: only a lead credit "WASHINGTON (AP) —" counts
        match = PAREN_AGENCY_RE.search(line, 0, _LEAD_REACH)
        agency = agency_in(match.group()) if match else None
        return Parsed((("source", agency),) if agency else (), False)
    segments = _segments(clean(line) if cleaned is None else cleaned)
    anchors = [_anchor(s) for s in segments]
    if all(anchor is None for anchor in anchors):
        return Parsed((), False)
    # The other segments are bare phrases (credits next to an anchor) or junk; as most lines
    # have no anchor, they are only told apart here.
    credits: list[tuple[str, str]] = []
    only_dates = all(not anchor[0] for anchor in anchors if anchor is not None)
    complete = True
    for segment, anchor in zip(segments, anchors, strict=True):
        if anchor is not None:
            credits.extend(anchor[0])
            complete = complete and anchor[1]
        elif looks_like_org(segment):
            as_author = only_dates and looks_like_name(segment)
            credits.append(("author" if as_author else "source", segment))
        else:
            complete = False
    return Parsed(tuple(credits), complete and bool(credits))


def is_credit(line: str) -> bool:
    """True when the whole line signs or dates the article: a byline or a dateline."""
    return is_byline(line) or is_dateline(line)


# What may follow a reviewer's name on its line: a bar, a dash or a dot and a date, or "on" and a
# date ("Fact checked by Sam Roe | 12 March 2025", "Reviewed by Jane Roe on 12 March 2025").
_CREDIT_TAIL_RE = lazy(r"\s*[|—–·•]\s*|\s+(?:on|am|le|el|il)\s+(?=\d)")


def is_reviewer_credit(line: str) -> bool:
    """True when the whole line credits who checked the article, a name right after its label
    ("Reviewed by Deepa Raghunathan MPharm, Pharmacist"): a health page sets it where a news
    page sets its byline. A teaser that opens with the word ("Reviewed: the best laptops") names
    nobody."""
    text = clean(line)
    label = WORDS.other_credit.match(text) if len(line) <= _MAX_CREDIT_LINE else None
    if label is None:
        return False
    rest = _CREDIT_TAIL_RE.split(text[label.end() :].lstrip(" :"), maxsplit=1)[0]
    names = split_names(WORDS.honorific.sub("", rest).strip())
    return bool(names) and looks_like_name(names[0])


def is_byline(line: str) -> bool:
    """True when the whole line is a byline or source credit (it can move into metadata).

    Context-free: a bare name ("Katrina Barker") is only a byline next to a dateline, which
    :func:`find_attributions` checks; here it gives False.
    """
    text = clean(line)
    if not text:
        return False
    if SOURCES_HEADING_RE.match(text):
        return True
    # What `parse(line, text).complete` says, settled at the first segment that is neither a
    # complete anchor nor an outlet's name: most lines tried here are headlines and prose.
    if len(line) > _MAX_CREDIT_LINE:
        return False
    anchored = credited = False
    for segment in _segments(text):
        anchor = _anchor(segment)
        if anchor is None:
            if not looks_like_org(segment):
                return False
            credited = True
        elif not anchor[1]:
            return False
        else:
            anchored = True
            credited = credited or bool(anchor[0])
    return anchored and credited
