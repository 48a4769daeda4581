"""What every rule kind shares: its metadata, a message, and where in the document it applies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from scrapelint.engine.phrases import PhraseMatcher
from scrapelint.engine.rule import RuleMeta
from scrapelint.engine.spec import Spec
from scrapelint.locate.context import PLACES, Context
from scrapelint.text.document import Document
from scrapelint.text.findings import Finding


class RuleKind:
    """Base of the kinds: `build` reads the kind's own keys from the rule's spec."""

    KIND: ClassVar[str]

    def __init__(self, meta: RuleMeta, message: str, where: str) -> None:
        self.meta = meta
        self.message = message
        self.where = where

    @classmethod
    def build(cls, meta: RuleMeta, spec: Spec) -> RuleKind:
        message = spec.take("message", str, meta.slug.replace("-", " "))
        where = spec.choice("where", PLACES, "anywhere")
        return cls(meta, message, where, **cls.options(spec))

    @classmethod
    def options(cls, spec: Spec) -> dict:
        return {}

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError


def phrase_list(spec: Spec, key: str, default: object = ...) -> list[str]:
    """A phrase list, flat or grouped by concept or language (`{en: [...], de: [...]}`)."""
    value: object = (
        spec.take(key, (list, dict)) if default is ... else spec.take(key, (list, dict), default)
    )
    groups = value.values() if isinstance(value, dict) else [value]
    phrases: list[str] = []
    for group in groups:
        if not isinstance(group, list) or not all(isinstance(p, str) for p in group):
            raise spec.error(key, "expected a list of strings (or a mapping of such lists)")
        phrases.extend(group)
    return phrases


def matcher(spec: Spec, key: str, mode_key: str, default_mode: str) -> PhraseMatcher:
    phrases = phrase_list(spec, key)
    mode = spec.choice(mode_key, {"line", "start", "end", "contains"}, default_mode)
    return PhraseMatcher(phrases, mode)


def regex(spec: Spec, key: str, source: str, flags: int = 0) -> re.Pattern:
    """`source`, the value of `key`, compiled; an error naming the rule file and key if it is not
    a regular expression."""
    try:
        return re.compile(source, flags)
    except re.error as error:
        raise spec.error(key, f"not a regular expression: {error}") from None
