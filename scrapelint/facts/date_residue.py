"""What may surround a date on a dateline: times, zones, weekdays, filler words, how long ago
the page was updated, a site name.

:func:`scrapelint.facts.dates.is_dateline` cuts the dates out of a line and asks
:func:`is_dateline_residue` whether the rest is only such dateline furniture.
"""

from __future__ import annotations

import re
from functools import cache

from scrapelint.facts.locale_data import weekday_number
from scrapelint.facts.meta_words import alternation
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.marks import DROP_POINTS, LETTER_MARKS
from scrapelint.text.pattern_store import compile_pattern

# Clock times left next to a dateline: "10:54", "1:39 am", "0:13", "10h30", "10:54:00".
TIME_RE = lazy(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?(?!\w))?", re.I)
# A clock time written with a dot after the Nordic "kl." (Finnish "klo") or before a zone, "Uhr"
# or a half of the day: "kl. 06.00", "06.00 GMT", "18.37 Uhr", "6.00am" (a bare "6.00" may be a
# price).
DOTTED_TIME_RE = lazy(
    r"(?:(?<=\bkl\.)\s*|(?<!\d))\d{1,2}\.\d{2}(?=\s*(?:GMT|BST|CET|CEST|UTC|EET|EEST|uhr|h)\b)|"
    r"(?<=\bkl\.)\s*\d{1,2}\.\d{2}|(?<=\bklo)\s*\d{1,2}\.\d{2}|"
    r"(?<![\d.])\d{1,2}\.\d{2}\s?[ap]\.?m\.?(?!\w)",
    re.I,
)

# Numeric UTC offsets, "+0100", "GMT+3", "UTC-05:00" (the letters are handled as acronyms).
TZ_OFFSET_RE = lazy(r"[+-]\d{1,2}(?::?\d{2})?(?!\d)")

# How long ago a page was updated, after the word for it ("Atualizado há 2 horas", "updated 3
# hours ago", "aktualisiert vor 2 Stunden"). A bare age ("Jan 29, 2025 - 3 days ago") dates an
# item of a list of posts, not the page.
_UNITS = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|segundos?|minutos?|horas?"
    r"|d[ií]as?|semanas?|secondes?|heures?|jours?|sekunden?|minuten?|stunden?|tagen?|ore|ora"
    r"|months?|meses|mois|monate?n?|mesi|maanden|miesi[ęą]c[ey]?|месяц(?:а|ев)?|ay|bulan|minuti|giorni|uur|dagen|godz\.?|godzin[y]?|minut[y]?|dni|час(?:а|ов)?|минут[уы]?"
    r"|дн(?:я|ей)|день|saat|dakika|gün|jam|menit|hari)"
)
_UPDATED = (
    r"(?:updated|atualizado|actualizado|aktualisiert|bijgewerkt|aggiornato|mis\s+à\s+jour"
    r"|zaktualizowano|aktualizacj[ai]|обновлено|güncellendi|diperbarui)"
)
AGE_RE = lazy(
    rf"\b{_UPDATED}:?\s+(?:(?:há|hace|vor|il\s+y\s+a)\s+)?\d{{1,3}}\s+{_UNITS}"
    rf"(?:\s+(?:ago|fa|geleden|temu|назад|önce|(?:yang\s+)?lalu))?\b",
    re.I,
)


# The minutes of a reading time, written out or cut short: "min", "Minuten", "dk", "хв", "분".
_MINUTES = (
    r"(?:min(?:s|utes?|uten|utter|uter|uutin|ut[aeiy]?)?|dk|dakika|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?"
    r"|perc|menit|phút|λεπτά|分钟|分|분)"
)


@cache
def _reading_time() -> re.Pattern[str]:
    """The reading time beside a date, with its length ("· 9 min read", "Lesezeit: 4 Min.",
    "Okuma süresi: 7 dk"): the metadata vocabulary's `reading_time` and a number before or after
    it."""
    phrase = alternation("reading_time")
    return compile_pattern(
        rf"(?<!\w)\d{{1,3}}\s*(?:{phrase})(?!\w)\.?"
        rf"|(?<!\w)(?:{phrase})\s*[:：]?\s*\d{{1,3}}\s*(?:{_MINUTES}\.?(?!\w))?",
        re.IGNORECASE,
    )


# A social-media handle: a date next to one signs an embedded post, not the article.
HANDLE_RE = lazy(r"@[^\W\d_]")

# Words (with the vowel signs of the scripts that write them as marks, and Arabic's vowel points,
# dropped before a word is looked up: "نُشر" is "نشر") and numbers left once dates and times are
# removed from a candidate dateline.
_LETTERS = rf"(?:[^\W\d_]|[{LETTER_MARKS}])+"
RESIDUE_TOKEN_RE = lazy(rf"{_LETTERS}(?:['’-]{_LETTERS})*|\d+")

# Words that may surround a date on a dateline ("Updated", "Published on", "às", "Uhr", "г.").
# Function words and verbs, not month names, so typing them is fine.
DATELINE_WORDS = frozenset(
    {
        "updated", "update", "published", "posted", "last", "modified", "date", "dated", "on",
        "at", "am", "pm", "um", "uhr", "h", "le", "el", "la", "de", "du", "à", "a", "às", "em",
        "en", "del", "time", "mis", "jour", "publié", "publicado", "actualizado", "atualizado",
        "aktualisiert", "veröffentlicht", "gepubliceerd", "bijgewerkt", "pubblicato", "aggiornato",
        "опубликовано", "обновлено", "г", "года", "в", "opublikowano", "zaktualizowano", "r",
        "dnia", "o", "publiziert", "om", "op", "uur", "aktualizacja", "aktualizacji", "atualização",
        "actualización", "aggiornamento",
        # Swedish, Danish, Norwegian ("Publicerad 27 januari 2025 kl. 06.00"), Czech, Greek
        "publicerad", "uppdaterad", "publiceret", "opdateret", "udgivet", "publisert",
        "oppdatert", "kl", "aktualizováno", "publikováno", "δημοσίευση", "ενημέρωση", "il",
        "hrs", "hr",
        # Turkish, Indonesian, Vietnamese ("ngày 10/6/2024", "Thứ ba, 12/3/2024 lúc 08:30")
        "güncellendi", "güncelleme", "yayınlandı", "yayın", "tarihi", "saat", "diperbarui",
        "diterbitkan", "pukul", "ngày", "lúc", "cập", "nhật", "đăng", "thứ", "hai", "ba", "tư",
        "năm", "sáu", "bảy", "chủ",
        # Romanian, Slovak, Hungarian, Finnish
        "publicat", "actualizat", "ora", "aktualizované", "publikované", "frissítve",
        "közzétéve", "frissítés", "päivitetty", "julkaistu", "klo",
        # Hindi, Bengali ("अपडेटेड: 4 मार्च 2025, दोपहर 2:15 बजे"): updated, published, the parts
        # of the day, o'clock
        "अपडेटेड", "अपडेट", "प्रकाशित", "दिनांक", "सुबह", "दोपहर", "शाम", "रात", "बजे",
        "প্রকাশিত", "আপডেট", "সকাল", "দুপুর", "বিকেল", "রাত",
        # Hebrew, Arabic, Persian, Thai: updated, published, at (the hour)
        "עודכן", "פורסם", "בשעה", "آخر", "تحديث", "نشر", "الساعة", "تاريخ", "ساعت", "انتشار",
        "في", "بتاريخ", "تم", "النشر", "التحديث",
        "อัปเดต", "เผยแพร่", "เวลา", "น",
        # Croatian, Serbian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian: published,
        # updated, at (the hour), the year's and day's abbreviations ("2025 m. kovo 7 d.")
        "objavljeno", "ažurirano", "azurirano", "objavljen", "ažuriran", "u",
        "objava", "posodobljeno", "ob", "публикувано", "обновено", "актуализирано", "ч",
        "paskelbta", "atnaujinta", "m", "d", "publicēts", "atjaunots", "plkst", "avaldatud",
        "uuendatud", "kell",
        # Korean, Japanese, Chinese: posted, modified, published, updated, date, time
        "입력", "수정", "등록", "승인", "기사입력", "최종수정", "업데이트", "발행", "게재",
        "公開", "更新", "公開日", "更新日", "配信", "掲載", "最終更新", "投稿日", "发布", "發布",
        "发布时间", "發布時間", "更新时间", "更新時間", "发表", "發表", "发表于", "發表於",
        "日期", "时间", "時間",
    }
)  # fmt: skip
# A life event's label before a colon opening the line ("Born: 3 May 1933, Hexham", "Date of
# birth:", "Nascimento:"): an obituary's or a profile's facts, not the page's date. The label's
# last word counts; other labels ("By:", "Rendered:") stay dateline furniture.
FIELD_LABEL_RE = lazy(r"\W*(?:[^\W\d_]+\s+){0,2}([^\W\d_]+)\s*:")
LIFE_LABELS = frozenset(
    {
        "born", "died", "dies", "née", "né", "geboren", "gestorben", "décédé", "décédée",
        "nacido", "nacida", "fallecido", "fallecida", "nato", "nata", "morto", "morta",
        "nascido", "nascida", "falecido", "falecida", "overleden", "urodzony", "urodzona",
        "zmarł", "zmarła", "родился", "родилась", "умер", "умерла",
        # the nouns infoboxes write: birth, death
        "birth", "death", "geburt", "tod", "naissance", "décès", "nacimiento", "muerte",
        "fallecimiento", "nascita", "morte", "nascimento", "óbito", "geboorte", "urodzenie",
        "śmierć", "рождение", "смерть", "doğum", "ölüm", "lahir", "wafat", "sinh", "mất",
    }
)  # fmt: skip
# ...and a deadline's ("Deadline: 31 January", "Nächster Antragsstichtag:", "Határidő:"): the
# story's facts, in a box of them, not the page's date either.
DEADLINE_LABELS = frozenset(
    {
        "deadline", "deadlines", "due", "closes", "expires", "stichtag", "antragsstichtag",
        "frist", "antragsfrist", "einsendeschluss", "anmeldeschluss", "bewerbungsschluss",
        "limite", "plazo", "scadenza", "prazo", "határidő", "срок", "termijn", "termin",
    }
)  # fmt: skip
FACT_LABELS = LIFE_LABELS | DEADLINE_LABELS
_MAX_ACRONYM_LEN = 5
_MAX_SITE_NAME_WORDS = 4


def is_dateline_residue(text: str) -> bool:
    """What is left of a dateline once dates are cut out: times, zones, weekdays, filler words
    and at most a short capitalised site name ("Fort Russ News")."""
    if HANDLE_RE.search(text):
        return False  # "— The Senate (@NGRSenate) October 9, 2018" closes an embedded tweet
    label = FIELD_LABEL_RE.match(text)
    if label and label[1].casefold() in FACT_LABELS:
        return False  # "Born: 3 May 1933, Hexham" opens an obituary's facts
    text = _reading_time().sub(" ", AGE_RE.sub(" ", text))
    text = TZ_OFFSET_RE.sub(" ", TIME_RE.sub(" ", DOTTED_TIME_RE.sub(" ", text)))
    site_words = 0
    for token in RESIDUE_TOKEN_RE.findall(text):
        if token.isdigit():
            return False
        if (
            token.casefold().translate(DROP_POINTS) in DATELINE_WORDS
            or weekday_number(token) is not None
        ):
            continue
        if token.isupper() and len(token) <= _MAX_ACRONYM_LEN:
            continue  # time zone ("EST") or agency/site acronym
        if not token[0].isupper():
            return False
        site_words += 1
    return site_words <= _MAX_SITE_NAME_WORDS
