"""The vocabulary packs beyond the six languages they started with (Dutch, Polish, Russian,
Turkish, Chinese, Japanese, Korean, Arabic) and beyond Brazilian Portuguese (Portugal's own words:
"Partilhar", "Subscreva"): a share button, an advertisement label, a newsletter prompt and a
most-read box say what they are in any of them.

The text is extracted already (no navigation around it), where the locator's verdicts are only
reported: whatever is removed here, a vocabulary rule removed.
"""

from __future__ import annotations

import pytest

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.text.document import Document

RULES = select_rules(load_rules())

# language: (article paragraphs, [share, advertisement, newsletter, box heading, two box items])
PAGES = {
    "nl": (
        [
            "De gemeenteraad heeft dinsdag besloten vier nieuwe buslijnen "
            "aan te leggen in het noorden van de stad.",
            "Volgens de wethouder kost het plan ongeveer twaalf "
            "miljoen euro, verdeeld over drie jaar.",
            "De eerste lijn moet in maart gaan rijden, waarna de "
            "raad het plan na een jaar evalueert.",
        ],
        [
            "Delen op Facebook",
            "Advertentie",
            "Schrijf je in voor onze nieuwsbrief",
            "Meest gelezen",
            "* Nieuwe brug over de rivier geopend",
            "* Staking bij de spoorwegen voorbij",
        ],
    ),
    "pl": (
        [
            "Rada miasta zdecydowała we wtorek o uruchomieniu czterech "
            "nowych linii autobusowych na północy miasta.",
            "Według wiceprezydenta plan będzie kosztował około "
            "dwunastu milionów złotych w ciągu trzech lat.",
            "Pierwsza linia ma ruszyć w marcu, a po roku rada oceni jej działanie.",
        ],
        [
            "Udostępnij na Facebooku",
            "Reklama",
            "Zapisz się do newslettera",
            "Najczęściej czytane",
            "* Nowy most na Wiśle otwarty",
            "* Strajk na kolei zakończony",
        ],
    ),
    "tr": (
        [
            "Belediye meclisi salı günü şehrin kuzeyinde dört yeni "
            "otobüs hattı açılmasına karar verdi.",
            "Belediye başkan yardımcısına göre planın maliyeti üç "
            "yılda yaklaşık on iki milyon lira olacak.",
            "İlk hattın mart ayında hizmete girmesi, meclisin ise planı "
            "bir yıl sonra değerlendirmesi bekleniyor.",
        ],
        [
            "Facebook'ta paylaş",
            "Reklam",
            "Bültenimize abone olun",
            "En çok okunanlar",
            "* Nehir üzerindeki yeni köprü açıldı",
            "* Demiryolu grevi sona erdi",
        ],
    ),
    "ru": (
        [
            "Городские власти во вторник объявили о начале масштабной "
            "реконструкции центральной набережной.",
            "Работы планируется завершить к осени следующего года, их "
            "стоимость оценивается в 2,4 миллиарда рублей.",
            "Общественные слушания по проекту пройдут в конце месяца в здании городской думы.",
        ],
        [
            "Поделиться ВКонтакте",
            "Реклама",
            "Подпишитесь на нашу рассылку",
            "Читайте также",
            "* Новый мост через реку открыт",
            "* Забастовка на железной дороге закончилась",
        ],
    ),
    "zh": (
        [
            "北京市政府周二宣布，将在未来三年内投资约两百亿元，用于改善城市公共交通系统。",
            "根据计划，地铁网络将新增四条线路，总长度超过一百二十公里，预计二〇二八年全部建成通车。",
            "市政府表示，将在下个月公布详细的施工时间表，并向公众征求意见。",
        ],
        [
            "分享到微信",
            "广告",
            "订阅我们的新闻简报",
            "相关新闻",
            "* 新大桥正式通车",
            "* 铁路罢工结束",
        ],
    ),
    "ja": (
        [
            "東京都は火曜日、来年度から都内の公立小学校で給食費を無償化すると発表した。",
            "都の試算によると、必要な予算は年間およそ三百億円にのぼる見通しだ。",
            "都は今後、各自治体と協議を重ね、具体的な制度設計を進める方針だ。",
        ],
        [
            "リンクをコピー",
            "広告",
            "ニュースレターに登録",
            "関連記事",
            "* 新しい橋が開通",
            "* 鉄道のストライキが終了",
        ],
    ),
    "ko": (
        [
            "시의회는 화요일 도시 북부에 네 개의 새로운 버스 노선을 신설하기로 결정했다.",
            "부시장에 따르면 이 계획에는 3년 동안 약 120억 원이 들 것으로 예상된다.",
            "첫 번째 노선은 3월에 운행을 시작하며, 시의회는 1년 후 계획을 평가할 예정이다.",
        ],
        ["공유하기", "광고", "뉴스레터 구독", "관련 기사", "* 새 다리 개통", "* 철도 파업 종료"],
    ),
    "pt-PT": (
        [
            "A câmara municipal aprovou na terça-feira a criação de quatro "
            "novas linhas de autocarro no norte da cidade.",
            "Segundo o vereador, o plano vai custar cerca de doze milhões "
            "de euros, repartidos por três anos.",
            "A primeira linha deverá entrar em funcionamento em março, e a "
            "câmara avalia o plano ao fim de um ano.",
        ],
        [
            "Partilhar no Facebook",
            "Publicidade",
            "Subscreva a nossa newsletter",
            "Mais lidas",
            "* Nova ponte sobre o rio aberta ao trânsito",
            "* Greve nos comboios chega ao fim",
        ],
    ),
    "ar": (
        [
            "أعلنت وزارة التعليم يوم الثلاثاء عن خطة جديدة لتطوير "
            "المناهج الدراسية في المرحلة الابتدائية.",
            "وتتضمن الخطة إدخال مواد جديدة في البرمجة والتفكير "
            "النقدي ابتداءً من العام الدراسي المقبل.",
            "ومن المقرر أن تبدأ المرحلة التجريبية في مئة مدرسة في مختلف المحافظات.",
        ],
        [
            "شارك على فيسبوك",
            "إعلان",
            "اشترك في نشرتنا الإخبارية",
            "الأكثر قراءة",
            "* افتتاح جسر جديد فوق النهر",
            "* انتهاء إضراب السكك الحديدية",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_share_advertisement_newsletter_and_box_go_the_article_stays(language: str) -> None:
    (first, second, third), (share, advert, newsletter, box, *items) = PAGES[language]
    lines = [first, share, second, advert, third, newsletter, box, *items]
    result = fix(Document.from_text("\n".join(lines) + "\n"), RULES)
    assert [line.text for line in result.cleaned.lines] == [first, second, third]
    removed_by = {o.finding.code[:2] for o in result.outcomes if o.removed}
    assert "AR" not in removed_by  # extracted text: the locator only reports


# language: [read more, comment count, copyright], after the article
TAILS = {
    "nl": ["Lees meer »", "Reacties (4)", "© 2025 De Stadskrant. Alle rechten voorbehouden."],
    "pl": ["Czytaj więcej", "Komentarze (7)", "© 2025 Gazeta Miejska. Wszelkie prawa zastrzeżone."],
    "tr": ["Devamını oku", "Yorumlar (3)", "© 2025 Şehir Gazetesi. Tüm hakları saklıdır."],
    "ru": ["Читать далее", "Комментарии (12)", "© 2025 Городские вести. Все права защищены."],
    "zh": ["阅读全文", "评论（8）", "Copyright © 2025 城市日报 版权所有"],
    "ja": ["続きを読む", "コメント(3)", "Copyright © 2025 東京新聞社 無断転載を禁じます"],
    "ko": ["기사 더보기", "댓글 5", "Copyright © 2025 시티뉴스 무단 전재 및 재배포 금지"],
    "ar": ["اقرأ المزيد", "التعليقات (3)", "© 2025 صحيفة المدينة. جميع الحقوق محفوظة."],
}


@pytest.mark.parametrize("language", sorted(TAILS))
def test_read_more_comment_count_and_copyright_go(language: str) -> None:
    article = PAGES[language][0]
    result = fix(Document.from_text("\n".join([*article, *TAILS[language]]) + "\n"), RULES)
    assert [line.text for line in result.cleaned.lines] == article
    removed_by = {o.finding.code for o in result.outcomes if o.removed}
    # The count opens the comment section of a text extracted already (CM008), which takes the
    # copyright line under it too; read as a count alone it is CM002's, and the line FT001's.
    assert "NV001" in removed_by and removed_by <= {"NV001", "CM002", "CM008", "FT001"}
    assert "CM008" in removed_by or "FT001" in removed_by, removed_by


# language: a comment section's heading, after the article, and what follows it
COMMENTS = {
    "nl": "Reacties",
    "pl": "Komentarze",
    "tr": "Yorumlar",
    "ru": "Комментарии",
    "zh": "网友评论",
    "ja": "コメント",
    "ko": "댓글",
    "ar": "التعليقات",
}


@pytest.mark.parametrize("language", sorted(COMMENTS))
def test_a_comment_section_goes_to_the_end(language: str) -> None:
    article = PAGES[language][0]
    thread = [COMMENTS[language], "anna_k", "+1", "mr.b", ":)"]
    result = fix(Document.from_text("\n".join([*article, *thread]) + "\n"), RULES)
    assert [line.text for line in result.cleaned.lines] == article
    assert "CM001" in {o.finding.code for o in result.outcomes if o.removed}


# language: the share bar of a page of 2025 (X, no longer Twitter) and its copy-link button
SHARE_BARS = {
    "en": ["Share on X", "Copy link"],
    "es": ["Compartir en X", "Copiar enlace"],
    "fr": ["Partager sur X", "Copier le lien"],
    "de": ["Auf X teilen", "Link kopieren"],
    "pt": ["Compartilhar no X", "Copiar link"],
    "pt-PT": ["Partilhar no X", "Copiar link"],
    "it": ["Condividi su X", "Copia link"],
    "nl": ["Delen op X", "Link kopiëren"],
}


@pytest.mark.parametrize("language", sorted(SHARE_BARS))
def test_a_share_bar_of_today_goes(language: str) -> None:
    article = PAGES["pt-PT"][0] if language.startswith("pt") else PAGES["nl"][0]
    text = "\n".join([article[0], *SHARE_BARS[language], *article[1:]]) + "\n"
    result = fix(Document.from_text(text), RULES)
    assert [line.text for line in result.cleaned.lines] == article
    assert {o.finding.code for o in result.outcomes if o.removed} == {"SH001"}


# language: the small print under a newsletter box (what it sends, what subscribing agrees to)
SMALL_PRINT = {
    "nl": "Het belangrijkste nieuws elke ochtend in je inbox.",
    "pl": "Najważniejsze wiadomości co rano prosto na twoją skrzynkę.",
    "ru": "Подписываясь, вы соглашаетесь с политикой конфиденциальности.",
    "tr": "En önemli haberler her sabah e-posta kutunuza gelsin.",
    "ko": "매일 아침 주요 뉴스를 받은편지함으로 보내드립니다.",
    "ar": "أهم الأخبار كل صباح في بريدك الإلكتروني.",
}


@pytest.mark.parametrize("language", sorted(SMALL_PRINT))
def test_a_newsletter_s_small_print_goes(language: str) -> None:
    article = PAGES[language][0]
    text = "\n".join([*article, SMALL_PRINT[language]]) + "\n"
    result = fix(Document.from_text(text), RULES)
    assert [line.text for line in result.cleaned.lines] == article
    assert {o.finding.code for o in result.outcomes if o.removed} == {"NL002"}


# Twelve more languages (stop 35), their labels only: a share button, an advertisement label, a
# newsletter prompt, a box heading over two items, a "read more" link, and the comment section's
# heading over a comment. The article is any prose: the labels speak for themselves.
ANY_ARTICLE = [
    "The city council voted on Tuesday to expand the bus network, adding four new routes to the"
    " north of the city.",
    "Officials said the plan would cost about twelve million over three years, paid from a"
    " regional fund.",
    "The first of the new routes is expected to open in March, and the council will review it"
    " after a year.",
]
LABELS = {
    "uk": [
        "Поділитися",
        "Реклама",
        "Підпишіться на розсилку",
        "Найпопулярніше",
        "Читати далі",
        "Коментарі",
    ],
    "he": ["שתפו", "פרסומת", "הירשמו לניוזלטר", "הנקראים ביותר", "להמשך קריאה", "תגובות"],
    "fa": ["اشتراک گذاری", "تبلیغات", "عضویت در خبرنامه", "مطالب مرتبط", "ادامه مطلب", "نظرات"],
    "el": [
        "Κοινοποίηση",
        "Διαφήμιση",
        "Εγγραφείτε στο newsletter",
        "Σχετικά άρθρα",
        "Διαβάστε περισσότερα",
        "Σχόλια",
    ],
    "hi": ["शेयर करें", "विज्ञापन", "न्यूज़लेटर सब्सक्राइब करें", "ये भी पढ़ें", "और पढ़ें", "टिप्पणियाँ"],
    "th": ["แชร์", "โฆษณา", "สมัครรับจดหมายข่าว", "ข่าวที่เกี่ยวข้อง", "อ่านต่อ", "ความคิดเห็น"],
    "ms": [
        "Kongsi",
        "Iklan",
        "Langgan surat berita kami",
        "Berita berkaitan",
        "Baca lagi",
        "Komen",
    ],
    "sw": [
        "Shiriki",
        "Tangazo",
        "Jiandikishe kupokea jarida",
        "Habari zinazohusiana",
        "Soma zaidi",
        "Maoni",
    ],
    "cs": [
        "Sdílet",
        "Reklama",
        "Přihlaste se k odběru newsletteru",
        "Nejčtenější",
        "Číst dál",
        "Komentáře",
    ],
    "ro": [
        "Distribuie",
        "Publicitate",
        "Abonează-te la newsletter",
        "Cele mai citite",
        "Citește mai mult",
        "Comentarii",
    ],
    "da": [
        "Del",
        "Annonce",
        "Tilmeld dig vores nyhedsbrev",
        "Mest læste",
        "Læs mere",
        "Kommentarer",
    ],
    "sv": [
        "Dela",
        "Annons",
        "Prenumerera på vårt nyhetsbrev",
        "Mest lästa",
        "Läs mer",
        "Kommentarer",
    ],
}


@pytest.mark.parametrize("language", sorted(LABELS))
def test_the_labels_of_twelve_more_languages_go(language: str) -> None:
    share, advert, newsletter, box, more, comments = LABELS[language]
    first, second, third = ANY_ARTICLE
    lines = [first, share, second, advert, third, more, newsletter, box, "* One", "* Two"]
    thread = [comments, "anna_k", "This is exactly what the northern suburbs have needed."]
    result = fix(Document.from_text("\n".join([*lines, *thread]) + "\n"), RULES)
    assert [line.text for line in result.cleaned.lines] == ANY_ARTICLE
