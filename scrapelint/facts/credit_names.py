"""Name checks for credits: person names, organisation names, news agencies, roles.

Used by :mod:`facts.attribution`. A person name is 2-4 capitalised tokens, optionally with
particles (de, van, von, bin, al-...), without digits, sentence punctuation, or words that mark
widgets ("Email", "Share"), headlines ("says", "after") or organisations ("News", "Press").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from scrapelint.facts.locale_data import weekday_number
from scrapelint.text.lazy_pattern import lazy


def _words(text: str) -> list[str]:
    return text.split()


# News agencies, grouped as canonical name -> the forms credits use. Short acronyms are matched
# with their exact case ("dpa", "AP"); longer forms also in any case ("REUTERS").
AGENCIES: Mapping[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "Associated Press": ("Associated Press", "The Associated Press", "AP"),
    "Agence France-Presse": ("Agence France-Presse", "Agence France Presse", "AFP"),
    "Deutsche Presse-Agentur": ("Deutsche Presse-Agentur", "dpa", "DPA"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "TASS": ("TASS", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu"),
    "Kyodo News": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",),
    "Bloomberg": ("Bloomberg",),
    "UPI": ("UPI", "United Press International"),
    "PA Media": ("PA Media", "Press Association"),
    "Europa Press": ("Europa Press",),
    "Lusa": ("Lusa",),
    "Agência Brasil": ("Agência Brasil",),
}
_EXACT = {alias: name for name, aliases in AGENCIES.items() for alias in aliases}
_ANY_CASE = {alias.casefold(): name for alias, name in _EXACT.items() if len(alias) >= 4}
_LOOSE = {alias.casefold(): name for alias, name in _EXACT.items()}

# An agency in parentheses, "(AP)", "(Reuters)", "(AFP/dpa)", as in "BERLIN (dpa) - ...".
PAREN_AGENCY_RE = lazy(r"\(([^()]{2,40})\)")

# Separators between several names: "Jane Doe and John Roe", "A, B & C", "Juan y María", "Sofie
# Lauritsen og Anja Holm", "Anna Berg och Per Lund".
NAME_SPLIT_RE = lazy(r"\s*(?:[,;&/]|\b(?:and|und|y|e|et|i|en|og|och|ja|ve|és|și|oraz|и)\b)\s*")

# Lowercase particles inside names ("Fulano de Tal", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset(
    _words(
        """
        de da do dos das del della di du des van von der den ter te la le bin bint ibn al el y
        zu
        """
    )
)

# Attached prefixes: "al-Abadi", "el-Sisi", "d'Alembert", "O'Brien".
ATTACHED_PREFIX_RE = lazy(r"^(?:al|el|ad|as|ash|at|az|an|ar|abu|bin|ibn|d|o|l)[-'’]", re.I)

# One name token: a word (letters, inner hyphens or apostrophes) or initials ("J.", "J.R.").
NAME_TOKEN_RE = lazy(r"^(?:(?:[^\W\d_]\.)+|[^\W\d_]+(?:[-'’][^\W\d_]+)*)$")

# Characters that never occur in a name: digits, sentence punctuation, brackets, URLs, handles.
NOT_NAME_CHARS_RE = lazy(r"[\d:;!?()\[\]{}\"“”«»/@#%=+<>|…]")

# Credentials after a name: "MS", "RD", "PhD", "Jr.".
CREDENTIAL_RE = lazy(
    r"^(?:Ph\.?\s?D|M\.?D|M\.?S|R\.?D|R\.?N|M\.?A|MBA|MPH|Jr|Sr|II|III|IV)\.?$", re.I
)

# Widget and navigation words: a "name" holding one is junk ("Email the author", "Share").
JUNK_WORDS = frozenset(
    _words(
        """
        email e-mail author authors staff share comments comment reports report discuss article
        articles subscribe follow contact more read print tweet facebook twitter whatsapp
        linkedin newsletter sign login log home menu search advertisement advertising related
        notify view click here next previous back page cover source sources overview inline
        feedbacks feedback reply replies login register cookies privacy terms copyright rights
        reserved loading sponsored trending popular latest breaking live updated published
        order reprints save copy download listen watch bookmark
        posted continue
        """
    )
)

# Organisation words: a phrase with one is a site or outlet, not a person.
ORG_WORDS = frozenset(
    _words(
        """
        news press presse agence times post daily herald journal tribune gazette agency media
        network tv radio
        channel broadcasting television magazine review telegraph guardian observer chronicle
        bureau service wire online today group newspaper weekly monthly insider report digest
        world noticias nachrichten zeitung actualités notícias notizie nieuws новости wiadomości
        """
    )
)

# Function words and headline verbs: titles and prose contain them, names do not.
NON_NAME_WORDS = frozenset(
    _words(
        """
        the a an of in on for to with at from is are was were has have had will would says said
        new how why what who when where after over this that not no all top most as by into
        about against amid its it be been more than up out off under back first last via forces
        army government city state
        """
    )
)

# Job titles in a byline ("Tom Krisher, AP Auto Writer", "Staff Writer").
ROLE_WORDS = frozenset(
    _words(
        """
        writer correspondent reporter editor staff contributor columnist photographer journalist
        producer analyst bureau chief senior special redakteur redakteurin redacción redação
        corresponsal correspondant correspondente journaliste rédaction redaktion корреспондент
        """
    )
)

# Links under a "Sources:" heading that credit media, not sources ("Cover Image").
MEDIA_WORDS = frozenset(
    _words(
        """
        image images photo photos picture video videos thumbnail gallery cover infographic map
        audio podcast foto fotos imagen bild фото
        """
    )
)

# Connectors allowed inside an organisation name ("Voice of America", "La Voz de Galicia").
ORG_CONNECTORS = frozenset(
    _words(
        """
        of the de la del di du des für and & van von el al
        """
    )
)

_MAX_NAME_CHARS = 60
_MAX_ORG_TOKENS = 6


def split_names(text: str) -> list[str]:
    """ "Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]."""
    return [part.strip(" .") for part in NAME_SPLIT_RE.split(text) if part.strip(" .")]


def iter_names(text: str) -> Iterator[str]:
    """`split_names(text)`, one part at a time: a caller that stops at the first part that is no
    name does not search the rest of the text for separators."""
    start = 0
    for separator in NAME_SPLIT_RE.finditer(text):
        if part := text[start : separator.start()].strip(" ."):
            yield part
        start = separator.end()
    if part := text[start:].strip(" ."):
        yield part


def _core(token: str) -> str:
    """The token without an attached particle: "al-Abadi" -> "Abadi"."""
    return ATTACHED_PREFIX_RE.sub("", token) or token


def _is_capitalised(token: str) -> bool:
    core = _core(token)
    return bool(NAME_TOKEN_RE.match(core)) and core[0].isupper()


def _bad_word(token: str) -> bool:
    word = _core(token).casefold().strip(".")
    if word in JUNK_WORDS or word in ORG_WORDS or word in NON_NAME_WORDS or word in ROLE_WORDS:
        return True
    return len(word) >= 4 and weekday_number(word) is not None


def looks_like_name(s: str) -> bool:
    """True for a person's name: 2-4 capitalised tokens plus optional particles."""
    s = s.strip()
    if not s or len(s) > _MAX_NAME_CHARS or NOT_NAME_CHARS_RE.search(s) or "," in s:
        return False
    tokens = s.split()
    if tokens[0] in NAME_PARTICLES or tokens[-1] in NAME_PARTICLES:
        return False
    capitals = particles = 0
    for token in tokens:
        if token in NAME_PARTICLES:
            particles += 1
        elif _is_capitalised(token) and not _bad_word(token):
            capitals += 1
        else:
            return False
    if all(t.isupper() and len(t) <= 3 for t in tokens):
        return False  # "US EU", "AP AFP": acronyms, not a name
    shouted = [t.isupper() and len(t) >= 3 for t in tokens if t not in NAME_PARTICLES]
    if any(shouted) and not all(shouted):
        return False  # "Classificação NASCAR": a name is all in capitals or in none
    return 2 <= capitals <= 4 and particles <= 2


def looks_like_org(s: str) -> bool:
    """True for a short capitalised phrase that can name an outlet ("Fort Russ News")."""
    s = s.strip()
    tokens = s.split()
    if not tokens or len(tokens) > _MAX_ORG_TOKENS or NOT_NAME_CHARS_RE.search(s.strip("()")):
        return False
    if not _is_capitalised(tokens[0]):
        return False
    for token in tokens:
        word = token.casefold()
        if word in JUNK_WORDS or (len(word) >= 4 and weekday_number(word) is not None):
            return False
        if word not in ORG_CONNECTORS and not _is_capitalised(token):
            return False
    return True


def agency_in(text: str, loose: bool = False) -> str | None:
    """The agency credited by ``text`` ("Reuters", "(AP)", "AFP/dpa"), or None.

    ``loose`` also accepts any case and a trailing job title ("Ap Auto Writer").
    """
    text = text.strip(" .,;:-–—*_")
    name = _EXACT.get(text) or _ANY_CASE.get(text.casefold())
    # Every match opens with "(": a text without one skips the search.
    if name is None and "(" in text and (match := PAREN_AGENCY_RE.search(text)):
        inner = [p for p in split_names(match[1]) if p]
        name = next((_EXACT[p] for p in inner if p in _EXACT), None)
    if name is None and loose:
        first, _, rest = text.partition(" ")
        candidate = _LOOSE.get(first.casefold())
        name = candidate if candidate and (not rest or is_role(rest)) else None
    return name


def is_role(text: str) -> bool:
    """True for a job title such as "Staff Writer" or "Live Science Contributor"."""
    tokens = text.casefold().split()
    return 0 < len(tokens) <= _MAX_ORG_TOKENS and any(t.strip(".") in ROLE_WORDS for t in tokens)


def is_credential(text: str) -> bool:
    """True for a credential after a name ("MS", "RD", "PhD")."""
    return bool(CREDENTIAL_RE.match(text.strip()))


def is_media_label(label: str) -> bool:
    """True when a link label names a picture or video rather than a source ("Cover Image")."""
    return any(word in MEDIA_WORDS for word in label.casefold().split())
