"""Boxes that close the article: teaser cards under a "More From" heading (SB003, `extend: cards`)
and the site's footer links (FT003, thread-start with a `window`). Each goes only where nothing of
the article is left below it; the same shapes with the article going on after them stay.
"""

from __future__ import annotations

from scrapelint.engine.kinds.cards import card_run
from scrapelint.engine.kinds.items import item_run
from scrapelint.text.document import Document
from tests.engine.closing_article import ARTICLE, CLOSING, fixed

CARDS = [
    "More From the Times",
    "Library opens a new branch on Elm Street",
    "The branch will open on weekends too, the librarian said.",
    "School board picks a new head",
    "The board chose a former teacher after a year-long search.",
]


def test_a_box_of_cards_under_the_article_goes() -> None:
    assert fixed([*ARTICLE, *CARDS]) == ARTICLE


def test_a_box_of_cards_with_the_article_going_on_below_stays() -> None:
    lines = [*ARTICLE, *CARDS, CLOSING]
    assert fixed(lines) == lines


def test_a_card_run_takes_headlines_and_the_summary_under_each() -> None:
    doc = Document.from_text("\n".join(["Related", *CARDS[1:], "", CLOSING]))
    end, headlines = card_run(doc, 1, 16)
    assert (end, headlines) == (5, 2)


def test_a_paragraph_under_a_list_item_is_not_a_summary_at_the_run_end() -> None:
    # An inline box of links, then the article's short last paragraph.
    lines = [
        "Related",
        "* Library opens a new branch",
        "* School board picks a new head",
        "So it goes.",
    ]
    end, headlines = card_run(Document.from_text("\n".join(lines)), 1, 16)
    assert (end, headlines) == (3, 2)


def test_a_question_after_the_paragraph_under_a_list_box_is_no_card() -> None:
    # A "Most Read" box of list items between two paragraphs of the article (drawn by the dev
    # profile): the paragraph under its last item, then the article's closing question, read as
    # one more card, took the rest of the article with the box.
    lines = [
        "Most Read News",
        "- North Korea: Nuclear deterrent prevents US invasion",
        "- Balfour Declaration protested in various parts of globe",
        "Coloque nos seus favoritos e venha sempre conferir a classificação da NASCAR!",
        "Nunca ouviu as sensacionais brinquedorias musicais do grupo Serelepe, de Belo Horizonte?",
    ]
    end, headlines = card_run(Document.from_text("\n".join(lines)), 1, 16)
    assert (end, headlines) == (3, 2)
    # Right under the box's last item, the question is no card either.
    right_under = [*lines[:3], lines[4]]
    assert card_run(Document.from_text("\n".join(right_under)), 1, 16) == (3, 2)
    # The same plain line with card lines under it is a card (its date and section as list
    # items); the summary under the last of them is in doubt again, as at any run end.
    more = [*lines, "* 8 October 2019", "* Fact Check", "A routine review of content."]
    assert card_run(Document.from_text("\n".join(more)), 1, 16) == (7, 5)
    # The question with the sentence answering it under it, ending the text: a headline and
    # its summary by their shape, but one plain card after list items is no box's pattern.
    answered = [*lines[:3], lines[4], lines[3]]
    assert card_run(Document.from_text("\n".join(answered)), 1, 16) == (3, 2)
    # A box whose plain headlines each stand under a section's list item: every card goes, the
    # last one too, once the box has shown the pattern.
    cards = [lines[0]]
    for section, (headline, summary) in zip(
        ["* Politics", "* Sports", "* Business"],
        [(CARDS[1], CARDS[2]), (CARDS[3], CARDS[4]), ("Why the mayor quit?", "She explains.")],
        strict=True,
    ):
        cards += [section, headline, summary]
    assert card_run(Document.from_text("\n".join(cards)), 1, 16) == (10, 6)


def test_an_faq_after_a_box_of_links_ends_the_box() -> None:
    # "Mehr zum Thema" set between the article and its FAQ: its questions, each over its answer,
    # read as plain cards under the box's list items and went with it.
    box = ["Mehr zum Thema", "* Bürgerbegehren: 4.312 Unterschriften", "* Kommentar: Ein teures Ja"]
    faq = [
        "Was bedeutet das für Badegäste?",
        "Wo kann ich im Sommer 2025 schwimmen?",
        "Die Stadt verweist auf das Hallenbad Ostermoor und den Badesee Kleiner Bruch.",
        "Behalten Jahreskarten ihre Gültigkeit?",
        "Ja. Bereits 2023 gekaufte Karten werden anerkannt.",
    ]
    assert card_run(Document.from_text("\n\n".join([*box, *faq]) + "\n"), 1, 16) == (5, 2)


def test_a_section_after_a_box_of_one_bare_link_is_no_card() -> None:
    # "À lire aussi" over one link without a summary, then a section of the article: its
    # heading over a paragraph reads as a card, until a second paragraph follows.
    box = ["À lire aussi", "Comment connaître le niveau de restriction de ma commune ?"]
    section = [
        "Mesures applicables aux agriculteurs",
        "Les prélèvements pour l'irrigation sont réduits de 50 % en volume hebdomadaire.",
        "Tout manquement est passible d'une amende pouvant aller jusqu'à 1 500 euros par jour.",
    ]
    doc = Document.from_text("\n\n".join([*box, *section]) + "\n")
    assert card_run(doc, 1, 16) == (3, 1)
    # With the second paragraph gone, the heading and its paragraph are one more card.
    doc = Document.from_text("\n\n".join([*box, *section[:2]]) + "\n")
    assert card_run(doc, 1, 16) == (7, 2)


def test_footer_links_open_the_footer_and_take_the_rest() -> None:
    footer = [
        "* About Us",
        "* Privacy Policy",
        "* Terms of Use",
        "This site uses cookies to give "
        "you the best experience of our pages and to measure how they are used.",
    ]
    assert fixed([*ARTICLE, *footer]) == ARTICLE


def test_footer_links_as_headings_of_the_article_stay() -> None:
    # A guide to a website's pages: each heading is a footer link, with a paragraph under it.
    lines = [
        ARTICLE[0],
        "About Us",
        ARTICLE[1],
        "Contact Us",
        ARTICLE[2],
        "Privacy Policy",
        CLOSING,
    ]
    assert fixed(lines) == lines


TEASERS = [
    "Library opens on Sundays",
    "From next month the central library will open its doors on Sundays, and the…",
    "School board picks a head",
    "After a year-long search the school board has chosen a former teacher who grew…",
    "Park reopens after repairs",
    "The park by the river is open again after a summer of repairs to its paths and…",
]


def test_teasers_cut_short_close_the_text_from_the_first_summary() -> None:
    assert fixed([*ARTICLE, *TEASERS]) == [*ARTICLE, TEASERS[0]]


def test_two_summaries_cut_short_are_pauses_and_stay() -> None:
    lines = [*ARTICLE, *TEASERS[:4], CLOSING]
    assert fixed(lines) == lines


def test_paragraphs_that_trail_off_between_long_ones_stay() -> None:
    lines = [ARTICLE[0], TEASERS[1], ARTICLE[1], TEASERS[3], ARTICLE[2], TEASERS[5], CLOSING]
    assert fixed(lines) == lines


def test_a_sites_legal_notes_under_the_article_go() -> None:
    notes = [
        "Reference to any product or organization does not constitute an endorsement by the city.",
        "This website is maintained by the Office of Transport. View our accessibility statement.",
    ]
    assert fixed([*ARTICLE, *notes]) == ARTICLE


def test_a_card_run_stops_at_a_timeline_s_bare_date_but_not_at_a_commenter_s() -> None:
    """A date alone over a sentence is a timeline's entry (the article going on after a box); a
    name beside the date heads a comment, a card of the thread."""
    timeline = Document.from_text(
        "Read also\n* Bridge works to resume in spring\n3 de março de 2025\n"
        "Reabertura ao trânsito, com limite de 26 toneladas.\n"
    )
    assert card_run(timeline, 1, 16) == (2, 1)
    thread = Document.from_text(
        "Komentarze\nMagda 13 stycznia 2025 o 18:42\nRobiłam wczoraj, wyszły idealne!\n"
        "Tomasz K. 15 stycznia 2025 o 09:17\nCiasto trochę mi pękało przy wałkowaniu.\n"
    )
    assert card_run(thread, 1, 16)[1] == 2


def test_a_card_run_stops_at_a_month_of_a_year_over_its_sentence() -> None:
    # A timeline's entries by month ("Janeiro de 2025", "March 2024") after a "Read also" box.
    for month in ("Janeiro de 2025", "March 2024", "June of 2019"):
        timeline = Document.from_text(
            f"Read also\n* Bridge works to resume in spring\n{month}\n"
            "The floods of the 14th reach the site and hold the works up by five weeks.\n"
        )
        assert card_run(timeline, 1, 16) == (2, 1), month
    # ...where a word that names no month over a sentence is a card's headline.
    cards = Document.from_text(
        "Read also\n* Bridge works to resume in spring\n* Budget 2025\n"
        "The council sets out what the town will spend next year.\n"
    )
    assert card_run(cards, 1, 16)[1] == 2


def test_a_card_run_stops_at_the_articles_faq() -> None:
    # The article's questions and answers under its "FAQ" heading, after a one-link box.
    lines = [
        "Lees ook",
        "Oppositie wil vaste tarief voor grote gezinnen",
        "Veelgestelde vragen",
        "Waar haal ik de zakken?",
        "Bij de supermarkten in het dorp en op het gemeentehuis, per rol van tien.",
        "Mag ik mijn oude container nog gebruiken?",
        "Nee. De grijze containers worden in december opgehaald.",
    ]
    assert card_run(Document.from_text("\n".join(lines)), 1, 16) == (2, 1)
    english = ["Related", *lines[1:2], "Frequently Asked Questions", *lines[3:]]
    assert card_run(Document.from_text("\n".join(english)), 1, 16) == (2, 1)


def test_a_card_run_stops_at_a_list_of_the_articles_sentences() -> None:
    lines = [
        "LEIA TAMBÉM:",
        "* Taquaral anuncia contratação de meia ex-Ferroviária",
        "* Lagoa Dourada tem três desfalques para a sequência da A2",
        "Os lances decisivos",
        "* 12' 1ºT – Gol do Lagoa Dourada! Thiago Bezerra, de cabeça, após cruzamento.",
        "* 38' 1ºT – Juninho Lopes acerta o travessão.",
        "* 47' 2ºT – Gol do Taquaral! Diego Foguete decide.",
    ]
    assert card_run(Document.from_text("\n".join(lines)), 1, 16) == (3, 2)


def test_a_box_run_stops_at_a_table_and_at_its_heading() -> None:
    from scrapelint.engine.kinds.items import item_run

    lines = [
        "Leia também",
        "Almourel despede treinador após quarto jogo sem vencer",
        "Classificação após a 22.ª jornada",
        "Pos  Equipa  J  V  E  D  GM-GS  Pts",
        "1  Vale do Sorraia  22  15  4  3  41-17  49",
        "2  Sporting de Almourel  22  13  5  4  35-20  44",
    ]
    doc = Document.from_text("\n".join(lines))
    assert item_run(doc, 1, 16) == (2, 1)
    assert card_run(doc, 1, 16) == (2, 1)


def test_a_link_on_one_line_heads_no_box_of_cards() -> None:
    # "Lees ook: <headline>" links one story; the steps under it are the article's.
    steps = []
    for n, text in enumerate(ARTICLE, 4):
        steps += [f"Stap {n}: deel {n} van de klus", text]
    lines = [*ARTICLE, "Lees ook: Waterkoker ontkalken zonder chemicaliën", *steps]
    kept = fixed(lines)
    assert "Lees ook: Waterkoker ontkalken zonder chemicaliën" not in kept
    assert all(line in kept for line in steps)


STEPS = [
    "Step 1: Matt everything",
    "Spray the whole model with matt varnish so that the powders have something to grip.",
    "Step 2: Grime the base",
    "Brush dark earth powder along the bottom of every wall, where rain would splash mud.",
    "Step 3: Soot the roof",
    "Dab soot powder along the roof where the chimneys of the engines would have stood.",
]
LAST_STEP = ["Step 4: Fix and step back", "One more light mist of varnish fixes the powders."]
RELATED = ["Related articles", "Building a low-relief warehouse", "Grass tufts that look real"]


def test_a_closing_related_section_ends_where_the_articles_steps_go_on() -> None:
    # "Related articles" closes an extracted text to its end, unless the numbered steps above
    # it go on below it: a how-to's last step after a box set between its steps.
    assert fixed([*ARTICLE, *STEPS, *RELATED, *LAST_STEP]) == [*ARTICLE, *STEPS, *LAST_STEP]
    assert fixed([*ARTICLE, *STEPS, *RELATED]) == [*ARTICLE, *STEPS]


def test_a_faq_heading_in_another_language_ends_a_box_of_cards() -> None:
    # A "Read also" box between a Russian explainer and its FAQ: the questions and their answers
    # look like teaser cards, their heading names the article's section.
    box = ["Читайте также", "Тарифы на воду вырастут с июля", "Мост на Садовой закроют на ремонт"]
    faq = ["Вопросы и ответы", "Есть ли льготы?", "Сохраняются все областные компенсации."]
    doc = Document.from_text("\n\n".join([*box, *faq]) + "\n")
    assert card_run(doc, 1, 16) == (5, 2)


def test_how_a_review_was_tested_is_its_section_not_a_card() -> None:
    # A round-up's closing section under a "Related" box: its heading and paragraph look like a
    # teaser card, its name says it is the review's own.
    box = ["Related", "Grocer's own fleet cuts reefer fuel by 11%", "Pharma firms warn on costs"]
    tested = ["How we tested", "Each unit was installed by the supplier's own technician."]
    doc = Document.from_text("\n\n".join([*box, *tested]) + "\n")
    assert card_run(doc, 1, 16) == (5, 2)


def test_a_closing_related_box_stops_where_the_article_names_its_next_section() -> None:
    """A release post's "Related posts" box set before its last section: SB004 takes the box's
    items, not the "Known issues" under a heading that names a part of the article."""
    box = ["Related posts", "* How we rebuilt bank feeds", "* Our public roadmap, explained"]
    known = ["Known issues", "* Recurring invoices can't yet include time entries."]
    known += ["* The schedule picker may need a second click on older browsers."]
    kept = fixed([*ARTICLE, *box, *known])
    assert kept[: len(ARTICLE)] == ARTICLE
    assert known == kept[-len(known) :]
    assert not set(box[1:]) & set(kept)


def test_a_card_run_stops_at_a_heading_over_the_articles_points() -> None:
    """Cards of headlines and summaries, then "Under cover" over jobs of several words each:
    the article's next section, where a footer's menu names its sections in a word or two."""
    jobs = ["Under cover", "", "* Bring tender plants into the greenhouse before the frost"]
    jobs += ["* Wash pots and seed trays ready for spring"]
    doc = Document.from_text("\n".join(["Don't miss", "", *CARDS[1:], "", *jobs]))
    assert card_run(doc, 1, 16) == (6, 2)
    menu = ["Anton Andres", "", "* Buyers Guide", "* Auto News", "* Car Reviews"]
    doc = Document.from_text("\n".join(["Popular", "", *CARDS[1:], "", *menu]))
    assert card_run(doc, 1, 16)[1] > 2


def test_a_quotation_closed_after_its_full_stop_is_no_headline_of_a_card() -> None:
    """'"A fee that cannot be avoided is not a convenience," Solberg wrote. "It is a price."':
    a sentence of the article under a box, however short."""
    quote = '"A fee that cannot be avoided is no convenience," she wrote. "It is a price."'
    doc = Document.from_text("\n".join(["Related", *CARDS[1:], "", quote, "", CLOSING]))
    assert card_run(doc, 1, 16)[1] == 2


def test_a_related_box_ends_at_a_heading_over_a_timetable_of_two_columns() -> None:
    """A "相关阅读" box and its links, then the article's timetable under its heading, each row
    a date and what happens then in two cells: the box's run stops at the heading."""
    from scrapelint.engine.kinds.items import article_after_items

    rows = ["7月10日  网上填报志愿", "7月13日  志愿确认", "7月18日  公布录取结果"]
    lines = ["相关阅读：", "* 江临市今年新增普通高中学位1800个", "* 中考期间这些路段将实行交通管制"]
    lines += ["", "志愿填报时间安排", "", *rows]
    doc = Document.from_text("\n".join(lines) + "\n")
    assert article_after_items(doc, 0, 16) == 4
    assert card_run(doc, 1, 16) == (3, 2)


def test_the_one_card_with_a_summary_over_a_named_section_is_the_article() -> None:
    """A box of one bare link ("Lesen Sie auch"), then a heading over its paragraph, then "Plus"
    over the review's points: the section the article names goes on, so did the one before."""
    box = ["Lesen Sie auch", "Elektro-SUV im Vergleich: Welches Familienauto lädt am schnellsten?"]
    section = ["Laden: Die Kurve hält", "Von 10 auf 80 Prozent ging es in 27 Minuten."]
    lines = [*box, "", *section, "", "Plus", "", "* Leise auf der Autobahn"]
    doc = Document.from_text("\n".join(lines) + "\n")
    assert card_run(doc, 1, 16) == (2, 1)


def test_an_author_box_inside_a_guide_ends_where_its_questions_go_on() -> None:
    """ "About the author" and its short biography, then the guide's numbered questions: the box
    takes its biography, not the questions; a box of the author's other articles (headlines,
    ending no sentence) goes with the rest."""
    box = ["About the author", "Imelda Voss worked for two decades as a court stenographer."]
    questions = [
        "Questions for discussion",
        "1. Why do you think Voss begins with the orchard rather than with the people?",
        "2. Nell says she remembers with her feet. What does she mean by it?",
        "3. How does the village's version of the flood differ from Nell's?",
    ]
    assert fixed([*ARTICLE, *box, *questions]) == [*ARTICLE, *questions]
    others = ["More from Imelda Voss", "1. The winter ferry", "2. Salt and iron", "3. High water"]
    assert fixed([*ARTICLE, *box, *others]) == ARTICLE
    # A sentence of the biography over questions is no heading of the guide's.
    told = ["About the author", "Jane Doe", "She wrote this guide over two winters in Marlow."]
    assert fixed([*ARTICLE, *told, *questions[1:]]) == ARTICLE
    # A biography written as points under the author's name is the box's own.
    bio = ["About the author", "Jane Doe", "* Jane has covered city hall for ten years."]
    bio += ["* She holds a degree in history.", "* She lives in Marlow with two cats."]
    assert fixed([*ARTICLE, *bio]) == ARTICLE


def test_a_box_of_links_ends_at_a_live_blogs_time_over_its_table() -> None:
    """ "19:30" over "Rainfall totals so far" over its rows of two cells: the live blog's entry
    after a "READ MORE" link; a box of the latest news sets its times over headlines."""
    entry = "19:30\nRainfall totals so far\nLocation  Since midnight\nHolm Moor  87mm\n"
    entry += "Carrick  61mm\nFerrybridge  54mm\n"
    doc = Document.from_text("READ MORE\n* How to check if your home is at risk\n" + entry)
    assert item_run(doc, 1, 16) == (2, 1)
    latest = Document.from_text("Latest\n19:30\nCouncil approves budget\n19:02\nSchools shut\n")
    assert item_run(latest, 1, 16) == (5, 4)
    # A box of videos: their lengths over headlines, a question among them.
    videos = "Watch Now\n1:41\nHill hurts his hamstring\n18:08\nIs Rivers' time over?\n"
    videos += "10:18\nThe playoff picture after Week 11\n"
    assert item_run(Document.from_text(videos), 1, 16) == (7, 6)


def test_a_card_run_stops_at_an_faqs_name_over_its_topic_and_first_question() -> None:
    text = "Berita Terkait\n* Biaya Kuliah UTN 2025 per Semester\n* UTN Raih Akreditasi Unggul\n"
    faq = "FAQ Seputar PMB UTN 2025\nApakah boleh mendaftar dua jalur sekaligus?\nBoleh.\n"
    assert card_run(Document.from_text(text + faq), 1, 16) == (3, 2)
    teaser = "* Häufige Fragen zur Grundsteuer\n* Bürgergeld steigt nicht\n"
    assert card_run(Document.from_text(text + teaser), 1, 16)[1] == 4


def test_a_box_of_links_ends_at_an_incident_reports_timeline() -> None:
    doc = Document.from_text(
        "Related reading\n* How we rotate secrets without downtime\n"
        "* Our disclosure program, explained\nTimeline\nAll times UTC.\n"
    )
    assert item_run(doc, 1, 16) == (3, 2)


def test_a_card_run_stops_at_a_heading_over_a_question_and_its_answer() -> None:
    """After a box's list items, a heading over a question answered opens the article's FAQ; a
    teaser's headline over its summary is one more card."""
    box = (
        "Mehr zum Thema\n* Brückenprüfung: Jede fünfte Brücke marode\n* Kommentar: Ein Lehrstück\n"
    )
    faq = "Was Pendler jetzt wissen müssen\nFährt der Bus weiter?\n"
    faq += "Die Linie 47 fährt bis auf Weiteres über Löbenau.\nWann beginnt der Abriss?\n"
    faq += "Geplant ist der Juni, der Termin folgt im Mai.\nGibt es eine Ampel?\n"
    faq += "Ja, ab April steht am Gasthof eine Baustellenampel.\n"
    assert card_run(Document.from_text(box + faq), 1, 16) == (3, 2)
    teaser = "Neue Ampel am Gasthof\nDie Ampel regelt ab April den Verkehr an der engen Stelle.\n"
    assert card_run(Document.from_text(box + teaser + "* Mehr Nachrichten\n"), 1, 16)[1] > 2


def test_a_box_of_links_ends_at_a_heading_over_a_table_of_figures() -> None:
    """ "Leia também" and its two links, then "Quanto gastei" over a table of two columns whose
    rows end in a figure: the box's items stop at the table's heading. A box of times and
    headlines in two cells runs on."""
    box = ["Leia também", "10 praias fluviais no Centro que valem a viagem"]
    box += ["Como viajar por Portugal sem carro: guia completo"]
    table = ["Quanto gastei", "Despesa  Valor", "Alojamento (2 noites)  136 €", "Refeições  74 €"]
    table += ["Total  290 €"]
    doc = Document.from_text("\n".join([*box, "", *table]) + "\n")
    assert item_run(doc, 1, 16) == (3, 2)
    for times in (["Hoje", "Ontem", "Ontem", "Sábado"], ["14:30", "12:05", "09:40", "08:15"]):
        headlines = ["Tempestade fecha estradas", "Câmara aprova orçamento", "Festival em julho"]
        headlines += ["Nova ponte abre ao trânsito"]
        latest = ["Latest", *(f"{a}  {b}" for a, b in zip(times, headlines, strict=True))]
        latest += ["Mais lidas", *(f"{b}  {a}" for a, b in zip(times, headlines, strict=True))]
        doc = Document.from_text("\n".join([*box, "", *latest]) + "\n")
        assert item_run(doc, 1, 16)[1] > 2, times


def test_a_closing_name_as_a_boxs_item_is_no_section() -> None:
    """ "* The bottom line" in a box's list is a link to a site's section, and the run goes on;
    "The bottom line" alone on its line names the article's last section, and the run stops."""
    box = ["Popular", "* Rates hold for a third month", "* The bottom line"]
    box += ["* Five cheap ways to heat a room"]
    doc = Document.from_text("\n".join(box) + "\n")
    assert item_run(doc, 1, 16)[1] == 3
    doc = Document.from_text("\n".join([*box[:2], "", "The bottom line"]) + "\n")
    assert item_run(doc, 1, 16)[1] == 1


def test_an_itinerarys_time_and_step_after_a_box_ends_the_cards() -> None:
    # "あわせて読みたい" over one linked headline, then the article's itinerary going on: a
    # clock time and its step on one line, parted by an ideographic space, over its sentence.
    lines = [
        "あわせて読みたい",
        "ひとり旅でも泊まりやすい！東北の温泉宿10選",
        "",
        "16:30\u3000宿にチェックイン",
        "泊まったのは「旅館 こもれび」。夕朝食付き18,700円でした。",
        "",
        "6:30\u3000宿の貸切風呂で朝湯",
    ]
    assert card_run(Document.from_text("\n".join(lines)), 1, 16) == (2, 1)
    # A headline of a teaser that opens with a time but no step's space is still a card.
    teaser = [*lines[:3], "16:30 Uhr: Stau auf der A7", "Die Polizei meldet einen Unfall.", ""]
    assert card_run(Document.from_text("\n".join(teaser)), 1, 16)[1] == 2


def test_the_itinerary_after_a_related_box_stays() -> None:
    from scrapelint.api import Linter
    from tests.labelled_pages import SETS, kept_lines, read_pages

    page = next(p for p in read_pages(SETS["pages"]) if p.name == "ja_34_full")
    steps = [i for i, line in enumerate(page.lines) if line.startswith(("16:30", "6:30", "8:00"))]
    assert len(steps) == 3 and all(page.tags[i] == "B" for i in steps)
    kept = kept_lines(page, Linter().fix(page.text).text)
    assert all(kept[i] for i in steps)
