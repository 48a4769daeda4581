"""The words that frame datelines, bylines and author boxes on a page, compiled once.

The vocabulary is data (`rules/_vocabulary/metadata.yaml`); each group is one named pattern.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from scrapelint.io.yaml_data import YamlDataError, read_yaml
from scrapelint.text.pattern_store import compile_pattern

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
VOCABULARY_FILE = ("_vocabulary", "metadata.yaml")
# The vocabulary languages, as in the phrase rule packs, each in every group; a group may add more.
LANGUAGES = ("en", "es", "fr", "de", "pt", "it")
_MORE = ("nl", "pl", "ru", "tr", "zh", "ja", "ko", "ar", "sv", "da", "hu", "cs", "ro", "uk", "fi")
_OTHERS = ("no", "id", "vi", "el", "sk", "hr", "bg", "sr", "sl", "lv", "lt", "et", "fa", "he")
KNOWN = frozenset((*LANGUAGES, *_MORE, *_OTHERS))
# Marks a line may open with before its words (list items, headings, quotes): no word characters.
LEADING_MARKS = " \t*#>-•·|[("
GROUPS = (
    *("published", "updated", "last_updated", "byline", "author_box", "author_link", "roles"),
    *("reading_time", "elsewhere", "copyright", "chrome", "organisation", "heading_words"),
    *("other_credits", "relative_age", "honorifics", "media_credit", "first_person"),
    *("comment_verbs", "comment_count", "weak_byline", "colon_byline"),
)


def _rules_dir() -> Path:
    """The rule packs' folder, found as `engine.packs.builtin_rules_dir` does (facts are below)."""
    packaged = PACKAGE_ROOT / "_rules"
    return packaged if packaged.is_dir() else PACKAGE_ROOT.parent / "rules"


@cache
def vocabulary() -> dict[str, tuple[str, ...]]:
    """Each group's phrases, all languages together, casefolded, longest first."""
    path = _rules_dir().joinpath(*VOCABULARY_FILE)
    try:
        data = read_yaml(path)
    except YamlDataError as error:
        raise ValueError(f"{path}:{error.line}: not valid YAML: {error.problem}") from None
    _validate(path, data)
    groups = {}
    for group in GROUPS:
        phrases = {str(p).casefold() for words in data[group].values() for p in words}
        groups[group] = tuple(sorted(phrases, key=lambda p: (-len(p), p)))  # longest first
    return groups


@cache
def first_person_words() -> frozenset[str]:
    """Words of a writer speaking of themself, casefolded, one word each."""
    return frozenset(vocabulary()["first_person"])


@cache
def chrome_words() -> frozenset[str]:
    """Button and menu words, one word each."""
    return frozenset(vocabulary()["chrome"])


@cache
def org_words() -> frozenset[str]:
    """Words of organisation and site names and of section headings, one word each: a phrase
    holding one names no person."""
    return frozenset(vocabulary()["organisation"]) | frozenset(vocabulary()["heading_words"])


def _validate(path: object, data: object) -> None:
    """Every group, in the six languages (and others of `KNOWN`), as lists of words."""
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a mapping of vocabulary groups")
    for key in sorted(set(data) ^ set(GROUPS)):
        problem = "unknown" if key in data else "missing"
        raise ValueError(f"{path}: {problem} vocabulary group {key!r}")
    for group, by_language in data.items():
        if not isinstance(by_language, dict) or not set(LANGUAGES) <= by_language.keys() <= KNOWN:
            raise ValueError(f"{path}: {group}: give the words of each of {', '.join(LANGUAGES)}")
        for language, words in by_language.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise ValueError(f"{path}: {group}.{language}: not a list of words")


def alternation(group: str) -> str:
    """The group's phrases as one regex alternation."""
    # Spaces in a phrase match any run of spaces; "©" and other marks need no word boundary.
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in vocabulary()[group])


def _words(group: str) -> str:
    return rf"(?<!\w)(?:{alternation(group)})(?!\w)"


class Patterns:
    """The named patterns, built on first use (reading the YAML costs a few milliseconds)."""

    def mentions(self, group: str, text: str) -> bool:
        """Whether `text` holds a phrase of `group` (`published`, `updated`, `copyright`,
        `reading_time`). Most lines hold none of the group's key words, which a substring test
        in C finds far faster than the pattern's search."""
        if not any(map(text.casefold().__contains__, _keys(group))):  # map: the loop runs in C
            return False
        return _compiled(group).search(text) is not None

    def may_open(self, group: str, text: str) -> bool:
        """False when `text` cannot open with a phrase of `group` (a byline label, an author
        box's or a list's heading): past its leading marks it opens with a letter or digit and
        with none of the phrases' first words, which `str.startswith` tells in C. True when the
        group's pattern must say."""
        text = text.lstrip(LEADING_MARKS)  # the patterns skip them too
        if not text or not text[0].isalnum():
            return True  # another mark first: the pattern must say
        return text[: _longest(group)].casefold().startswith(_firsts(group))

    @property
    def published(self) -> re.Pattern[str]:
        return _compiled("published")

    @property
    def updated(self) -> re.Pattern[str]:
        return _compiled("updated")

    @property
    def copyright(self) -> re.Pattern[str]:
        return _compiled("copyright")

    @property
    def reading_time(self) -> re.Pattern[str]:
        return _compiled("reading_time")

    @property
    def byline_prefix(self) -> re.Pattern[str]:
        """ "By Jane Doe", "Written by: Jane Doe", "Author - Jane Doe"; `rest` is the names."""
        return _byline_prefix()

    @property
    def byline_alone(self) -> re.Pattern[str]:
        """A line that is only a byline prefix ("By", "Author:"): the names are on the next."""
        return _byline_alone()

    def names_label(self, group: str) -> re.Pattern[str]:
        """A label of `group` and what follows it (`rest`, which must be names): "Af Mette
        Kjærgaard" (`weak_byline`, a colon or a space after it), "Teksti: Aino Hyvärinen"
        (`colon_byline`, a colon)."""
        return _names_label(group, _AFTER_LABEL[group])

    @property
    def author_box(self) -> re.Pattern[str]:
        """An author box heading ("About the author"), with the name after it or on its own."""
        return _author_box()

    @property
    def author_link(self) -> re.Pattern[str]:
        """A whole line that links to the author's page ("Author's profile")."""
        return _author_link()

    @property
    def role(self) -> re.Pattern[str]:
        """A whole job title: "Staff Writer", "Senior Editor", "Contributor"."""
        return _role()

    @property
    def other_credit(self) -> re.Pattern[str]:
        """A reviewer's, editor's or fact-checker's credit at the start of a line."""
        return _other_credit()

    def comment_header(self, text: str) -> bool:
        """A commenter's verb closes `text` or a colon follows it ("... said:", "Jane Roe says:
        May 3, 2025"): a comment's header, whose name and date are not the article's."""
        return self.mentions("comment_verbs", text) and _comment_end().search(text) is not None

    @property
    def relative_age(self) -> re.Pattern[str]:
        """An age for a date: "3 days ago", "vor 2 Tagen"."""
        return _compiled("relative_age")

    @property
    def honorific(self) -> re.Pattern[str]:
        """A title before a name, with its dot: "Dr. ", "Prof ", "Mme "."""
        return _honorific()

    @property
    def media_credit(self) -> re.Pattern[str]:
        """A picture's credit label opening a line: "Image by", "Photo:", "Foto von"."""
        return _media_credit()

    @property
    def elsewhere(self) -> re.Pattern[str]:
        """A heading over other articles or comments ("Related", "Most read", "Comments")."""
        return _elsewhere()


@cache
def _keys(group: str) -> tuple[str, ...]:
    """The longest word of each phrase of `group`: a text holding none holds no phrase."""
    return tuple({max(phrase.split(), key=len) for phrase in vocabulary()[group]})


@cache
def _firsts(group: str) -> tuple[str, ...]:
    """The first word of each phrase of `group` (a pattern's spaces match any run of them)."""
    return tuple({phrase.split()[0] for phrase in vocabulary()[group]})


@cache
def _longest(group: str) -> int:
    return max(map(len, _firsts(group)))


@cache
def _compiled(group: str) -> re.Pattern[str]:
    return compile_pattern(_words(group), re.IGNORECASE)


@cache
def _byline_prefix() -> re.Pattern[str]:
    return compile_pattern(
        rf"^[^\w]*(?:{alternation('byline')})(?:\s*[:\-–—|]\s*|\s+)(?P<rest>\S.*)$", re.IGNORECASE
    )


@cache
def _byline_alone() -> re.Pattern[str]:
    return compile_pattern(rf"^[^\w]*(?:{alternation('byline')})\s*:?\s*$", re.IGNORECASE)


# What stands between a label that needs names after it and the names, per group.
_AFTER_LABEL = {"weak_byline": r"(?:\s*:\s*|\s+)", "colon_byline": r"\s*:\s*"}


@cache
def _names_label(group: str, after: str) -> re.Pattern[str]:
    return compile_pattern(rf"^[^\w]*(?:{alternation(group)}){after}(?P<rest>\S.*)$", re.I)


@cache
def _author_box() -> re.Pattern[str]:
    return compile_pattern(
        rf"^[^\w]*(?:{alternation('author_box')})(?:\s*[:\-–—]\s*|\s+|$)(?P<rest>.*)$",
        re.IGNORECASE,
    )


@cache
def _author_link() -> re.Pattern[str]:
    return compile_pattern(rf"^[^\w]*(?:{alternation('author_link')})[^\w]*$", re.IGNORECASE)


@cache
def _role() -> re.Pattern[str]:
    # "Senior Staff Writer", "Contributing Editor at Example": a role, an optional qualifier.
    return compile_pattern(
        rf"^(?:[^\W\d_]+\s+){{0,3}}"
        rf"(?:{alternation('roles')})(?:\s+(?:at|for|of|bei|de|di|à)\s+.{{1,40}})?$",
        re.IGNORECASE,
    )


@cache
def _other_credit() -> re.Pattern[str]:
    return compile_pattern(rf"^[^\w]*(?:{alternation('other_credits')})(?!\w)", re.IGNORECASE)


@cache
def _comment_end() -> re.Pattern[str]:
    # The verb closes the line, or a colon follows it ("Jane Roe says: May 3, 2025 at 4:47 pm").
    verbs = alternation("comment_verbs")
    return compile_pattern(rf"(?<!\w)(?:{verbs})(?:\s*:|[\s*_]*$)", re.IGNORECASE)


@cache
def _honorific() -> re.Pattern[str]:
    return compile_pattern(rf"^(?:{alternation('honorifics')})\.?\s+", re.IGNORECASE)


@cache
def _media_credit() -> re.Pattern[str]:
    # The label, then "by"/"courtesy"/"von"... or a colon: "Image by", "Photo credit", "Foto:".
    return compile_pattern(
        rf"^(?:{alternation('media_credit')})s?"
        r"(?:\s+(?:by|credit|courtesy|von|de|di|par|por|da)\b|\s*:)",
        re.IGNORECASE,
    )


@cache
def _elsewhere() -> re.Pattern[str]:
    # The heading may carry a count or a site name, "Comments (3)", "More from Example", and
    # trail off: "You may also like...".
    return compile_pattern(
        rf"^[^\w]*(?:{alternation('elsewhere')})(?!\w)[^.!?]{{0,40}}(?:\.\.\.|…)?\s*$",
        re.I,
    )


WORDS = Patterns()
