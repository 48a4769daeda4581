"""Whether a line is shaped like a headline: a few words, no list marker, no sentence.

The candidates `headline.find_headline` scores. A line is refused when its form says it is something
else: a list item (menus, tables of contents), a sentence or a prompt ("Never miss a post. Get
..."), a link's call to action (an arrow closing it), a dateline or byline, a breadcrumb trail, a
role (alone or after a name), a label and a code ("DOC. NO: WCA-2025"), a picture's credit, markup,
a menu glued into one line ("SubscribeSign in", "For Media For Agencies For Tech"), a menu's entries
in a row ("Opinion | Columns | Letters") or a line made mostly of button and menu words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from scrapelint.facts.bylines import OWNER_RE, names_in
from scrapelint.facts.credit_names import JUNK_WORDS, NON_NAME_WORDS
from scrapelint.facts.date_residue import DATELINE_WORDS, is_dateline_residue
from scrapelint.facts.dates import find_all_dates, has_year_hint, is_dateline, without_dates
from scrapelint.facts.headline_sentences import calls_to_action, prompt_or_prose
from scrapelint.facts.meta_words import WORDS, chrome_words
from scrapelint.text.document import LIST_MARKER_RE, line_content
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.words import PLAIN_WORD_RE

MIN_WORDS, MAX_WORDS = 2, 30
# A headline that holds a date has this many words of its own beside it.
DATED_TITLE_WORDS = 3
# What stands between a dateline's label and its date ("Updated: ", "Published on – ").
_LABEL_GAP = " :-–—,"
# What may stand before a date that opens the line: a list's mark, a bracket, a quote.
_MARKS = " -–—*•·|#>([{\"'"
# The words a page's notice of its date writes beside it, with a dateline's furniture
# (`date_residue.DATELINE_WORDS`): "This article was last updated on", "Information correct as
# of", "Page last reviewed: ... Next review due".
_NOTICE_WORDS = DATELINE_WORDS | frozenset(
    {
        "this", "article", "page", "post", "story", "was", "is", "in", "as", "of", "by",
        "originally", "first", "information", "correct", "reviewed", "review", "next", "due",
    }
)  # fmt: skip
MAX_CHARS = 250
# Characters that end a sentence: a headline does not end with one (a question mark may).
SENTENCE_END = (".", ":", ";", "。", ",", "।", "۔")
MAX_EXCLAIMED_WORDS = 6
# Chinese, Japanese and Korean characters, written without spaces between words.
CJK_RE = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Menu items glued together by the scraper: a lower-case letter right before a capital.
GLUE_RE = lazy(r"[a-z][A-Z][a-z]")
MAX_GLUED = 2
CAMEL_RE = lazy(r"(?<=[a-z])(?=[A-Z])")
# Markup or an address: code and links, not a headline.
MARKUP_RE = lazy(r"<\w|://|\bwww\.")
# A word printed this often in one line makes it a menu ("For Media For Agencies For Tech").
MENU_REPEATS = 3
# More words than this (an elision or a unit one word) and a comma: a sentence, not a headline.
MAX_PLAIN_WORDS = 16
# An elided article or pronoun glued to the next word ("l'île", "d'électricité", "qu'il"), and a
# unit ("km/h"): `PLAIN_WORD_RE` finds two words in each.
ELISION_RE = lazy(r"(?<![^\W\d_])[^\W\d_]{1,2}['’](?=[^\W\d_])")
UNIT_RE = lazy(r"(?<![^\W\d_])[^\W\d_]{1,3}/[^\W\d_]{1,3}(?![^\W\d_])")

# A breadcrumb trail: "Home » Section » Headline", "Blog / Topic / Headline", "Home > News".
BREADCRUMB_RE = lazy(r"\S\s+(?:»|›|>|/)\s+\S.*\s(?:»|›|>|/)\s|^(?:Home|Blog)\s+(?:»|›|>|/)\s")
# Every breadcrumb holds one of these.
BREADCRUMB_CHARS = frozenset("»›>/")
# A menu's entries in a row ("Opinion | Columns | Letters", "Gear · Camping · Buying guides"): a
# headline has at most its site's name after one bar.
MENU_ROW_SPLIT_RE = lazy(r"\s[|·•]\s")
MENU_ROW_PARTS, MENU_ROW_WORDS = 3, 3
# A label before a code ("DOC. NO: WCA-2025") has a few words.
MAX_LABEL_WORDS = 3
# A role alone on a line ("Senior Staff Writer at Example") is short.
MAX_ROLE_WORDS = 8
# " By Jane Doe" inside a line: a byline glued to something else. A name is two to four words
# of a capital and more letters (an apostrophe or a hyphen inside: "O'Brien", "Lee-Park"; a title
# or an initial with its full stop: "by Dr. Hannah Obi", "by J. R. Ward"), then the line ends, or
# a comma, a bar, a dash, a slash, a date or another name follows: a headline in title case goes
# on ("Ranked by Parents Who Actually Used Them"), and "by A Thousand Cuts" names nobody.
_NAME_WORD = r"[A-Z](?:\.|(?:[^\W\d_]|['’\-](?=[^\W\d_]))+\.?)"
BYLINE_INSIDE_RE = lazy(
    rf"\s[Bb]y\s+(?:{_NAME_WORD}\s+){{1,3}}{_NAME_WORD}"
    r"(?=\s*(?:$|[,|·•–—/(&»\d])|\s+-\s|\s+(?:and|for|at)\s+[A-Z])"
)
# Two labels, each with a one-word value ("Source: Xinhua Author: Li Ming"), with full-width
# colons too: metadata in any language. A headline's colons part a title from its subtitle.
LABEL_ROW_RE = lazy(
    r"(?:^|\s)[^\W\d_][^\s:：]{0,19}[:：]\s*[^\s:：]+\s+[^\W\d_][^\s:：]{1,19}[:：]\s*\S"
)


# How a line of Markdown opens with a picture, bare or linked.
_IMAGE_MARKS = ("![", "[![")
# A word joined by a hyphen opening the line ("By-Election Called"): no signing word.
HYPHENATED_RE = lazy(r"\w+-\w")
# Social networks, whose names a share button declines in languages with cases ("Sdílet na
# Facebooku", "Jaa Twitterissä"): beside a button's word, a word opening with one is the
# button's ("Konec Twitteru", "the end of Twitter", is a headline).
NETWORKS = ("facebook", "twitter", "whatsapp", "linkedin", "instagram", "pinterest", "telegram")


def is_headline_shaped(line: str) -> bool:
    """A few words, no list marker, no closing full stop, not a dateline, byline or label."""
    # Tested before the memo: a paragraph, or a page's text on one line, is never kept in it.
    return len(line) <= MAX_CHARS and _headline_shaped(line)


# Page chrome repeats from page to page of a site, and a corpus holds many pages of a few sites:
# the verdict is a pure function of the line, remembered for the lines seen most recently.
@lru_cache(maxsize=8192)
def _headline_shaped(line: str) -> bool:
    if len(line.split()) > MAX_WORDS + 2:
        return False  # the cheap test first: most lines are prose
    if LIST_MARKER_RE.match(line) or line.lstrip().startswith(_IMAGE_MARKS):
        return False  # an item of a list; a picture, whose alt text the page never shows
    text = line_content(line)
    if _ends_sentence(text) or calls_to_action(text):
        return False
    first = next((c for c in text if c.isalpha()), "")
    if first.islower():
        return False  # "book intro call": a headline starts with a capital (where case exists)
    words = PLAIN_WORD_RE.findall(text)
    if not MIN_WORDS <= word_count(words) <= MAX_WORDS:
        return False
    if sum(w.isdigit() for w in words) * 2 > len(words):
        return False
    if prompt_or_prose(text, word_count(words)) or is_breadcrumb(text):
        return False
    if (has_year_hint(text) and _mostly_dated(text)) or BYLINE_INSIDE_RE.search(text):
        return False
    if len(GLUE_RE.findall(text)) >= MAX_GLUED or _repeats_a_word(words):
        return False  # "All LocationsCentral Las VegasSummerlin", "For Media For Agencies For"
    if "," in text and len(words) > MAX_PLAIN_WORDS and _clauses(text, len(words)):
        return False  # a long line with a clause in it is prose, or a caption's list
    if _has_markup(text) or WORDS.media_credit.match(text) or _is_role(words, text):
        return False
    if _labelled_code(text) or LABEL_ROW_RE.search(text) or _menu_row(text):
        return False
    if OWNER_RE.match(text):  # "Jane Doe's Tech Blog": the site's name
        return False
    # Menu words glued into one ("SubscribeSign in") count once split; a brand's capitals
    # ("Back to GitHub Sign in Sign up") split into words that are no menu's.
    if _chrome(words) or (
        GLUE_RE.search(text) and _chrome(PLAIN_WORD_RE.findall(CAMEL_RE.sub(" ", text)))
    ):
        return False
    return not (
        is_dateline(text)
        or WORDS.byline_prefix.match(text)
        or WORDS.elsewhere.match(text)
        or WORDS.mentions("reading_time", text)
        or WORDS.mentions("copyright", text)
    )


def _clauses(text: str, words: int) -> bool:
    """Whether a line of `words` words (more than `MAX_PLAIN_WORDS`), a comma in it, reads as
    prose: more than one comma, or more words than that once an elision ("l'île", "qu'il") or a
    unit ("km/h") counts as one word, as a reader counts them ("the city's" stays two)."""
    if text.count(",") > 1:
        return True
    joined = len(ELISION_RE.findall(text)) + len(UNIT_RE.findall(text))
    return words - joined > MAX_PLAIN_WORDS


def _mostly_dated(text: str) -> bool:
    """A date with fewer than `DATED_TITLE_WORDS` words of a headline's own beside it ("Monday 12
    March 2025, 10:32 GMT", "This article was last updated on 12 March 2025"): a dateline's or a
    page's notice of its date, where a headline names its day among words of its own ("Full
    Council, 12 March 2025: what was decided"). The words a dateline or such a notice writes
    beside its date ("Posted in ... on", "last reviewed", "as of") are no headline's."""
    dates = find_all_dates([text])
    if not dates:
        return False
    label = WORDS.published.match(text) or WORDS.updated.match(text)
    if label is not None and not text[label.end() : dates[0].start].strip(_LABEL_GAP):
        return True  # "Updated on 17 March 2025", where "Updated visiting hours ..." heads
    if not text[: dates[0].start].strip(_MARKS):
        return True  # a date opening the line: a post's in a list of them
    rest = without_dates(text, dates)
    if is_dateline_residue(rest) or names_in(rest):
        return True  # "Dec 17, 2025 · Jane Doe": the byline on its dateline
    own = [w for w in PLAIN_WORD_RE.findall(rest) if w.casefold() not in _NOTICE_WORDS]
    return word_count(own) < DATED_TITLE_WORDS


def is_headline_lookalike(text: str) -> bool:
    """A line shaped as a headline that is none: a row of buttons or a menu's entries (short
    parts between bars or dots, or half its words a button's or a menu's: "Paylaş: Facebook · X ·
    WhatsApp"), a notice of the page's date ("Press release – published 22 April 2025") or a
    signed line ("By Jane Roe"). A lookalike is the headline only when no other line near the
    body reads as one (`locate.outside`): "Follow the money" is made of a menu's words."""
    return (
        _menu_row(text)
        or _chrome(PLAIN_WORD_RE.findall(text))
        or (has_year_hint(text) and _mostly_dated(text))
        or _signed(text)
    )


def _signed(text: str) -> bool:
    """A signing word and a name after it ("By Jane Roe", "Words: Ryan Tebbutt"), where "By
    2030, ...", "By the numbers" and "By-election called" head stories."""
    prefix = WORDS.byline_prefix.match(text)
    if prefix is None or HYPHENATED_RE.match(text):
        return False
    return prefix.group("rest")[:1].isupper()


def _menu_row(text: str) -> bool:
    """Three short parts or more between bars or middle dots: a menu's entries in a row."""
    parts = MENU_ROW_SPLIT_RE.split(text)
    return len(parts) >= MENU_ROW_PARTS and all(len(p.split()) <= MENU_ROW_WORDS for p in parts)


def _chrome(words: Sequence[str]) -> bool:
    """Half the words or more, function words aside, are button and menu words."""
    content = [w for w in (w.casefold() for w in words) if w not in NON_NAME_WORDS]
    chrome = chrome_words()
    buttons = sum(w in chrome or w in JUNK_WORDS for w in content)
    if buttons:  # beside a button's word, a network's declined name is the button's too
        buttons += sum(w not in chrome and w.startswith(NETWORKS) for w in content)
    return buttons * 2 >= len(content)


def _has_markup(text: str) -> bool:
    return ("<" in text or "/" in text or "www." in text) and MARKUP_RE.search(text) is not None


def is_breadcrumb(text: str) -> bool:
    """A breadcrumb trail: "Home » Section » Headline"."""
    return not BREADCRUMB_CHARS.isdisjoint(text) and BREADCRUMB_RE.search(text) is not None


def _labelled_code(text: str) -> bool:
    """A label and a code ("DOC. NO: WCA-2025", "Ref: AB-12"): one token with a digit after
    the colon, a few words before it."""
    label, colon, code = text.rpartition(":")
    code = code.strip()
    return (
        bool(colon)
        and len(label.split()) <= MAX_LABEL_WORDS
        and " " not in code
        and any(c.isdigit() for c in code)
    )


def _is_role(words: Sequence[str], text: str) -> bool:
    """A job title alone ("Chief Business Editor"), or after a name and a comma ("Steve Peoples,
    AP National Political Writer": a byline): a few words, a role among them."""
    if len(words) > MAX_ROLE_WORDS:
        return False
    name, comma, role = text.rpartition(",")
    if comma and not names_in(name):
        return False  # "Paris, Texas, and the editor": no person before the role
    return WORDS.role.match(role.strip()) is not None


def word_count(words: Sequence[str]) -> int:
    """How many words `words` (`PLAIN_WORD_RE` tokens) are, a run of CJK characters counting one
    word for two characters (no spaces there)."""
    return sum(max(1, len(w) // 2) if CJK_RE.match(w) else 1 for w in words)


def _repeats_a_word(words: Sequence[str]) -> bool:
    counts: dict[str, int] = {}
    for word in words:
        if len(word) <= 2:
            continue  # "NASA’s ... Musk's ... Bezos's": the "s" repeats, no menu does
        if word[:1].islower():
            continue  # "... the Beans When the Farms ...": a menu's entries are capitalised
        folded = word.casefold()
        counts[folded] = counts.get(folded, 0) + 1
        if counts[folded] >= MENU_REPEATS:
            return True
    return False


def _ends_sentence(text: str) -> bool:
    """A closing full stop, colon or comma; an abbreviation's dot ("in the U.S.") is none. An
    exclamation mark ends a prompt ("... shop with ease and save on shipping!") unless the line
    is as short as an exclaimed headline ("Mission accomplished!")."""
    if text.endswith("!"):
        return len(text.split()) > MAX_EXCLAIMED_WORDS
    if not text.endswith(SENTENCE_END):
        return False
    last = text.split()[-1]
    return not (text.endswith(".") and "." in last[:-1])
