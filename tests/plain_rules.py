"""The comment-thread rules as first written, line by line: what their shortcuts must match.

Shared by the property tests of the rule-dispatch and engine shortcuts; neither calls into the
rule's own helpers, so a shortcut that breaks one of them cannot make the reference agree with it.
"""

from __future__ import annotations

from scrapelint.engine.guard import outweighed_from
from scrapelint.engine.kinds.thread import ThreadRule
from scrapelint.engine.kinds.thread_start import ThreadStartRule
from scrapelint.locate.context import Context
from scrapelint.text.confidence import EDGE, PHRASE
from scrapelint.text.document import Document
from scrapelint.text.normalize import normalize


def plain_thread_check(rule: ThreadRule, doc: Document, ctx: Context) -> list:
    """The thread rule: the username test, then the reply, on every line."""
    lines = doc.lines
    for line in lines:
        if line.list_marker is None:
            continue
        words = line.content.split()
        if not 0 < len(words) <= rule.name_max_words or set(".!?;:,") & set(line.content):
            continue
        reply = next((n for n in lines[line.index + 1 :] if not n.is_blank), None)
        if reply is None or reply.indent <= line.indent or reply.list_marker is not None:
            continue
        if ctx.place(line.index) == "head" or not ctx.is_at(line.index, rule.where):
            continue
        end = max((n.index for n in lines if not n.is_blank), default=len(lines) - 1) + 1
        return [rule.meta.finding(line.index, end, f"{rule.message}, from “{line.content}”")]
    return []


def plain_thread_start_check(rule: ThreadStartRule, doc: Document, ctx: Context) -> list:
    """The thread-start rule: every short line after the article's start, its content searched;
    the thread opens at the first of `min_openers` such lines (within `window` of each other). A
    button's label with an opener below it goes alone."""
    openers: list[int] = []
    found: list = []
    later = [i for i in ctx.short_lines(rule.max_words) if i > ctx.article.start]
    buttons = {normalize(label) for label in rule.buttons}

    def opens(index: int) -> bool:
        content = doc.lines[index].content
        searched = rule.pattern is not None and rule.pattern.search(content)
        return bool(searched) or rule.phrases.match(normalize(content)) is not None

    for rank, index in enumerate(later):
        line = doc.lines[index]
        if normalize(line.content) in buttons and any(
            normalize(doc.lines[i].content) not in buttons and opens(i) for i in later[rank + 1 :]
        ):
            message = f"{rule.message}: “{line.content}” (a button)"
            found.append(rule.meta.finding(index, index + 1, message))
            continue
        if not opens(index):
            continue
        if rule.next_pattern is not None:
            following = next((n for n in doc.lines[index + 1 :] if not n.is_blank), None)
            if following is None or not rule.next_pattern.search(following.content):
                continue
        if not ctx.is_at(index, rule.where):
            continue
        if rule.max_copies is not None:
            said = normalize(line.text)
            if sum(normalize(n.text) == said for n in doc.lines) > rule.max_copies:
                continue
        openers.append(index)
        if rule.window is not None:  # only openers near the last one, each text once
            rank, said, words = ctx.non_blank_rank, ctx.normalized, ctx.word_counts
            near = [i for i in openers if rank[index] - rank[i] < rule.window]
            close = [i for i in near if max(words[i:index], default=0) <= rule.max_words]
            openers = [i for i in close if i == index or said[i] != said[index]]
        if len(openers) < rule.min_openers:
            continue
        last = max(n.index for n in doc.lines if not n.is_blank)
        first = doc.lines[openers[0]]
        message = f"{rule.message}: “{first.content}”"
        # A thread that would take more prose than stands above it closes no story: reported.
        weak = rule.closes_story and outweighed_from(doc, first.index)
        level = EDGE if weak else PHRASE
        return [*found, rule.meta.finding(first.index, last + 1, message, confidence=level)]
    return found
