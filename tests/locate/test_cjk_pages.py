"""Chinese, Japanese, Thai and Hindi pages, written without spaces or with vowel signs: cleaned
like any other page.

Their paragraphs hold few whitespace-separated words; the locator counts about one and a half
characters a word in Chinese and Japanese, five in Thai (`line_features.unspaced_words`), and the
body guard counts their prose the same way; a Hindi word keeps its vowel signs (`text.marks`).
So the page chrome around them goes and every article line stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.text.document import Document
from scrapelint.text.line_features import line_reading

RULES = select_rules(load_rules())

CHINESE_NEWS = [
    "本报讯 昨天上午，市第一人民医院新门诊大楼正式启用。",
    "新大楼共十二层，设有门诊科室四十余个。",
    "医院负责人介绍，新大楼启用后，日门诊量可达一万人次。",
    "“以前挂号要排很久，现在方便多了。”前来就诊的张先生说。",
    "据悉，医院还开通了线上预约服务。",
    "市民可通过微信公众号提前预约挂号。",
]
CHINESE_TIMELINE = [
    "2005年——市政府提出建设地铁的规划。",
    "2010年——地铁1号线开工建设。",
    "2014年——1号线正式开通运营。",
    "2019年——线网总里程突破200公里。",
    "2025年——日均客流首次超过500万人次。",
    "目前，全市共有12条地铁线路，总长度达到430公里。",
]
TIMELINE_PAGE = [
    *("* 首页", "* 新闻", "* 国内", "* 国际", "* 财经", "* 体育", "搜索", "相关新闻"),
    *("杭州亚运村今起对外开放", "明天起全市迎来降温天气"),
    *("大事记：城市地铁建设二十年", "记者 Ivan Petrov | 12 March 2025 14:05"),
    *("* 分享到微信", "* 分享到微博", "* 复制链接"),
    *CHINESE_TIMELINE,
    *("订阅我们的新闻简报", "每天早上把最重要的新闻发送到您的邮箱。", "电子邮箱", "订阅"),
    *("订阅即表示您同意我们的隐私政策。", "相关新闻", "* 杭州亚运村今起对外开放"),
    *("* 明天起全市迎来降温天气", "* 城西新建三所学校", "热门阅读", "1. 图集：西湖夜景"),
    *("2. 高速公路交通事故致两人受伤", "* 关于我们", "* 联系我们", "* 隐私政策"),
    *("* Cookie 设置", "© 2025 杭州日报 版权所有"),
]
CHINESE_CHROME = (
    ["* 首页", "* 新闻", "* 国内", "* 国际", "* 财经", "* 体育", "搜索", "相关新闻"],
    ["* 杭州亚运村今起对外开放", "* 明天起全市迎来降温天气"],
    ["* 分享到微信", "* 分享到微博", "* 复制链接", "订阅我们的新闻简报", "相关新闻"],
    ["* 城西新建三所学校", "* 高速公路交通事故致两人受伤", "* 关于我们", "* 联系我们"],
    ["* 隐私政策", "© 2025 杭州日报 版权所有"],
)
JAPANESE_NEWS = [
    "大阪市は3日、市内の全ての公園に無料Wi-Fiを整備すると発表した。",
    "整備は来年春から順次始まる。",
    "市によると、対象となる公園は約千か所。",
    "総事業費は約十億円を見込む。",
    "市長は「災害時の情報収集にも役立てたい」と話した。",
]
JAPANESE_CHROME = (
    ["* トップ", "* ニュース", "* 国内", "* 国際", "* 経済", "* スポーツ", "ログイン", "検索"],
    ["関連記事", "* 新しい橋が開通", "* 鉄道のストライキが終了"],
    ["* シェア", "* ツイート", "* リンクをコピー", "ニュースレターに登録", "関連記事"],
    ["* 京都で桜が満開に", "* 台風10号が接近", "* プライバシーポリシー", "* 利用規約"],
    ["* お問い合わせ", "© 2025 大阪日報"],
)


def _kept(article: list[str], chrome: tuple[list[str], ...]) -> list[str]:
    """The lines `fix` keeps of `article` inside `chrome`, written as page text."""
    menu, box, share, related, footer = chrome
    return _cleaned([*menu, *box, *article, *share, *related, *footer])


def _cleaned(lines: Sequence[str]) -> list[str]:
    """The lines `fix` keeps of `lines` written as page text, a blank line between blocks."""
    result = fix(Document.from_text("\n\n".join(lines) + "\n"), RULES)
    return [line.text for line in result.cleaned.lines if line.text]


def _chrome_kept(kept: list[str], chrome: tuple[list[str], ...]) -> int:
    return sum(line in kept for part in chrome for line in part)


def test_a_chinese_news_page_keeps_its_short_paragraphs_and_loses_its_chrome() -> None:
    kept = _kept(CHINESE_NEWS, CHINESE_CHROME)
    assert [line for line in kept if line in CHINESE_NEWS] == CHINESE_NEWS
    assert _chrome_kept(kept, CHINESE_CHROME) <= 3  # a few lines touching the body are reported


def test_a_timeline_of_dated_chinese_sentences_is_the_article() -> None:
    """Read two characters a word, with a CJK character one Latin letter wide, each dated line
    was a counter and the newsletter's pitch below them the body."""
    kept = _cleaned(TIMELINE_PAGE)
    assert [line for line in kept if line in CHINESE_TIMELINE] == CHINESE_TIMELINE
    assert len(kept) <= len(CHINESE_TIMELINE) + 6


def test_a_japanese_news_page_keeps_its_short_paragraphs_and_loses_its_chrome() -> None:
    kept = _kept(JAPANESE_NEWS, JAPANESE_CHROME)
    assert [line for line in kept if line in JAPANESE_NEWS] == JAPANESE_NEWS
    assert _chrome_kept(kept, JAPANESE_CHROME) <= 3


THAI_NEWS = [
    "กรุงเทพมหานครประกาศแผนปรับปรุงระบบขนส่งสาธารณะครั้งใหญ่ในวันอังคาร",
    "ตามแผนดังกล่าว รถไฟฟ้าจะเพิ่มเส้นทางใหม่สี่สาย รวมระยะทางกว่าหนึ่งร้อยกิโลเมตร",
    "ผู้ว่าราชการกล่าวว่าโครงการนี้จะช่วยลดปัญหาการจราจรติดขัดในเมือง",
    "ประชาชนส่วนใหญ่ที่ให้สัมภาษณ์เห็นด้วยกับแผนนี้ แต่กังวลเรื่องค่าโดยสาร",
    "คาดว่าเส้นทางแรกจะเปิดให้บริการได้ภายในสามปี",
]
THAI_CHROME = (
    ["* หน้าแรก", "* ข่าว", "* กีฬา", "* บันเทิง", "* ธุรกิจ", "* ต่างประเทศ", "ค้นหา"],
    ["* แชร์", "* ทวีต", "* คัดลอกลิงก์"],
    ["ข่าวที่เกี่ยวข้อง", "* ฝนตกหนักทั่วกรุงเทพ", "* ราคาน้ำมันลดลง"],
    ["* เกี่ยวกับเรา", "* ติดต่อเรา", "* นโยบายความเป็นส่วนตัว", "* ข้อกำหนด"],
    ["© 2025 ข่าวเมือง"],
)


def test_a_thai_news_page_is_cleaned_not_refused() -> None:
    """Counted by their spaces, Thai paragraphs held two or three words each: the body guard
    took the page for one without prose and refused every removal, menu and all."""
    result = fix(Document.from_text("\n\n".join(_page(THAI_NEWS, THAI_CHROME)) + "\n"), RULES)
    assert "SL001" not in {o.finding.code for o in result.outcomes}
    kept = [line.text for line in result.cleaned.lines if line.text]
    assert [line for line in kept if line in THAI_NEWS] == THAI_NEWS
    assert _chrome_kept(kept, THAI_CHROME) <= 4


def _page(article: list[str], chrome: tuple[list[str], ...]) -> list[str]:
    menu, share, related, footer, rights = chrome
    return [*menu, *article, *share, *related, *footer, *rights]


HINDI_NEWS = [
    "शहर में एक बार फिर मेले की रौनक लौटने वाली है।",
    "ज़िला उद्योग केंद्र और नगर निगम की ओर से 14 से 18 नवंबर तक गांधी मैदान में हस्तशिल्प "
    "मेला लगेगा, जिसमें 11 राज्यों के कारीगर अपने स्टॉल लगाएंगे।",
    "उन्होंने कहा कि पिछले साल करीब 60 हज़ार लोग मेले में आए थे और इस बार पार्किंग की व्यवस्था दोगुनी की गई है।",
    "मेले में हाथ से बुनी साड़ियां, लकड़ी के खिलौने और पीतल के बर्तन मिलेंगे।",
]
HINDI_CHROME = (
    ["* होम", "* ताज़ा ख़बरें", "* मेरा शहर", "* वेब स्टोरीज़", "* फ़ोटो", "* वीडियो"],
    ["* शेयर करें", "* व्हाट्सऐप", "* कॉपी लिंक"],
    ["ये भी पढ़ें", "* चंदनपुर में छठ पूजा की तैयारियां", "* नगर निगम का नया बजट"],
    ["* हमारे बारे में", "* संपर्क करें", "* गोपनीयता नीति", "* नियम और शर्तें"],
    ["© 2024 नगर दर्पण"],
)


def test_a_hindi_words_vowel_signs_are_part_of_it() -> None:
    """Python's `\\w` holds no combining mark: "होम" (home) read as two words, "ह" and "म", and
    a vowel sign as punctuation, so a menu's entries read as phrases."""
    assert line_reading("* होम").words == ("होम",)
    assert line_reading("* वेब स्टोरीज़").features.words == 2
    assert line_reading("हर शाम होंगे सांस्कृतिक कार्यक्रम").features.punct_density == 0


def test_a_hindi_news_page_loses_its_menus() -> None:
    """Read with its words cut at every vowel sign, the menu held no run of one- or two-word
    lines: the page was taken for extracted text and its chrome only reported."""
    result = fix(Document.from_text("\n\n".join(_page(HINDI_NEWS, HINDI_CHROME)) + "\n"), RULES)
    kept = [line.text for line in result.cleaned.lines if line.text]
    assert [line for line in kept if line in HINDI_NEWS] == HINDI_NEWS
    assert _chrome_kept(kept, HINDI_CHROME) <= 3
