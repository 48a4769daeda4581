"""The names of an article's own sections: a line that says only "Introduction" or "TL;DR" opens
a part of the article, and is no byline however short and capitalised it is.

The locator takes a short capitalised line next to the body for a byline ("Reuters", "Staff
Reports"); on text extracted already, a paper's "Abstract" or a post's "TL;DR" stands just there,
above its first paragraph, and a "Conclusion" just below a body found to end early; below the
body, a review's "Specifications", "Pros" and "Verdict" go on with it (`chain.chained`). The
names are those of the parts of a paper, a report, a post, a recipe or a review ("Method",
"Tips", "FAQ", "Pros"), in the vocabulary languages, in their normal form (`text.normalize`);
"Key takeaways" and similar boxes are left out, since pages repeat them as teasers of other
articles.
"""

from __future__ import annotations

from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.line_features import LIST_MARKER_RE
from scrapelint.text.normalize import normalized_content

# A label over a title: "Fakta: Så gör du vid ett VMA".
_LABEL_RE = lazy(r"\s*([^:：]{1,30})[:：]\s*\S")
# A remark between brackets closing a section's name.
_REMARK_RE = lazy(r"\s*\([^()]{1,40}\)\s*$")

# The names of a box of the story's facts, which may also label its title.
BOX_LABELS = frozenset(
    ("fakta", "faktaruta", "faktaboks", "fakten", "faktenbox", "factbox", "fact box", "key facts")
)

# The names of an FAQ, which may also open a heading that names its topic ("FAQ Seputar PMB UTN
# 2025", "Häufige Fragen zur Grundsteuer"), where an interview's "Q&A with ..." heads a teaser as
# often.
FAQ_NAMES = frozenset(
    (
        *("faq", "faqs", "frequently asked questions", "frequently asked questions faq"),
        *("häufige fragen", "häufig gestellte fragen", "questions fréquentes"),
        *("foire aux questions", "câu hỏi thường gặp", "常见问题", "よくある質問"),
        "자주 묻는 질문",
        *("preguntas frecuentes", "perguntas frequentes", "domande frequenti"),
        *("veelgestelde vragen", "vaak gestelde vragen", "często zadawane pytania"),
        *("vanliga frågor", "ofte stillede spørgsmål", "часто задаваемые вопросы"),
        *("sık sorulan sorular", "întrebări frecvente", "často kladené otázky"),
        *("časté dotazy", "často kladené dotazy", "gyakori kérdések", "usein kysytyt kysymykset"),
    )
)
# The most words of the topic an FAQ's heading names after its name.
FAQ_TOPIC_WORDS = 6
_FAQ_NAME_WORDS = max(len(name.split()) for name in FAQ_NAMES)

# The names of a post's closing words ("The bottom line", "Final thoughts"), which also name a
# site's sections and shows in its menus, and a table of contents' last entry: a section's only
# on a line of their own, never as a list's item or a link ("[Final thoughts](#final)").
CLOSING_NAMES = frozenset(
    (
        *("the bottom line", "bottom line", "final thoughts", "closing thoughts", "in conclusion"),
        *("in summary", "to sum up", "wrapping up", "unterm strich", "en conclusion", "en résumé"),
        *("en resumen", "en conclusión", "in sintesi", "in conclusione", "em resumo"),
        *("considerações finais", "tot slot", "conclusie", "samenvatting", "podsumowanie"),
        *("заключение", "выводы", "sonuç", "kesimpulan", "sammanfattning", "yhteenvetona"),
    )
)

SECTION_NAMES = frozenset(
    (
        *("introduction", "abstract", "summary", "conclusion", "conclusions", "overview"),
        *("background", "tldr", "tl dr"),
        *("einleitung", "einführung", "zusammenfassung", "fazit"),
        *("résumé",),
        *("introducción", "resumen", "conclusión", "conclusiones"),
        *("introdução", "resumo", "conclusão"),
        *("introduzione", "riassunto", "sommario", "conclusione", "conclusioni"),
        # A recipe's or a how-to's parts.
        *("ingredients", "method", "instructions", "directions", "preparation", "steps", "tips"),
        *("what you ll need", "what you need", "you will need", "you ll need", "tools"),
        *("materials", "equipment", "supplies", "tools and materials", "equipment tools"),
        *("zutaten", "zubereitung", "ingrédients", "préparation", "ingredientes", "preparación"),
        *("modo de preparo", "ingredienti", "preparazione", "procedimento", "ingrediënten"),
        *("bereiding", "wat heb je nodig", "dit heb je nodig", "ingredienser", "tilberedning"),
        *("fremgangsmåde", "gör så här", "så här gör du", "det här behöver du", "du behöver"),
        *("dette trenger du", "du trenger", "slik gjør du", "det skal du bruge", "du skal bruge"),
        *("ainekset", "valmistus", "tarvitset", "suroviny", "postup", "hozzávalók"),
        *("elkészítés", "składniki", "przygotowanie", "sposób przygotowania", "ингредиенты"),
        *("приготовление", "das brauchen sie", "das brauchst du", "ce qu il vous faut"),
        *("lo que necesitas", "você vai precisar", "cosa serve", "malzemeler", "hazırlanışı"),
        *("用料", "食材", "材料", "做法", "制作方法", "作り方", "재료", "만드는 법", "조리법"),
        # An FAQ closing an explainer or a guide.
        *FAQ_NAMES,
        *("questions and answers", "q a"),
        *("fragen und antworten", "questions réponses", "questions et réponses"),
        *("preguntas y respuestas", "perguntas e respostas", "domande e risposte"),
        *("fragen antworten", "vragen en antwoorden", "pytania i odpowiedzi", "вопросы и ответы"),
        *("вопрос ответ", "питання та відповіді", "sorular ve cevaplar", "soru cevap"),
        *("tanya jawab", "hỏi đáp", "问答"),
        # A review's closing boxes: its specifications, its pros and cons, its verdict.
        *("specifications", "specs", "technical specifications", "tech specs", "key specs"),
        *("pros", "cons", "pros and cons", "verdict", "our verdict", "the verdict"),
        *("for", "against", "for and against"),
        *("final verdict", "what we liked", "what we didn t like", "what we like"),
        *("what we don t like", "on a aimé", "on a moins aimé", "on n a pas aimé", "on aime"),
        *("on aime moins", "notre verdict", "le verdict", "nuestro veredicto", "veredicto"),
        *("unser fazit", "unser urteil"),
        # ...what the reviewers liked and did not, in the languages of the vocabulary.
        *("what we didn t", "what we did not like", "what we loved", "what we didn t love"),
        *("was uns gefallen hat", "was uns nicht gefallen hat", "das gefällt uns"),
        *("lo que nos gustó", "lo que no nos gustó", "cosa ci è piaciuto"),
        *("cosa non ci è piaciuto", "o que gostamos", "o que não gostamos", "wat we goed vonden"),
        *("wat we minder goed vonden", "co nam się podobało", "co nam się nie podobało"),
        *("co se nám líbilo", "co se nám nelíbilo", "ce ne a plăcut", "ce nu ne a plăcut"),
        *("ami tetszett", "ami nem tetszett", "что понравилось", "что не понравилось"),
        *("що сподобалося", "що не сподобалося", "какво ни хареса", "какво не ни хареса"),
        *("što nam se svidjelo", "što nam se nije svidjelo", "beğendiklerimiz"),
        *("beğenmediklerimiz", "yang kami suka", "yang tidak kami suka", "det här gillar vi"),
        *("det här gillar vi inte", "das gefällt uns nicht", "was uns gefällt"),
        *("was uns nicht gefällt", "lo que nos gusta", "lo que no nos gusta"),
        # ...and how it was tested, which a review often puts last.
        *("how we tested", "how we test", "how we tested them", "methodology", "our methodology"),
        *("so haben wir getestet", "so testen wir", "méthodologie", "comment nous avons testé"),
        *("cómo probamos", "metodología", "como testamos", "metodologia", "come abbiamo testato"),
        *("technische daten", "vorteile", "nachteile", "spécifications", "fiche technique"),
        *("caractéristiques techniques", "avantages", "inconvénients", "points forts"),
        *("points faibles", "especificaciones", "ficha técnica", "ventajas", "desventajas"),
        *("pros y contras", "especificações", "vantagens", "desvantagens", "prós e contras"),
        *("specifiche", "specifiche tecniche", "pregi", "difetti", "verdetto", "specificaties"),
        *("contro", "pro e contro", "il verdetto", "il nostro verdetto", "punti di forza"),
        *("punti deboli", "giudizio finale", "el veredicto", "prós", "contras"),
        *("pontos positivos", "pontos negativos", "o veredicto", "nosso veredicto"),
        *("pro und contra", "pluspunkte", "minuspunkte", "stärken", "schwächen", "notre avis"),
        *("voordelen", "nadelen", "pluspunten", "minpunten", "oordeel", "specyfikacja"),
        *("zalety", "wady", "werdykt", "характеристики", "плюсы", "минусы", "достоинства"),
        *("недостатки", "вердикт", "özellikler", "artılar", "eksiler", "spesifikasi"),
        *("kelebihan", "kekurangan", "specifikationer", "fordele", "ulemper", "konklusion"),
        *("fördelar", "nackdelar", "slutsats", "omdöme", "spesifikasjoner", "fordeler"),
        *("konklusjon", "tekniset tiedot", "plussat", "miinukset", "yhteenveto"),
        *("johtopäätös", "specifikace", "výhody", "nevýhody", "závěr", "plus", "minus"),
        *("장점", "단점", "장단점", "총평", "优点", "缺点", "总评", "メリット", "デメリット"),
        *("良い点", "気になる点", "総評", "ưu điểm", "nhược điểm", "đánh giá chung"),
        # An album review's tracks.
        *("tracklist", "track list", "track listing", "tracklisting", "titelliste"),
        *("liste des titres", "lista de temas", "lista de canciones", "tracklista"),
        # A box of the story's facts.
        *BOX_LABELS,
        "auf einen blick",
        # An incident's report: what happened when, and why.
        *("timeline", "root cause", "root cause analysis", "lessons learned", "what went wrong"),
        # A press release's notes, a release's known issues.
        *("notes to editors", "note to editors", "notes for editors", "editor s notes"),
        *("known issues", "known limitations", "hinweise für redaktionen", "bekannte probleme"),
        *("notes aux rédactions", "problèmes connus", "notas para editores", "problemas conocidos"),
        # ...and a post's summary, in the languages of CJK script.
        *("まとめ", "总结", "結論", "结论", "요약", "결론", "마무리"),
    )
)


def names_a_section(text: str) -> bool:
    """Whether the line says nothing but the name of one of the article's sections, maybe with
    a remark between brackets ("Fiche technique (version essayée)", "Specs (as tested)"), or
    a post's closing words on a line of their own ("The bottom line"; see `CLOSING_NAMES`), or
    names a box of facts as a label over its title ("Fakta: Så gör du vid ett VMA"); other
    names as labels ("Plus: 20% off", "Summary: Council votes") open teasers as often."""
    name = normalized_content(_REMARK_RE.sub("", text))
    if name in SECTION_NAMES:
        return True
    if name in CLOSING_NAMES:
        return LIST_MARKER_RE.match(text) is None and not text.lstrip().startswith("[")
    label = _LABEL_RE.match(text)
    return label is not None and normalized_content(label.group(1)) in BOX_LABELS


def titles_an_faq(text: str) -> bool:
    """Whether the line is an FAQ's name over the topic it asks about, a few words without a
    label's colon ("FAQ Seputar PMB UTN 2025"; "FAQ: Why we switched" heads a teaser). A teaser
    of a box may read so too ("* Häufige Fragen zur Grundsteuer"): only a plain line right over
    a question names the article's FAQ (`chain`, `cards`)."""
    words = normalized_content(text).split()
    for count in range(min(len(words) - 1, _FAQ_NAME_WORDS), 0, -1):
        if " ".join(words[:count]) in FAQ_NAMES:
            return len(words) - count <= FAQ_TOPIC_WORDS and ":" not in text and "：" not in text
    return False
