"""A short news article and a paragraph that goes on after it, shared by the tests of what closes
an article (teaser boxes, site footers, the writer's name card), and the cleaned text's non-blank
lines after `fix` with every shipped rule."""

from __future__ import annotations

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.text.document import Document

RULES = select_rules(load_rules())
ARTICLE = [
    "The city council voted on Tuesday to expand the bus network, adding four new routes that "
    "will connect the northern suburbs with the hospital and the university campus.",
    "Officials said the plan would cost about 12 million dollars over three years and that most "
    "of the money would come from a regional transport fund approved last spring.",
    "Residents who spoke at the meeting welcomed the new routes but asked the council to keep "
    "the night buses running on weekends, which the mayor promised to look into.",
]
CLOSING = (
    "The council will meet again in May to decide how the rest of the fund should be spent "
    "across the districts, the mayor said after the vote, thanking residents for coming."
)


def fixed(lines: list[str]) -> list[str]:
    """The non-blank lines `fix` keeps of `lines`, written as paragraphs."""
    text = "\n\n".join(lines) + "\n"
    return [line for line in fix(Document.from_text(text), RULES).cleaned.texts if line]
