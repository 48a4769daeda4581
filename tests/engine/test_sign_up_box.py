"""A sign-up box written out as page text (NL006, `extend: box`): the field's label or the button
says what its blank-separated block is, and the heading and pitch over them go with them; the
article around the box stays, and so does text with no blank lines between its paragraphs."""

from __future__ import annotations

import pytest

from scrapelint.engine.apply import fix
from scrapelint.engine.kinds.sign_up_box import BOX_LINES, sign_up_box
from scrapelint.text.document import Document
from tests.engine.closing_article import ARTICLE, CLOSING, RULES, fixed

BOXES = {
    "en": [
        "Council Notes, in your inbox",
        "Every Wednesday morning after a Select Board meeting, a plain summary of what was voted "
        "on and what comes next. Free for everyone.",
        "Email address",
        "Sign up",
    ],
    "es": [
        "¿Te gustan mis recetas?",
        "Suscríbete y recibe cada domingo el menú semanal con la lista de la compra.",
        "Tu email",
        "¡Me apunto!",
    ],
    "hu": [
        "Ne maradj le a friss pénzügyi hírekről! Iratkozz fel hírlevelünkre.",
        "E-mail-címed",
        "Feliratkozom",
    ],
}


@pytest.mark.parametrize("language", sorted(BOXES))
def test_a_sign_up_box_between_paragraphs_goes_whole(language: str) -> None:
    box = "\n".join(BOXES[language])
    assert fixed([*ARTICLE[:2], box, ARTICLE[2], CLOSING]) == [*ARTICLE, CLOSING]


def test_the_box_is_its_block_and_only_a_short_one() -> None:
    def box(*lines: str) -> tuple[int, int] | None:
        doc = Document.from_text("\n".join(lines) + "\n")
        index = next(i for i, line in enumerate(lines) if line == "Sign up")
        return sign_up_box(doc, index)

    assert box(ARTICLE[0], "", "In your inbox", "Email address", "Sign up", "", CLOSING) == (2, 5)
    assert box(ARTICLE[0], "", "Sign up", "", CLOSING) is None  # a lone button: the line alone
    # Text with no blank lines between its paragraphs is one block: no box.
    assert box(*ARTICLE, "Email address", "Sign up", CLOSING, *ARTICLE) is None
    assert box(*(["Menu"] * BOX_LINES), "Sign up") is None
    assert box(ARTICLE[0] + " " + CLOSING, "Sign up") is None  # a paragraph is no pitch


def test_extracted_text_keeps_its_paragraphs_around_a_button() -> None:
    """With no blank lines the block is the whole text: the button's line alone is weighed."""
    text = "\n".join([*ARTICLE[:2], "Email address", "Subscribe", ARTICLE[2], CLOSING]) + "\n"
    cleaned = fix(Document.from_text(text), RULES).cleaned.texts
    assert [line for line in cleaned if line in (*ARTICLE, CLOSING)] == [*ARTICLE, CLOSING]
