"""Language codes a corpus may expect: the 184 two-letter codes of ISO 639-1.

`--languages english` names no language the detectors report, so the check would flag every
document, or, with a typo in a CI configuration, none as the corpus meant. Codes are validated
once, where the configuration and the command line are read. The list is CLDR's, as Babel ships it
(`Locale("en").languages`, two-letter keys), written out so that checking a code imports nothing.
"""

from __future__ import annotations

_ROWS = (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch",
    "co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy",
    "ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it",
    "iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo",
    "lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny",
    "oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk",
    "sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw",
    "ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu",
)
ISO_639_1: frozenset[str] = frozenset(code for row in _ROWS for code in row.split())


def unknown_language(code: str) -> str | None:
    """Why `code` is not a language code (with the code its English name stands for, when it
    is one), or None when it is."""
    if code in ISO_639_1:
        return None
    meant = code.lower() if code.lower() in ISO_639_1 else _named(code)
    hint = f"; did you mean {meant!r}?" if meant else ""
    codes = ", ".join(sorted(ISO_639_1))
    return f"{code!r} is not an ISO 639-1 language code{hint} (codes: {codes})"


def _named(name: str) -> str | None:
    """The code of the language called `name` in English ("english" -> "en"), if any."""
    from babel import Locale  # only on the error path

    folded = name.casefold()
    for code, english in Locale("en").languages.items():
        if code in ISO_639_1 and english.casefold() == folded:
            return code
    return None
