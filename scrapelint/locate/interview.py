"""An interview's questions written as dash-led or bold lines, each over the answer it gets.

Korean, Japanese and many European papers print an interview as a question led by a dash
("- 종영 소감은.", "– Was hat Sie überrascht?") over its answer's paragraph. A converter writes a
page's own lists with one bullet ("*"), so the dash is the text's, and the locator reads each
question as a short list item: every answer then pays an entry fee and the interview, after its
first box, reads as comments. Questions that alternate with answers are the article's headings.
A dialogue whose answers are dash-led too ("— Нет.") is left as it reads.

Magazines print the questions in bold instead ("**Muistatko ensimmäisen saunasi?**" over the
answer), a remark of the interviewer's among them ("**Kuulostaa hitaalta.**"). A run of bold
lines each over an answer's paragraph is the interview's when at least `MIN_QUESTIONS` of them
ask: a box of teasers in bold over their summaries states, it seldom asks twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from scrapelint.locate.blocks import GOOD
from scrapelint.text.lazy_pattern import lazy
from scrapelint.text.pieces import count_words

# A dash, then the question's first letter (a number after a dash is a range or a sign).
DASH_LED_RE = lazy(r"\s*[-–—]\s?[^\W\d_]")
# A question this long or longer is a paragraph of its own.
QUESTION_MAX_WORDS = 15
# Questions answered in a row before the pattern is an interview.
MIN_QUESTIONS = 2
# A line wholly in bold, as a converter writes it: the question of a magazine's interview. The
# bold (or bold italic) closes once, at the line's end ("**A** and **B**" is no such line), round
# a word.
BOLD_LINE_RE = lazy(r"\s*(\*{2,3}|_{2,3})(?=\S)((?:(?!\1).)*?\w(?:(?!\1).)*?)(?<=\S)\1\s*$")
# What may close a question after its mark: a quote, an emphasis the bold holds.
_CLOSERS = "*_\"“”‘’'«»)"
_QUESTION_MARKS = ("?", "？", "؟", "\u037e")  # Latin, full-width, Arabic, Greek


def dash_questions(texts: Sequence[str], classes: Sequence[str]) -> set[int]:
    """The blocks that are dash-led questions with an answer's paragraph under each, in runs of
    `MIN_QUESTIONS` or more where only answers stand between one question and the next."""
    return _answered_runs(texts, classes, _dash_question, _dash_led, _counted)


def bold_questions(texts: Sequence[str], classes: Sequence[str]) -> set[int]:
    """The blocks that are bold lines with an answer's paragraph under each, in runs where only
    answers stand between one bold line and the next and `MIN_QUESTIONS` of them ask."""
    return _answered_runs(texts, classes, _bold_short, _bold, lambda run: _asking(texts, run))


def _answered_runs(
    texts: Sequence[str],
    classes: Sequence[str],
    question: Callable[[str], bool],
    marked: Callable[[str], bool],
    counted: Callable[[list[int]], set[int]],
) -> set[int]:
    """The `question` blocks each over an answer (a paragraph not `marked` as a question is), in
    runs where only answers stand between one question and the next, of the runs `counted`
    keeps."""
    found: set[int] = set()
    run: list[int] = []
    for i, text in enumerate(texts):
        after = i + 1
        answered = after < len(texts) and classes[after] == GOOD and not marked(texts[after])
        if question(text) and answered:
            run.append(i)
        elif classes[i] == GOOD and run and not marked(text):
            continue  # the answer goes on
        else:
            found |= counted(run)
            run = []
    return found | counted(run)


def _dash_led(text: str) -> bool:
    return DASH_LED_RE.match(text) is not None


def _dash_question(text: str) -> bool:
    return _dash_led(text) and count_words(text, QUESTION_MAX_WORDS) <= QUESTION_MAX_WORDS


def _counted(run: list[int]) -> set[int]:
    return set(run) if len(run) >= MIN_QUESTIONS else set()


def _bold(text: str) -> bool:
    return BOLD_LINE_RE.match(text) is not None


def _bold_short(text: str) -> bool:
    match = BOLD_LINE_RE.match(text)
    return match is not None and count_words(match[2], QUESTION_MAX_WORDS) <= QUESTION_MAX_WORDS


def _asking(texts: Sequence[str], run: list[int]) -> set[int]:
    asked = sum(1 for i in run if _asks(texts[i]))
    return set(run) if asked >= MIN_QUESTIONS else set()


def _asks(text: str) -> bool:
    match = BOLD_LINE_RE.match(text)
    return match is not None and match[2].rstrip().rstrip(_CLOSERS).endswith(_QUESTION_MARKS)
