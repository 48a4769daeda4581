"""An interview's dash-led questions (`locate.interview`): headings of the article, so that the
answers under them flow on, after a box set into the interview too."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapelint.locate.article import locate_article
from scrapelint.locate.blocks import GOOD, SHORT
from scrapelint.locate.interview import bold_questions, dash_questions

QUESTION = "- 가장 기억에 남는 장면은."
ANSWER = '"8회 플랫폼 장면이요. 대본에는 웃는다라고만 적혀 있었는데 그게 제일 어려웠어요."'


def test_dash_led_questions_over_their_answers_are_headings() -> None:
    texts = ["- 종영 소감은.", ANSWER, QUESTION, ANSWER, "시청률은 11.8%였다.", QUESTION, ANSWER]
    classes = [SHORT, GOOD, SHORT, GOOD, GOOD, SHORT, GOOD]
    assert dash_questions(texts, classes) == {0, 2, 5}


def test_a_lone_question_a_dialogue_or_a_list_of_dashes_is_no_interview() -> None:
    assert dash_questions([QUESTION, ANSWER], [SHORT, GOOD]) == set()
    # A dialogue whose answers are dash-led too, and a dashed list with no answer under it.
    dialogue = [
        "— Как вы это оцениваете?",
        "— Положительно, но с оговорками.",
        "— Почему?",
        "— Дорого.",
    ]
    assert dash_questions(dialogue, [SHORT, GOOD, SHORT, GOOD]) == set()
    dashes = ["- Salt", "- Flour", "- Two eggs"]
    assert dash_questions(dashes, [SHORT] * 3) == set()
    # A number after the dash is a sign or a range, not a question.
    assert dash_questions(["-5 degrees", ANSWER, "-3 at night", ANSWER], [SHORT, GOOD] * 2) == set()


def test_an_interview_goes_on_after_a_box_set_into_it() -> None:
    menu = ["* 홈", "* 연예", "* 방송", "* 영화", "* 음악", "* 스포츠", "* 포토"]
    lead = [
        "배우 한서린이 드라마 '달빛 정거장'을 마친 소감을 전했다.",
        "지난 22일 종영한 '달빛 정거장'은 막차가 끊긴 간이역에서 매일 밤 마주치는 두 남녀의 "
        "이야기를 그린 작품이다. 한서린은 극 중 10년째 같은 역을 지키는 역무원 서윤을 연기했다.",
        '27일 서울 성수동의 한 카페에서 만난 한서린은 "아직도 서윤이를 보내지 못했다"며 웃었다.',
    ]
    box = [
        "AD",
        "관련기사",
        "* '달빛 정거장' 자체 최고 11.8%로 유종의 미",
        "* [포토] 한서린, 종영 파티서 눈물",
    ]
    answers = [
        '"오빠가 현장 분위기 메이커였어요. 제가 긴장하면 일부러 썰렁한 농담을 해줬죠."',
        '"작품 끝나고 바로 간다고 해서 서운했어요. 건강하게 다녀오라고 손편지를 썼어요."',
        "\"영화 '겨울 항구'를 촬영 중이에요. 이번엔 무뚝뚝한 어부 역이라 사투리 연습을 해요.\"",
    ]
    questions = ["- 상대역 윤태오와의 호흡은.", "- 입대 소식을 들었을 때는.", "- 다음 작품은."]
    interview = [line for pair in zip(questions, answers, strict=True) for line in pair]
    footer = [
        "최다현 기자 dahyun.choi@staronnews.co.kr",
        "기자 구독하기",
        "* 회사소개",
        "* 이용약관",
    ]
    lines = [*menu, *lead, "- 종영 소감은.", ANSWER, QUESTION, ANSWER, *box, *interview, *footer]
    match = locate_article(lines)
    kept = {lines[i] for i in range(len(lines)) if not match.verdicts[i].junk}
    assert set(answers) <= kept
    assert set(questions) <= kept


BOLD_ANSWERS = [
    "I remember every log. My father stood beside me and said that if the corner is not "
    "tight, the sauna is no sauna. That sauna still stands on the shore of the farm.",
    "The steam. It is softer than in any other sauna. A smoke sauna is heated for six to "
    "eight hours, and in that time the stones and the logs take the heat deep into them.",
    "So it is. Nobody hurries in a sauna. People today want it warm in a quarter of an hour; "
    "a smoke sauna teaches you to wait, and the waiting is half of the bath.",
]
BOLD_QUESTIONS = [
    "**Do you remember your first sauna?**",
    "**What is so special about a smoke sauna?**",
    "**That sounds slow.**",
]


def test_bold_lines_over_their_answers_are_headings_when_they_ask() -> None:
    texts = [line for pair in zip(BOLD_QUESTIONS, BOLD_ANSWERS, strict=True) for line in pair]
    classes = [SHORT, GOOD] * 3
    # The interviewer's remark ("That sounds slow.") stands in the run of questions.
    assert bold_questions(texts, classes) == {0, 2, 4}
    # One question is no interview; teasers in bold over their summaries state, they do not ask.
    assert bold_questions(texts[:2], classes[:2]) == set()
    teasers = ["**Library opens a new branch**", BOLD_ANSWERS[0], "**Board picks a head**"]
    assert bold_questions([*teasers, BOLD_ANSWERS[1]], [SHORT, GOOD] * 2) == set()


# A Finnish magazine's interview (a page written for the project's blind rounds), from its
# breadcrumb to its tags: an advert stands after the third answer.
SAUNA = (Path(__file__).parent.parent / "data" / "sauna_interview.txt").read_text("utf-8")


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("***Miksi?***", True),  # bold italic
        ("**„Warum?“**", True),  # the question quoted
        ("**هل ستعود؟**", True),
        ("**A** and **B**", None),  # bold twice in a line of plain text: no bold line
        ("**Tärkeintä:** lue ohjeet **ensin**", None),
        ("__________", None),  # a rule, no words
    ],
)
def test_a_bold_line_is_one_bold_run_round_words(line: str, asks: bool | None) -> None:
    texts, classes = [line, BOLD_ANSWERS[0], "**Why?**", BOLD_ANSWERS[1]], [SHORT, GOOD] * 2
    assert bold_questions(texts, classes) == ({0, 2} if asks else set())


def test_a_bold_interview_goes_on_after_an_advert_set_into_it() -> None:
    lines = SAUNA.splitlines()
    match = locate_article(lines)
    kept = {lines[i] for i in range(len(lines)) if not match.verdicts[i].junk}
    lede = next(line for line in lines if line.startswith("Sulkavalainen"))
    bold = [line for line in lines if line.startswith("**")]
    answers = [lines[lines.index(line) + 1] for line in bold]
    assert len(bold) == 9
    assert {lede, *bold, *answers} <= kept
