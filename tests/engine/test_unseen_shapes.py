"""Article shapes rare in DEV that a cleaner meets on sites it has never seen (issue 14).

Each case is the smallest text that lost article lines before its rule was tightened: a listicle
of one-word place names, a recipe's subheading under its list of ingredients in extracted text,
and others below. Page text is one block per line with blank lines between, as scraped.
"""

from __future__ import annotations

import pytest

from scrapelint.engine.apply import fix
from scrapelint.engine.kinds.items import item_run
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.facts.dates import is_dated_entry
from scrapelint.locate.article import locate_article
from scrapelint.text.confidence import REMOVE_AT
from scrapelint.text.document import Document
from scrapelint.text.fences import fenced_lines

RULES = select_rules(load_rules())
NAV = ["* Home", "* News", "* Travel", "* Food", "* Sport", "* Culture", "* Login"]
SHARE = ["* Share on Facebook", "* Share on X", "* Share via Email", "* Copy link"]
FOOTER = ["* About us", "* Contact", "* Privacy policy", "* Cookie settings", "* Terms"]


def page(*parts: list[str]) -> str:
    """Page text: one block per line, a blank line between blocks."""
    return "\n\n".join(line for part in parts for line in part) + "\n"


def cleaned(text: str) -> list[str]:
    result = fix(Document.from_text(text), RULES)
    return [line for line in result.cleaned.texts if line]


def test_listicle_of_one_word_names_stays() -> None:
    towns = ["Monsaraz", "Marvão", "Óbidos", "Piódão", "Tomar", "Ericeira", "Mértola", "Sortelha"]
    items = []
    for number, town in enumerate(towns, 1):
        items += [
            f"{number}. {town}",
            f"A small town of white houses and old walls, {town} is worth a night on the way.",
        ]
    intro = [
        "Lisbon and Porto get the crowds, but the country's real charm is in places most "
        "visitors drive straight past. Here are eight we keep going back to."
    ]
    kept = cleaned(page(NAV, ["Eight small towns worth the detour"], SHARE, intro, items, FOOTER))
    assert all(line in kept for line in intro + items)


def test_extracted_recipe_keeps_its_subheading() -> None:
    text = "\n".join(
        [
            "This is the Sunday roast I make when I want the most flavour for little washing up.",
            "Serves 4. Prep 15 minutes, cook 1 hour 20 minutes.",
            "Ingredients",
            "- 1 whole chicken, about 1.6kg",
            "- 1kg floury potatoes, cut into chunks",
            "- 2 lemons",
            "- A small bunch of thyme",
            "Method",
            "Heat the oven to 220C. Put the potatoes in a roasting tin and toss them with oil.",
            "Halve one lemon and push it inside the chicken with the thyme, then sit it on top.",
            "Roast for 20 minutes, then turn the oven down and cook for another hour.",
            "Rest the chicken for 15 minutes before carving, and squeeze over the second lemon.",
        ]
    )
    assert cleaned(text + "\n") == text.split("\n")


def test_product_round_up_with_priced_headings_stays() -> None:
    entries = [
        "Best overall: Sonora Air 3 — £79",
        "The Air 3 has a warm, detailed sound and noise cancelling that rivals pairs costing "
        "three times as much. Battery life is 40 hours.",
        "Best for running: Pulse Fit Pro — £59",
        "Secure ear hooks, an IPX5 rating and a punchy bass. The case is bulky, though.",
        "Best for calls: Clearline Voice — £65",
        "Six microphones make these the clearest we tested on calls, even on a windy street.",
        "Best on a tight budget: Kiro Buds — £24",
        "They won't win awards for detail, but for the price the sound is clean and balanced.",
    ]
    intro = [
        "We spent six weeks with 22 pairs of headphones under £100. These four stood out for "
        "sound, comfort and battery life."
    ]
    text = page(NAV, ["The best budget headphones, tested"], SHARE, intro, entries, FOOTER)
    kept = cleaned(text)
    assert all(line in kept for line in intro + entries)


def test_quiz_story_keeps_the_paragraphs_above_its_short_answers() -> None:
    intro = [
        "A survey of 2,000 British-born adults found that only 14% could pass the Life in the UK "
        "test that people applying for citizenship must take.",
        "Here are three questions from the official practice papers.",
    ]
    quiz = [
        "Which flower is associated with Wales?",
        "The daffodil.",
        "In which year did women get the vote on the same terms as men?",
        "1928.",
        "How many members does the Scottish Parliament have?",
        "129.",
        "Applicants must score 75% to pass. Critics say the test asks for trivia rather than the "
        "knowledge people need to live here.",
    ]
    title = ["Would you pass the citizenship test? Most Britons would not"]
    byline = ["By Sarah Jones | Published 12 March 2025 14:05"]
    newsletter = [
        "Sign up to our daily newsletter",
        "The top stories of the day, delivered to your inbox every morning.",
        "Email address",
        "Subscribe",
    ]
    head = [*NAV, *title, *byline, *SHARE]
    text = page(head, intro[:1], ["Advertisement"], intro[1:], quiz, newsletter, FOOTER)
    kept = cleaned(text)
    assert all(line in kept for line in intro)


def test_obituary_facts_under_the_standfirst_stay() -> None:
    text = "\n".join(
        [
            "Margaret Ellis, who has died aged 91, spent 40 years teaching in village schools.",
            "Born: 3 May 1933, Hexham",
            "Died: 18 February 2025, Corbridge",
            "She was the daughter of a blacksmith and a dressmaker, and the first in her family "
            "to stay at school beyond 14.",
            "She trained in Newcastle and took her first post at Allendale in 1954.",
        ]
    )
    assert cleaned(text + "\n") == text.split("\n")


@pytest.mark.parametrize(
    ("born", "died"),
    [
        (
            "Nascimento: 14 de maio de 1935, Niterói",
            "Morte: 2 de fevereiro de 2024, Rio de Janeiro",
        ),
        ("Geburt: 3. Mai 1933, Kiel", "Tod: 18. Februar 2025, Lübeck"),
        ("Date of birth: 3 May 1933", "Date of death: 18 February 2025"),
    ],
)
def test_an_infobox_s_noun_labels_of_birth_and_death_stay(born: str, died: str) -> None:
    text = "\n".join(
        [
            "Margaret Ellis, who has died aged 91, spent 40 years teaching in village schools.",
            born,
            died,
            "She was the daughter of a blacksmith and a dressmaker, and the first in her family "
            "to stay at school beyond 14.",
            "She trained in Newcastle and took her first post at Allendale in 1954.",
        ]
    )
    assert cleaned(text + "\n") == text.split("\n")


def test_interview_ending_in_short_questions_stays() -> None:
    talk = [
        "등단 10년 만에 첫 장편소설을 낸 김하늘 작가를 서울 마포구의 한 카페에서 만났다.",
        "-첫 장편을 쓰는 데 얼마나 걸렸나.",
        '"4년이요. 그중 2년은 한 줄도 못 썼어요."',
        "-가장 힘들었던 점은.",
        '"제가 쓴 문장을 믿는 일이었어요."',
        "-다음 작품 계획은.",
        '"당분간은 쉬고 싶어요. 그런데 아마 못 쉴 거예요."',
    ]
    title = ['"첫 소설이 가장 어려웠다" 작가 김하늘 인터뷰']
    newsletter = ["뉴스레터 구독하기", "매일 아침 주요 뉴스를 메일로 보내드립니다."]
    newsletter += ["이메일 주소", "구독"]
    text = page(NAV, title, SHARE, talk, newsletter, FOOTER)
    kept = cleaned(text)
    assert all(line in kept for line in talk)


def test_faq_heading_over_questions_stays_in_extracted_text() -> None:
    body = [
        "En bref : trois relances automatiques suffisent à réduire de moitié les retards.",
        "Le problème",
        "Les petites entreprises perdent en moyenne 12 heures par mois à relancer leurs clients.",
        "Les résultats",
        "Chez nos clients, le délai moyen de paiement est passé de 47 à 29 jours.",
    ]
    faq = ["FAQ", "Les relances sont-elles personnalisables ?", "Oui, chaque modèle l'est."]
    assert "FAQ" in cleaned("\n".join(body + faq) + "\n")


def test_extracted_changelog_keeps_its_headings_and_items() -> None:
    # Before: one "byline" per fix pass (a German heading, its nouns capitalised), five passes.
    article = [
        "Neu",
        "- Export nach Excel",
        "- Benachrichtigungen per Slack",
        "Verbessert",
        "- Schnellere Suche",
        "Behoben",
        "- Fehler beim Login mit Umlauten im Passwort",
        "Danke für euer Feedback!",
    ]
    assert cleaned("\n".join(article) + "\n") == article


def test_extracted_listicle_keeps_its_second_item() -> None:
    article = [
        "1. GitLens",
        "See who changed each line, inline.",
        "2. Error Lens",
        "Shows errors at the end of the line instead of in a hover.",
        "3. Prettier",
        "Formats on save. Never think about semicolons again.",
        "4. Todo Tree",
        "Collects every TODO into a sidebar.",
    ]
    assert cleaned("\n".join(article) + "\n") == article


def test_extracted_headline_under_a_section_label_stays_a_headline() -> None:
    # A section label above the headline is no line of the article's shape: the locator's
    # headline verdict keeps its strength (on a listicle's second item it does not, above).
    body = [
        "The council approved the new bus lanes on Tuesday after a two-hour debate that ran late.",
        "Work on the first stretch, along the ring road, starts in March and lasts six weeks.",
    ]
    found = locate_article(["Local news", "Council backs new bus lanes on ring road", *body])
    assert found.extracted
    assert found.verdicts[1].reason == "title"
    assert found.verdicts[1].confidence >= REMOVE_AT
    listicle = locate_article(
        [
            "1. GitLens",
            "See who changed each line, inline.",
            "2. Error Lens",
            "Shows errors at the end of the line instead of in a hover.",
        ]
    )
    assert all(v.confidence < REMOVE_AT for v in listicle.verdicts)


def test_extracted_tutorial_keeps_its_configuration_block() -> None:
    # Indented lines of a YAML block are short, like a menu's, but they are code: the text is
    # still extracted, so the lines after its first paragraph are only reported.
    article = [
        "In short: with one YAML file you start every service your application needs.",
        "Installation",
        "sudo apt install docker-compose-plugin",
        "The first file",
        "services:",
        "  web:",
        "    build: .",
        "    ports:",
        '      - "8080:80"',
        "Start",
        "docker compose up -d",
    ]
    assert cleaned("\n".join(article) + "\n") == article


def test_a_timeline_entry_is_no_dateline() -> None:
    assert is_dated_entry("2026-01-05: Fix released")
    assert is_dated_entry("- 12 May 2025 – Patch shipped to every customer")
    assert not is_dated_entry("January 20th, 2025 by JWU")  # a dateline and its byline
    assert not is_dated_entry("Published: May 3, 2025")
    assert not is_dated_entry("The fix was released on 2026-01-05.")


def test_a_section_name_over_the_first_paragraph_is_no_byline() -> None:
    # A short capitalised line above the body is taken for a byline ("Reuters"); a paper's
    # "Abstract" or a post's "TL;DR" is the name of the article's first section.
    body = [
        "We measure how often scraped news pages lose their closing paragraphs to page chrome.",
        "Over two thousand pages, one in eight lost at least one paragraph of the article.",
    ]
    for name in ("Abstract", "TL;DR", "Zusammenfassung", "Tips", "Préparation"):
        assert cleaned("\n".join([name, *body]) + "\n") == [name, *body]
    assert not locate_article(["Reuters", *body]).verdicts[0].confidence < REMOVE_AT


def test_a_one_word_headline_over_extracted_text_stays() -> None:
    # On extracted text a byline touching the body stays a strong verdict: "Reuters" goes; a
    # one-word headline ("Changelog") names no agency, and is only reported.
    body = [
        "New features, improvements and fixes to Tallyho, the invoicing app for small workshops.",
        "You can now set any invoice to repeat weekly, monthly or quarterly, from its menu.",
    ]
    assert cleaned("\n".join(["Changelog", *body]) + "\n") == ["Changelog", *body]
    assert cleaned("\n".join(["Reuters", *body]) + "\n") == body


def test_the_paragraph_after_a_list_the_article_announces_goes_on_with_it() -> None:
    # A forum post's seasons: the second season's soil mix, then its last paragraph, an ad's
    # label, and the third season under its numbered heading; no paragraph pays to come back.
    post = [
        "Merhaba arkadaşlar, ben de üç yıldır güneye bakan balkonumda domates yetiştiriyorum, "
        "bu yazıda başarılarımı ve hatalarımı anlatacağım.",
        "1. sezon: her şeyi yanlış yaptım",
        "Küçük 10 litrelik saksılar aldım, çiçek toprağı doldurdum, her gün su verdim. Sonuç: "
        "çiçek burnu çürüklüğü, sarı yapraklar ve bir avuç domates.",
        "2. sezon: saksı büyüdü, işler düzeldi",
        "Bu sefer 30–40 litrelik plastik kovalar kullandım. Toprağı kendim karıştırdım:",
    ]
    mix = ["* %50 bahçe toprağı", "* %30 yanmış hayvan gübresi", "* %20 perlit"]
    after = [
        "Sulamayı da her gün yerine toprak parmak boğumuna kadar kuruyunca yaptım. Aynı 4 "
        "fideden bu sefer 9 kilo domates çıktı.",
    ]
    third = [
        "3. sezon: en iyi sonuç",
        "Geçen yıl yerli tohumdan fide çıkardım. Önemli gördüğüm birkaç şey:",
    ]
    tips = [
        "* Fideleri Nisan sonundan önce dışarı çıkarmayın, gece soğuğu yavaşlatıyor.",
        "* Dikerken gövdenin yarısını toprağa gömün, yeni kök yapıyor.",
        "* Koltuk sürgünlerini haftada bir alın.",
    ]
    last = ["Sorusu olan olursa buradayım. Fotoğrafları da galeriye yükledim, bakabilirsiniz."]
    text = "\n\n".join(
        [*NAV, *post, "\n".join(mix), *after, "Reklam", *third, "\n".join(tips), *last, *FOOTER]
    )
    kept = cleaned(text + "\n")
    assert all(line in kept for line in [*post, *mix, *after, *third, *tips, *last])


def test_a_numbered_item_or_a_row_of_figures_above_the_body_is_no_byline() -> None:
    first = ["1. Harvard Business School", "Stanford Graduate School of Business"]
    prose = [
        "Harvard's two-year programme remains the most applied to, with a class of about 930 "
        "students and a median starting salary above the average of the top ten schools.",
        "Stanford admits fewer than one in fifteen applicants, and its class of 420 students is "
        "the smallest of the group, which its graduates say shapes the whole experience.",
    ]
    kept = cleaned(page(NAV, ["The best business schools of 2025"], SHARE, first, prose, FOOTER))
    assert first[0] in kept and all(line in kept for line in prose)
    for row in ("Senior Discount 6 4.05% 141 4.43%", "- Local move cost: $131 an hour"):
        found = locate_article([row, *prose])
        assert found.verdicts[0].reason != "byline", row


TUTORIAL = [
    "Last spring our pull requests sat in the queue for most of an hour, so we measured why.",
    "Our runner split tests alphabetically, and one shard got all the slow database tests.",
    "```",
    "pytest --splits 8 --group $CI_NODE_INDEX",
    "```",
    "## Cache the Docker layers",
    "We moved dependency installation above the copy of the source tree, and builds got fast.",
]


def test_a_fenced_code_block_is_the_articles_and_the_text_after_it_too() -> None:
    text = page(NAV, ["How we cut our CI time"], SHARE, TUTORIAL, FOOTER)
    kept = cleaned(text)
    assert all(line in kept for line in TUTORIAL)
    assert cleaned("".join(line + "\n" for line in kept)) == kept  # and it stays so


def test_only_closed_fences_fence_code() -> None:
    assert fenced_lines(["a", "```python", "x = 1", "```", "b"]) == {1, 2, 3}
    assert fenced_lines(["a", "~~~", "x", "```", "y", "~~~"]) == {1, 2, 3, 4, 5}
    assert fenced_lines(["a", "```", "x = 1", "b"]) == set()


def test_a_rules_words_inside_a_fenced_code_block_remove_nothing() -> None:
    code = [
        "```js",
        "subscribe to our newsletter",
        "document.cookie = 'accept all cookies';",
        "```",
    ]
    text = "\n".join([*TUTORIAL[:2], *code, TUTORIAL[-1]]) + "\n"
    result = fix(Document.from_text(text), RULES)
    assert all(line in result.cleaned.texts for line in code)
    assert any(o.finding.held for o in result.outcomes)  # reported, not removed


def test_a_page_whose_article_has_no_paragraph_keeps_it() -> None:
    # No paragraph to locate: the body found is a few words, no evidence of where the article is.
    changelog = [
        "Neu",
        "- Export nach Excel",
        "- Benachrichtigungen per Slack",
        "Behoben",
        "- Fehler beim Login mit Umlauten im Passwort",
        "Danke für euer Feedback!",
    ]
    kept = cleaned(page(NAV, ["Version 2.4 ist da"], SHARE, changelog, FOOTER))
    assert all(line in kept for line in changelog)


def test_an_faq_closing_the_post_hangs_on_to_its_body() -> None:
    body = [
        "Small firms lose twelve hours a month chasing unpaid invoices, our survey of them found.",
        "Three automatic reminders, a day, a week and two weeks after the due date, halve that.",
        "Results",
        "Our clients now wait 29 days for payment on average, down from 47 a year ago.",
    ]
    faq = [
        "Frequently asked",
        "Can the reminders be personalised?",
        "Yes, every template can be edited.",
        "Do they work with my accounting software?",
        "Yes, with the three most common ones.",
    ]
    tail = ["Start your free trial", "Sign up to our newsletter"]
    kept = cleaned(page(NAV, ["How to automate invoice reminders"], SHARE, body, faq, tail, FOOTER))
    assert all(line in kept for line in faq[1:])


def test_a_recipe_page_keeps_its_lead_and_ingredients_over_the_method() -> None:
    lead = [
        "This is the Sunday roast I make when I want the most flavour for little washing up.",
        "Serves 4. Prep 15 minutes, cook 1 hour 20 minutes.",
        "Ingredients",
    ]
    ingredients = [
        "* 1 whole chicken, about 1.6kg",
        "* 1kg floury potatoes, cut into chunks",
        "* 2 lemons",
        "* 6 garlic cloves, unpeeled",
        "* A small bunch of thyme",
        "* 3 tbsp olive oil",
    ]
    method = [
        "Method",
        "Heat the oven to 220C. Put the potatoes in a roasting tin and toss them with oil.",
        "Halve one lemon and push it inside the chicken with the thyme, then sit it on top.",
        "Roast for 20 minutes, then turn the oven down and cook for another hour.",
        "Rest the chicken for 15 minutes before carving, and squeeze over the second lemon.",
    ]
    head = ["Lemon and thyme roast chicken", "By Marco Rossi | 12 March 2025"]
    kept = cleaned(page(NAV, head, SHARE, lead, ingredients, method, FOOTER))
    assert all(line in kept for line in lead + ingredients + method)
    assert not any(line in kept for line in NAV + FOOTER)


def test_a_teaser_list_that_counts_nothing_is_no_ingredient_list() -> None:
    teasers = [
        "* Council tax to rise by 4.9% from April",
        "* Police appeal after break-in at primary school",
        "* Weather: yellow warning for wind on Friday",
        "* House prices fall for third month in a row",
    ]
    body = [
        "The council approved its budget on Tuesday after a long debate about roads and schools.",
        "Councillors voted 31 to 12 in favour, with two abstentions, after four hours of debate.",
        "The budget takes effect in April, when the first of the new bus routes should open.",
    ]
    kept = cleaned(page(NAV, ["Council passes its budget"], body, ["Related"], teasers, FOOTER))
    assert all(line in kept for line in body)
    assert not any(line in kept for line in teasers)


def test_a_tutorials_unfenced_commands_stay_in_page_text() -> None:
    intro = [
        "Git is the version control system most teams use, and a handful of commands cover "
        "nearly everything you will do with it day to day.",
        "These are the ones I use most, each with a comment saying what it does.",
    ]
    commands = [
        "# clone a repository",
        "git clone <repo url>",
        "# see what changed",
        "git status",
        "# stage every change",
        "git add -A",
        "# commit what you staged",
        'git commit -m "<commit message>"',
        "# fetch the changes of others",
        "git pull origin main",
        "# send your commits",
        "git push origin main",
    ]
    head = ["A short guide to git", "By Sam Lee | 12 March 2025"]
    tail = ["Sign up to our newsletter", "Related stories"]
    kept = cleaned(page(NAV, head, SHARE, intro, commands, tail, FOOTER))
    assert all(line in kept for line in intro + commands)
    assert not any(line in kept for line in NAV + FOOTER)


def test_a_teaser_box_over_the_headline_stops_at_the_articles_first_section() -> None:
    box = [
        "Related stories",
        "Council tax to rise by 4.9% from April",
        "Police appeal after break-in",
    ]
    head = ["What video production is", "By Ana Silva | 12 March 2025"]
    article = [
        "Introduction",
        "What Is Video Production?",
        "Video production is the whole process of making a video, from the first idea and the plan "
        "to the shoot, the edit and the release.",
        "Why Does It Matter?",
        "Video is everywhere people look today: on television, in apps, in the feeds of every "
        "social network and on the screens in shops and stations.",
    ]
    kept = cleaned(page(NAV, box, head, SHARE, article, FOOTER))
    assert all(line in kept for line in article)
    assert not any(line in kept for line in box[1:])


def test_a_sidebar_box_above_the_article_stops_at_its_headline() -> None:
    box = ["Related", "* Council tax to rise in April", "* Police appeal after break-in"]
    headline = ["How much a move across New York costs", "By Ana Silva | 12 March 2025"]
    article = [
        "Moving inside New York City costs most people between $800 and $2,500, depending on "
        "the size of the flat, the floor it is on and the season.",
        "Movers charge by the hour for local moves, and the clock starts when the crew leaves "
        "its depot, so a mover close to you costs less.",
        "Long-distance moves are priced by weight and distance instead, and a quote should "
        "name both before you sign anything.",
    ]
    kept = cleaned(page(NAV, box, headline, article, FOOTER))
    assert all(line in kept for line in headline[:1] + article)
    assert not any(line in kept for line in box[1:])


def test_a_content_list_after_the_body_carries_it_on_to_its_closing_paragraph() -> None:
    body = [
        "A repository's .github folder holds more than workflows, and most projects use a "
        "fraction of what it can do for their contributors and their users.",
        "These are the files worth knowing, with what each of them is for in practice.",
    ]
    files = [
        "Community health files:",
        "- CODE_OF_CONDUCT.md: Set expectations for community behaviour",
        "- CONTRIBUTING.md: Guide for people who want to contribute to the project",
        "- SECURITY.md: How to report security vulnerabilities",
        "- SUPPORT.md: Let users know where to ask questions",
        "Configuration files for the automated helpers of the project:",
        "- dependabot.yml: Configures Dependabot to keep your dependencies up to date",
        "- CODEOWNERS: Define who owns certain files or paths of the repository",
    ]
    closing = [
        "That is all of it. There are many more things you can do, and I hope this list was a "
        "handy place to start from."
    ]
    tail = ["Related stories", "* Council tax to rise in April", "* Police appeal after break-in"]
    kept = cleaned(
        page(NAV, ["What goes in the .github folder"], body, files, closing, tail, FOOTER)
    )
    assert all(line in kept for line in body + files + closing)
    assert not any(line in kept for line in tail[1:] + FOOTER)


def test_a_box_over_the_headline_stops_at_the_byline() -> None:
    # A "Related" box above the headline takes the short lines under it as its items (SB001,
    # `extend: items`); when the locator has not found the headline, on a page whose article is
    # itself short lines (a season's calendar), the run went on through the byline into the
    # article. A byline says the article has begun.
    box = ["Council tax to rise by 4.9% from April", "Police appeal after break-in at a school"]
    head = ["Stock Car season calendar", "By Sarah Jones | 12 March 2025 14:05"]
    calendar = ["Round 1: 10 March – Interlagos", "Round 2: 8 April – Curitiba"]
    doc = Document.from_text("\n\n".join(["Related stories", *box, *head, *calendar]) + "\n")
    end, items = item_run(doc, 1, 16)
    assert items == 3  # the two teasers, and the headline they cannot be told from
    assert doc.lines[end + 1].text == head[1]


def test_a_heading_over_its_own_list_after_a_box_of_links_ends_the_box() -> None:
    # "Related" over two links, then the article's results by district under its own heading.
    box = ["Related", "[Council] Eleven seats for the Alliance", "[Interview] The new mayor"]
    section = ["Results by district", "* East: Kim 46.8%, Jung 32.1%", "* West: Jung 40.3%"]
    doc = Document.from_text("\n".join([*box, "", *section]) + "\n")
    assert item_run(doc, 1, 16) == (3, 2)
    # ...with a blank line between the heading and its list too; a box whose items are set
    # apart by blank lines goes on over every one of them.
    doc = Document.from_text("\n".join([*box, "", section[0], "", *section[1:]]) + "\n")
    assert item_run(doc, 1, 16) == (3, 2)
    spaced = Document.from_text("\n\n".join([*box, "[Budget] The vote is on Tuesday"]) + "\n")
    assert item_run(spaced, 1, 16)[1] == 3
    spaced = Document.from_text("\n\n".join([*box, "* [Budget] The vote is on Tuesday"]) + "\n")
    assert item_run(spaced, 1, 16)[1] == 3  # ...a bulleted one too: one item is no list


def test_a_numbered_item_after_a_box_of_bullets_ends_the_box() -> None:
    # An agenda's eighth item after a "Read more" box set into it.
    box = ["Read more", "* Allotment rents rise by 37%", "* Corn Exchange roof repairs"]
    agenda = ["8. Christmas lights contract", "Award of a three-year contract at £14,750 a year."]
    doc = Document.from_text("\n\n".join([*box, *agenda]) + "\n")
    assert item_run(doc, 1, 16) == (5, 2)  # up to the second bullet's line
    numbered = ["Most read", "1. Mayor resigns", "2. Bridge closes", "3. Schools reopen"]
    assert item_run(Document.from_text("\n".join(numbered)), 1, 16)[1] == 3


def test_a_question_under_a_box_of_list_items_is_the_article_going_on() -> None:
    # A "Most Read" box of list items between an article's paragraphs took its closing question
    # as a third item (drawn by the dev profile); a question item of the list itself stays one.
    box = ["Most Read News", "- Nuclear deterrent prevents invasion", "- Declaration protested"]
    question = "Have you ever heard the musical games of the Serelepe group from Belo Horizonte?"
    doc = Document.from_text("\n".join([*box, question, "- Is it over?"]))
    assert item_run(doc, 1, 16) == (3, 2)
    marked = Document.from_text("\n".join([*box, "- Is the war over?"]))
    assert item_run(marked, 1, 16) == (4, 3)


def test_a_dash_led_question_under_a_box_of_bullets_ends_the_box() -> None:
    # A Korean interview goes on after a "관련기사" box set into it: the page's lists are
    # bulleted with "*", so a line opening with a dash is the text's own (an interview's question).
    box = [
        "관련기사",
        "* '달빛 정거장' 자체 최고 11.8%로 유종의 미",
        "* [포토] 한서린, 종영 파티서 눈물",
    ]
    interview = [
        "- 상대역 윤태오와의 호흡은.",
        '"오빠가 현장 분위기 메이커였어요."',
        "- 다음 작품은.",
    ]
    doc = Document.from_text("\n\n".join([*box, *interview]) + "\n")
    assert item_run(doc, 1, 16) == (5, 2)
    # A dash indented under an item is a nested level of the same list: it goes on.
    nested = Document.from_text("\n".join([*box, "  - [영상] 종영 인터뷰", "* 블루웨이브 컴백"]))
    assert item_run(nested, 1, 16) == (5, 4)


def test_a_heading_over_bullets_like_the_boxs_own_ends_the_box_inside_the_body() -> None:
    # A "Leia também" box of two links set into the article, then the article's section over
    # bullets of the same kind; outside the body, a second box under its own heading goes on.
    box = ["LEIA TAMBÉM", "* Copom mantém juros e sinaliza pausa longa", "* Tesouro paga mais"]
    section = ["O que pesa na decisão", "* Prazo: LCI e LCA exigem carência", "* Liquidez: diária"]
    doc = Document.from_text("\n".join([*box, "", *section]) + "\n")
    assert item_run(doc, 1, 16, body=range(0, 7)) == (3, 2)
    assert item_run(doc, 1, 16) == (7, 5)


def test_a_chinese_entry_under_its_time_after_a_box_is_no_item() -> None:
    # A live blog's "11:30" over its sentence, after a "相关阅读" box: a paragraph in Chinese has
    # no spaces, and as many words as its characters make.
    box = [
        "相关阅读",
        "* 远帆半导体：一季度在手订单同比增长超四成",
        "* 储能行业月报：2月新增装机量环比回升",
    ]
    entry = [
        "11:30",
        "午间收盘：澄证综指涨0.31%，深岭成指涨0.54%。半日成交额5200亿元，较昨日同期放量。",
    ]
    doc = Document.from_text("\n".join([*box, *entry]) + "\n")
    assert item_run(doc, 1, 16) == (3, 2)


def test_a_markdown_box_of_dashes_goes_on_over_its_nested_items() -> None:
    # A Markdown box written with "-" at both levels: the nested items are the same list.
    box = [
        "Related",
        "- [Top story](https://example.com/a)",
        "  - [Its follow-up](https://example.com/b)",
    ]
    more = ["  - [Another](https://example.com/c)", "- [Second story](https://example.com/d)"]
    assert item_run(Document.from_text("\n".join([*box, *more]) + "\n"), 1, 16) == (5, 4)


def test_a_hindi_entry_under_its_time_after_a_box_is_no_item() -> None:
    # "07:45 PM" over a sentence closed by a danda, after a "ये भी पढ़ें" box of one link.
    box = ["ये भी पढ़ें", "कंचनगढ़ में जलभराव: 5 साल में 40 करोड़ खर्च, फिर भी हालात जस के तस"]
    entry = ["07:45 PM", "नगर आयुक्त ने 14 पंपिंग स्टेशनों को पूरी रात चालू रखने के आदेश दिए।"]
    doc = Document.from_text("\n\n".join([*box, *entry]) + "\n")
    assert item_run(doc, 1, 16) == (3, 1)


def test_a_plain_question_after_a_boxs_bulleted_links_in_the_body_ends_the_box() -> None:
    # "Mehr zum Thema" over three bulleted links set into the article, then the article's
    # questions and answers under their heading.
    box = [
        "Mehr zum Thema",
        "* Brückenprüfung: Jede fünfte Brücke marode",
        "* Kommentar: Lehrstück",
    ]
    faq = ["Was Pendler jetzt wissen müssen", "Fährt der Bus weiter?", "Ja, über Löbenau."]
    doc = Document.from_text("\n".join([*box, "", *"\n\n".join(faq).split("\n")]) + "\n")
    inside = range(len(doc.lines))
    assert item_run(doc, 1, 16, body=inside) == (3, 2)
    # ...a heading that asks, under an ad's label the run took as an item ("Was kostet das?").
    asked = Document.from_text("\n".join([*box, "Anzeige", "", "Was kostet das?", "", faq[2]]))
    assert item_run(asked, 1, 16, body=range(len(asked.lines))) == (4, 3)
    # A plain line right under the items, with no blank line between, is one more item.
    close = Document.from_text("\n".join([*box, "Alle Artikel", "", faq[1], "", faq[2]]))
    assert item_run(close, 1, 16, body=range(len(close.lines))) == (4, 3)
    # Outside the body, a box's run is not cut so ("Most read" over bullets, a poll's question).
    assert item_run(doc, 1, 16)[1] > 2


@pytest.mark.parametrize("name, heading", [("de_26_full", 90), ("fr_26_full", 96)])
def test_the_articles_questions_after_a_box_of_links_stay(name: str, heading: int) -> None:
    from scrapelint.api import Linter
    from tests.labelled_pages import SETS, kept_lines, read_pages

    page = next(p for p in read_pages(SETS["pages"]) if p.name == name)
    assert page.tags[heading] == "B" and page.tags[heading - 2] == "J:related"
    kept = kept_lines(page, Linter().fix(page.text).text)
    assert kept[heading]
    assert not any(k for k, tag in zip(kept, page.tags, strict=True) if tag == "J:related")


@pytest.mark.parametrize("name, heading", [("ko_9_full", 63), ("pt_19_full", 92)])
def test_a_heading_over_the_articles_list_after_a_box_of_plain_cards_stays(
    name: str, heading: int
) -> None:
    """A box of plain headlines with no summary under them, then the article's heading over its
    list ("구별 득표율" over the districts' shares): the box's cards end at the heading."""
    from scrapelint.api import Linter
    from tests.labelled_pages import SETS, kept_lines, read_pages

    page = next(p for p in read_pages(SETS["pages"]) if p.name == name)
    assert page.tags[heading] == "B" and page.lines[heading + 2].startswith("* ")
    kept = kept_lines(page, Linter().fix(page.text).text)
    assert kept[heading] and kept[heading + 2]
