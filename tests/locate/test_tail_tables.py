"""The tables and named sections under the body: a review's prices, its specifications and its
pros and cons after an ad, reached from the body, are the article's; a sidebar's standings cut
off from the body by its tags are not."""

from __future__ import annotations

import pytest

from scrapelint.locate.article import locate_article
from scrapelint.locate.blocks import BAD, GOOD, LIST, NEAR, SHORT
from scrapelint.locate.body_edges import ScoredLine
from scrapelint.locate.chain import chained
from scrapelint.locate.section_heading import names_a_section, titles_an_faq
from scrapelint.locate.tail_tables import PLAIN_FACT_RE, _listed_value, cell_table_ranks
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.line_features import line_reading
from tests.locate.test_article import ARTICLE, MENU, RELATED, _page

PRICES = [
    ["Versions and prices"],
    [
        "Version  Battery  Power  Price",
        "Rear-wheel drive  82 kWh  245 hp  48,900 €",
        "Rear-wheel drive Long Range  98 kWh  272 hp  54,400 €",
        "Grand Touring AWD  98 kWh  408 hp  61,200 €",
    ],
]
SPECS = [
    ["Technical data (as tested)"],
    ["* Motors : 2 electric, 408 hp", "* 0 to 100 km/h : 4.9 s", "* Top speed : 210 km/h"],
    ["What we liked"],
    ["* Quiet at speed", "* Real buttons", "* Fast charging"],
]


def _reported(lines: list[str]) -> set[str]:
    amap = locate_article(lines)
    return {line for i, line in enumerate(lines) if amap.verdicts[i].confidence < REMOVE_AT}


def test_a_reviews_price_table_and_specifications_after_an_ad_are_only_reported() -> None:
    """The article reaches its table of versions in a converter's cells (figures with their
    units: more words than numbers) across an ad's label, and the walk goes on through it to
    the specifications and the pros under the headings that name them."""
    lines = _page(MENU, ["Sillon E review"], ARTICLE, ["Advertisement"], *PRICES, *SPECS, RELATED)
    kept = _reported(lines)
    for line in [line for part in PRICES + SPECS for line in part]:
        assert line in kept, line
    assert not set(RELATED[1:]) & kept


def test_a_sidebars_table_in_cells_cut_off_from_the_body_is_removed() -> None:
    """Standings written in cells after the tags line: the walk from the body stops at the tags,
    so nothing reaches the table, and its place under the body is evidence enough."""
    tags = ["Tags: council, buses, transport, northern suburbs"]
    table = ["League table", "1  Harlow Vale  19  41", "2  Kingsmead Utd  17  38"]
    table += ["3  Pellbrook Rovers  14  30", "4  Ashcombe Town  13  27", "Full table"]
    lines = _page(MENU, ["Council expands bus network"], ARTICLE, tags, ["More news"], table)
    lines += _page(RELATED)
    amap = locate_article(lines)
    for row in table[1:5]:
        assert amap.verdicts[lines.index(row)].confidence >= REMOVE_AT, row


@pytest.mark.parametrize(
    "line, fact",
    [
        ("* Vitesse maxi : 210 km/h", True),
        ("* 0 à 100 km/h : 4,9 s", True),
        ("* 13. März 2025: Prozessauftakt am Landgericht", False),
        ("2. Test: Kan en soundbar erstatte et surround-anlæg?", False),
        ("Working time: 45 mins", True),
        ("10:30 Doors open", False),
        ("2024 : 12", False),
        ("5 things to know: the budget vote", False),
        ("0 to 60 mph: 4.9 s", True),
    ],
)
def test_a_plain_fact_is_a_short_label_and_a_colon_over_its_value(line: str, fact: bool) -> None:
    assert (PLAIN_FACT_RE.match(line) is not None) is fact


@pytest.mark.parametrize(
    "line, named",
    [
        ("Fiche technique (version essayée)", True),
        ("Specifications (as tested)", True),
        ("On a moins aimé", True),
        ("Notre verdict", True),
        ("장점", True),
        ("Fakta: Så gör du vid ett VMA", True),
        ("Plus: 20% off your first box", False),
        ("Summary: Council votes on buses", False),
        ("Our picks (updated weekly)", False),
        ("Contro", True),
        ("Timeline", True),
        ("Root cause analysis", True),
        ("Il verdetto", True),
        ("The Bottom Line", True),
        ("* The Bottom Line", False),  # a site's section in its menu, a contents' last entry
        ("Final thoughts", True),
        ("- Final thoughts", False),
        ("For", True),  # a review's pros and cons: "For" over its points, "Against" over its own
        ("Against", True),
        ("For sale", False),
    ],
)
def test_a_sections_name_may_close_with_a_remark_in_brackets(line: str, named: bool) -> None:
    assert names_a_section(line) is named


def test_a_posts_closing_words_go_on_after_an_entrys_specifications() -> None:
    """ "The bottom line" over its paragraph, after the last entry's specifications and verdict
    out of the body's reach: the post's own last section, which the walk reaches."""
    box = ["Weight: 139 g · Drag: sealed disc · Arbor: large", "Verdict: this is the one."]
    closing = [
        "The bottom line",
        "For most people starting out, the cheapest reel does the job. If you have a bit more "
        "to spend, the second one is the sweet spot.",
    ]
    lines = _page(MENU, ["Six budget reels I fished with"], ARTICLE, box, closing, RELATED)
    kept = _reported(lines)
    for line in closing:
        assert line in kept, line
    assert not set(RELATED[2:]) & kept  # past the edge the walk reached


INTERVIEW = [
    "How did the choir start?",
    "With six singers in a barn, and a piano nobody had tuned for years.",
    "Nervous?",
    "Only about the bus.",
    "What next?",
    "An opera. Maybe.",
]


def test_an_interview_goes_on_after_an_ad_and_a_read_also_link() -> None:
    """Questions and answers in turn after "Advertisement" and a "Read also" link: the walk
    passes the box, since the article's interview goes on right after it."""
    box = ["Advertisement", "Read also: The summer concert drew a record crowd"]
    lines = _page(MENU, ["A choir in a barn"], ARTICLE, box, INTERVIEW, RELATED)
    kept = _reported(lines)
    for line in INTERVIEW:
        assert line in kept, line
    assert not set(RELATED[1:]) & kept


def test_a_faq_after_a_sign_up_box_with_its_pitch_goes_on() -> None:
    """The box may hold a pitch of a sentence or two; a section the article names ("FAQ") with
    its questions and answers right after it goes on with the article."""
    box = ["Advertisement", "Recipes every Thursday in your inbox"]
    box += ["Sign up and we send you three seasonal recipes a week; leave with one click."]
    box += ["Your e-mail", "Subscribe"]
    faq = ["FAQ", "Can I make the batter the day before?", "No. The potatoes turn grey."]
    faq += ["Can they be baked?", "Yes, at 220 °C for about 25 minutes."]
    lines = _page(MENU, ["Potato pancakes"], ARTICLE, box, faq, RELATED)
    kept = _reported(lines)
    for line in faq:
        assert line in kept, line


def _walk(texts: list[str], classes: list[str], tables: frozenset[int] = frozenset()) -> set[int]:
    """The ranks the walk below the body reaches over blocks of these texts and classes."""
    return chained(_blocks(texts, classes), texts, before=False, tables=set(tables))


def _blocks(texts: list[str], classes: list[str]) -> list[ScoredLine]:
    return [
        ScoredLine(i, line_reading(text).features, 0.5, cls)
        for i, (text, cls) in enumerate(zip(texts, classes, strict=True))
    ]


def test_teasers_after_a_box_are_not_the_article_going_on() -> None:
    """After the one box, only the article's named parts or its interview carry the walk: a
    teaser's summary there (prose, but no part the article names) does not."""
    texts = [
        "Read also: The summer concert drew a record crowd",
        "The mayor's new budget adds two parks and a pool to the plan for the coming year.",
        "Nervous?",
        "Only about the bus.",
        "What next?",
        "An opera. Maybe.",
    ]
    classes = [BAD, GOOD, SHORT, NEAR, SHORT, NEAR]
    assert _walk(texts, classes) == set(range(6))
    assert _walk(texts[:2], classes[:2]) == set()


BUS_SECTION = [
    "How the buses will run",
    "Routes 4, 11 and 27 will cross the north bridge while the works last, and route 9 is "
    "replaced by a shuttle from Mill Street to the station every twenty minutes.",
    "* Route 4: via North Street, every 12 minutes",
    "* Route 11: via North Street and Victory Avenue",
    "The city says drivers will be told of every change on its website a week ahead.",
]


def test_a_section_after_a_box_carries_the_walk() -> None:
    """After an ad's legal marking, a heading over a paragraph and a list: the article's next
    section, two blocks of content under its heading."""
    texts = ["Ad: Stroymarket LLC, tax no. 6612345678, erid 2VtzqwXyZ", *BUS_SECTION]
    assert _walk(texts, [BAD, BAD, GOOD, LIST, LIST, GOOD]) == set(range(6))


def test_teaser_cards_after_a_box_are_no_section() -> None:
    """A box's cards, a headline over one summary each, however long: no section goes on."""
    summary = BUS_SECTION[1]
    texts = ["Read also", "How the buses will run", summary, "Where to park", summary]
    assert _walk(texts, [BAD, BAD, GOOD, BAD, GOOD]) == set()


def test_a_named_section_after_a_box_carries_the_walk() -> None:
    texts = ["Advertisement", "Read also: The summer concert drew a record crowd", "Pros"]
    texts += ["* Quiet at speed", "* Real buttons"]
    assert _walk(texts, [SHORT, BAD, SHORT, NEAR, NEAR]) == set(range(5))


def test_a_pages_widgets_are_no_interview() -> None:
    """ "Was this article helpful?" over "Yes  No": a question, but no answer ends a sentence."""
    texts = ["Read also: The summer concert drew a record crowd", "Was this article helpful?"]
    texts += ["Yes  No", "Want more stories like this?", "Sign up for our newsletter"]
    assert _walk(texts, [BAD, NEAR, BAD, NEAR, BAD]) == set()


def test_a_table_after_a_box_goes_on_unless_a_link_to_more_of_it_closes_it() -> None:
    """A race's results after a "READ MORE" link, closed by their caption, are the article's; a
    sidebar's standings after the tags line close with a link to the full table."""
    texts = ["READ MORE: Pereira takes pole", "Race 2 result", "1  Mira Varga  24  41:18.552"]
    texts += ["2  Jonah Pereira  24  +0.487s", "Provisional results, subject to the stewards."]
    classes, table = [BAD, SHORT, LIST, LIST, NEAR], frozenset({1, 2, 3})
    assert _walk(texts, classes, table) == set(range(4))
    texts[4], classes[4] = "Full table", SHORT
    assert _walk(texts, classes, table) == set()
    # A table that ends the page has no link closing it.
    assert _walk(texts[:4], classes[:4], table) == set(range(4))


def test_a_heading_over_points_that_are_sentences_carries_the_walk() -> None:
    """A heading ("Advice for the season") over list items that each end a sentence, after a
    sign-up box's field and button: the article's points, where a box's items are headlines."""
    texts = ["Your email address", "Subscribe", "Advice for the season"]
    texts += ["* Farmers: plan for wetter ground in the west through December."]
    texts += ["* Road authorities: expect frequent freeze-thaw cycles this winter."]
    assert _walk(texts, [SHORT, SHORT, BAD, GOOD, GOOD]) == set(range(5))
    # Short points read as near-prose are the heading's list too, carried as a section's are.
    assert _walk(texts, [SHORT, SHORT, BAD, NEAR, NEAR]) == set(range(5))
    texts[3:] = ["* Council votes on the new bus routes", "* Library opens a branch on Elm St"]
    assert _walk(texts, [SHORT, SHORT, BAD, BAD, BAD]) == set()


def test_an_faq_after_a_box_goes_on_from_its_name_over_its_first_question() -> None:
    """An FAQ ("자주 묻는 질문") over "Q. ...?" after a related box and a newsletter's pitch: its
    name stands over a question, and a short answer ("A. 만 19~34세입니다.") may read as chrome."""
    texts = ["관련기사", "· 버스 요금 150원 인상", "[뉴스레터] 매일 아침 경제 뉴스를 보내드립니다."]
    texts += ["무료 구독하기", "자주 묻는 질문", "Q. 기존 카드를 계속 써도 되나요?"]
    texts += [
        "A. 네. 앱에서 기존 카드를 등록하면 됩니다.",
        "Q. 청년 기준은?",
        "A. 만 19~34세입니다.",
    ]
    classes = [SHORT, BAD, GOOD, SHORT, SHORT, NEAR, GOOD, SHORT, BAD]
    assert _walk(texts, classes) == set(range(9))


def test_the_walk_takes_the_rest_of_the_list_its_last_paragraph_is_an_item_of() -> None:
    """A listicle's items after a box: the long ones are paragraphs, the last two short; the
    walk ends at the list's end, not at its last long item."""
    texts = ["Advertisement", "Five things to do on the island"]
    texts += ["1. Climb the lighthouse hill. From the top you see the whole outer archipelago."]
    texts += ["2. Eat smoked whitefish at the harbour kiosk.", "3. Visit the museum."]
    texts += ["Tags: islands, weekend"]
    walked = _walk(texts, [SHORT, BAD, GOOD, NEAR, NEAR, BAD])
    assert {3, 4} <= walked and 5 not in walked
    # A footer's menu right after the list is no more of it: its one-word items read apart.
    texts[4:] = ["* About us", "* Contact", "* Cookie settings"]
    assert _walk(texts, [SHORT, BAD, GOOD, NEAR, SHORT, SHORT, SHORT]) == {0, 1, 2, 3}


def test_a_verdicts_score_under_its_name_opens_the_section() -> None:
    """ "Il verdetto" over "Voto: 8,2/10" over its sentences: a named section may open with a
    short line over its paragraph; the same line under a name of no section is no opening."""
    texts = ["Il verdetto", "Voto: 8,2/10"]
    texts += ["Chi cerca uno smartphone che non lo lasci mai a piedi trova una scelta facile."]
    texts += ["Valuta questo articolo: ★★★★☆ (124 voti)"]
    classes = [SHORT, BAD, GOOD, BAD]
    assert _walk(texts, classes) == {0, 1, 2}
    texts[0] = "Più letti"
    assert _walk(texts, classes) == set()


ROUND_UP = [
    "Die Geräte im Einzelnen",
    "Varnhold Swift 8 – 299 Euro",
    "* Saugt Teppich und Hartboden sehr gut",
    "Kessler AirLine Pro – 379 Euro",
    "* Im Maximalmodus laut (82 dB)",
    "Tomaro Flex – 149 Euro",
    "* Bürste blockierte im Dauertest zweimal",
]


def test_a_round_ups_priced_entries_after_a_box_go_on() -> None:
    """A table's note, an ad's label and a sign-up box of four lines (six blocks) under the body,
    then the round-up's entries, each a heading naming a price over its points, under their own
    heading: the article goes on there. Two entries are not yet a round-up."""
    box = ["Preise: mittlere Onlinepreise, Stand 02.04.2025.", "Anzeige"]
    box += ["Keinen Test mehr verpassen", "Jeden Donnerstag die Ergebnisse – kostenlos per E-Mail."]
    box += ["Ihre E-Mail-Adresse", "Abonnieren"]
    texts = box + ROUND_UP
    classes = [BAD, SHORT, BAD, GOOD, BAD, SHORT, BAD, BAD, LIST, BAD, LIST, BAD, LIST]
    assert _walk(texts, classes) == set(range(len(texts)))
    assert _walk(texts[:-2], classes[:-2]) == set()
    # A box one block longer is more than the walk passes.
    longer = [*texts[:2], "Jetzt abonnieren und sparen", *texts[2:]]
    assert _walk(longer, [*classes[:2], BAD, *classes[2:]]) == set()


def test_a_shops_offers_over_their_buttons_are_no_round_up() -> None:
    texts = ["Anzeige", "Jetzt Angebote vergleichen", "Kiru Air Max – 139 Euro"]
    texts += ["* Bei Amazon ansehen", "Halden 700 – 249 Euro", "* Zum Angebot"]
    texts += ["Brevik Buds 2 – 59 Euro", "* Bei Otto ansehen", "Impressum"]
    classes = [SHORT, BAD, BAD, BAD, BAD, BAD, BAD, BAD, SHORT]
    assert _walk(texts, classes) == set()
    # ...however many words they have: a shop's buttons all open with one word.
    texts[3], texts[5] = "* Jetzt bei Amazon ansehen", "* Jetzt bei Otto ansehen"
    texts[7] = "* Jetzt bei Saturn ansehen"
    assert _walk(texts, classes) == set()


def test_a_box_of_deals_is_no_round_up() -> None:
    """A sidebar's deals name prices in list items, not in headings over points."""
    texts = ["Read also: The best headphones of the year", "Deals of the day"]
    texts += ["* Kiru Air Max Lite – now £139 (was £179)", "* Halden Quiet 700 – £30 off"]
    texts += ["* Brevik Buds 2 – £59, lowest price ever"]
    assert _walk(texts, [BAD, SHORT, LIST, LIST, LIST]) == set()


def test_an_faqs_name_over_its_topic_goes_on_over_its_first_question() -> None:
    """ "FAQ Seputar PMB UTN 2025" over a question, after a box of links: the article's FAQ. The
    same words as a label ("FAQ: ...") open a teaser, and no name of a section is one."""
    assert titles_an_faq("FAQ Seputar PMB UTN 2025")
    assert titles_an_faq("Häufige Fragen zur Grundsteuer")
    assert not titles_an_faq("FAQ: Why we switched to a new host")
    assert not names_a_section("Häufige Fragen zur Grundsteuer")
    texts = ["Berita Terkait", "* Biaya Kuliah UTN 2025 per Semester", "FAQ Seputar PMB UTN 2025"]
    texts += ["Apakah boleh mendaftar dua jalur sekaligus?", "Boleh. Hanya satu yang diproses."]
    assert _walk(texts, [SHORT, BAD, BAD, NEAR, GOOD]) == {0, 1, 2, 3, 4}
    texts[3] = "* Jadwal ujian tulis diumumkan"
    assert _walk(texts, [SHORT, BAD, BAD, BAD, GOOD]) == set()


LINE_UPS = [
    "THE LINE-UPS",
    "ROVERS (4-3-3): Scapin; Toffolo, Rigon, Basso, Marcon; Canova, Dalla Valle, Garbin "
    "(46' Zanella); Pivetta, Fabris (78' Menegon), Caon. Manager Ferraresso.",
    "UNITED (3-5-2): Tonin; Bortolan, Zordan, Peruzzo; Dal Ben, Vezzaro, Righetto, Cracco "
    "(70' Pozza), Lunardi; Moretti, Sella (60' Gasparini). Manager Lovato.",
    "REFEREE: Ferrante of Pesaro.",
    "GOALS: 31' Moretti (U), 54' Zanella (R), 85' Pivetta (R).",
]


def test_a_match_reports_line_ups_closed_by_the_managers_name_are_only_reported() -> None:
    """A line-up is a labelled list of names, however long; the manager's name after it closes
    it with a full stop ("... Caon. Manager Ferraresso."), which no more makes it a sentence."""
    embed = ["Rovers FC @RoversFC · 16 Mar", "DERBY WON! Thank you to all 3,200 of you", "842 117"]
    closing = [
        "Before kick-off the ground remembered the club's long-serving kit man with a minute of "
        "applause from both ends.",
        "Rovers travel to Trent next Sunday, while United host Castle Town.",
    ]
    lines = _page(MENU, ["Rovers come back to win the derby"], ARTICLE, embed, closing, LINE_UPS)
    kept = _reported([*lines, *_page(RELATED)])
    assert set(LINE_UPS) <= kept


def test_a_labelled_sentence_with_commas_is_no_line_up() -> None:
    """The names' exemption from the full stop holds for names only: a labelled sentence of
    lower-case words, however many its commas, is no row."""
    sentence = "Note: the council said, however, that the plan, which it backs, will wait a year."
    assert not _listed_value(sentence, len(sentence.split()))
    assert _listed_value(LINE_UPS[1], len(LINE_UPS[1].split()))


@pytest.mark.parametrize(
    "liked, disliked",
    [
        ("Ce ne-a plăcut", "Ce nu ne-a plăcut"),
        ("What we liked", "What we didn't"),
        ("Co se nám líbilo", "Co se nám nelíbilo"),
        ("Was uns gefallen hat", "Was uns nicht gefallen hat"),
    ],
)
def test_a_reviews_likes_and_dislikes_carry_the_walk_to_its_verdict(
    liked: str, disliked: str
) -> None:
    """A car review's boxes of what its testers liked and did not, past its specifications and
    over its verdict: named parts of the article, however many short items they hold."""
    verdict = [
        "Verdict",
        "The Stelar is a surprisingly mature choice for a first model, and its rivals should "
        "take note if the service network grows as fast as its sales.",
    ]
    pros = [liked, "* Roomy cabin", "* Low thirst in town", "* Rich standard kit", disliked]
    pros += ["* Firm ride on big wheels", "* Climate controls on the screen", "* Few dealers"]
    lines = _page(MENU, ["Stelar review"], ARTICLE, SPECS[0], SPECS[1], pros, verdict, RELATED)
    kept = _reported(lines)
    for line in [*pros, *verdict]:
        assert line in kept, line
    assert not set(RELATED[1:]) & kept


def test_a_reviews_points_for_and_against_under_its_verdict_stay() -> None:
    """A phone review's verdict, then its points for and against, each list under a one-word
    heading in bold, then the readers' rating and a share bar: the points are the review's."""
    verdict = [
        "## Verdict",
        "The Nova 7 gets the things you use every day right: the screen, the battery and the "
        "main camera. If you can live with its ultrawide lens, it is the one to buy.",
    ]
    points = ["**For**", "* Bright 120Hz display", "* Two-day battery life", "* Strong camera"]
    points += ["**Against**", "* Soft ultrawide camera", "* No charger in the box"]
    after = ["User rating: 4.1 / 5 (312 votes)", "Share: Facebook / X / Reddit / Copy link"]
    lines = _page(MENU, ["Nova 7 review"], ARTICLE, verdict, points, after, RELATED)
    kept = _reported(lines)
    for line in points:
        assert line in kept, line
    assert not set(RELATED[1:]) & kept


def test_a_scoring_summary_of_events_at_their_minutes_is_a_table() -> None:
    """A match report's scoring summary under a box of the club's next game: each row an event
    at its minute ("4' Dunmorrow — Try Dalgleish"), rows of the article's data."""
    box = ["NEXT HOME GAME", "Sat 8 March, KO 2.30pm — Kilbrannock v Strathallan"]
    events = [
        "4' Dunmorrow — Try Dalgleish, con Henderson (0–7)",
        "13' Dunmorrow — Try Orr (0–12)",
        "21' Kilbrannock — Try Forbes, con Grant (7–12)",
        "34’ Kilbrannock — Try Mathieson (12–12)",
        "45+2' Kilbrannock — Yellow card Mathieson",
    ]
    lines = _page(MENU, ["Kingfishers edge Dunmorrow"], ARTICLE, box, ["SCORING SUMMARY"], events)
    lines += ["", *RELATED]
    kept = _reported(lines)
    for line in events:
        assert line in kept, line
    assert not set(RELATED[1:]) & kept


SCORECARD = [
    "Batter | Dismissal | R | B | 4s | 6s",
    "L Hartigan | c Pelham b Dunmore | 12 | 31 | 2 | 0",
    "D Fenwick-Shaw | lbw b Okafor | 28 | 54 | 4 | 0",
    "M Haddad | c Carrow b Mistry | 41 | 88 | 6 | 0",
    "E Quayle | b Dunmore | 92 | 149 | 13 | 1",
    "P Venn | run out (Okafor) | 9 | 14 | 1 | 0",
    "A Lockyer | c sub (Baines) b Dunmore | 18 | 27 | 3 | 0",
    "T Quayle | lbw b Dunmore | 0 | 3 | 0 | 0",
    "Bowler | O | M | R | W",
    "T Dunmore | 22.4 | 6 | 57 | 6",
    "R Okafor | 17 | 3 | 61 | 1",
    "A Mistry | 15 | 2 | 58 | 2",
]


def test_a_scorecard_between_bars_is_a_table_of_figures_in_cells() -> None:
    """A cricket scorecard written with bars between its cells: most cells of a row hold a
    figure, as in a table of cells two spaces apart, so the rows (and the header row over them)
    are a table the walk from the body may reach (`cell_table_ranks`)."""
    texts = ["Norland 2nd innings (target 275)", *SCORECARD]
    ranks = cell_table_ranks(_blocks(texts, [SHORT] * len(texts)), texts)
    assert ranks >= set(range(1, len(texts)))


@pytest.mark.parametrize(
    "texts",
    [
        [
            "About | Contact | Advertise | Privacy",
            "Jobs | Press | Terms | Cookies",
            "Share: Facebook | X | LinkedIn | Email",
        ],
        ["« 1 | 2 | 3 | 4 | 5 »", "« 6 | 7 | 8 | 9 | 10 »", "« 11 | 12 | 13 | 14 | 15 »"],
        [
            "1 | Council expands bus network | 12k",
            "2 | Storm closes two schools | 9k",
            "3 | New library opens its doors | 7k",
        ],
    ],
)
def test_bars_between_no_tables_cells_make_no_row(texts: list[str]) -> None:
    """Bars between a menu's or a footer's entries, or a share bar's, make no row of figures,
    nor do a page's numbers (no cell of words) or a box's ranked teasers (three cells)."""
    assert cell_table_ranks(_blocks(texts, [BAD] * len(texts)), texts) == set()


def test_a_two_word_heading_over_a_line_announcing_points_carries_the_walk() -> None:
    """After a "Read also" box, a heading of two words ("Как объехать") over a short line that
    announces a list of points, each a sentence: the article's next section, which a teaser's
    box (its items headlines, no sentence) is not."""
    texts = ["Читайте также: В Ольховске отремонтируют 14 дворов", "Как объехать"]
    texts += ["Для легковых машин мэрия предлагает два маршрута:"]
    texts += ["1. Через посёлок Лесной и старую переправу — плюс 12 км."]
    texts += ["2. По объездной дороге через Кирпичный — плюс 18 км."]
    texts += ["Грузовикам массой более десяти тонн разрешён только второй вариант объезда."]
    assert _walk(texts, [BAD, SHORT, LIST, LIST, LIST, GOOD]) == set(range(6))
    texts[3:5] = ["* Placek ze śliwkami na kefirze", "* Powidła śliwkowe z piekarnika"]
    assert _walk(texts, [BAD, SHORT, LIST, LIST, LIST, GOOD]) == set()
