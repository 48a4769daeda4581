"""The fixed set of rule kinds a YAML rule can name: `kind: phrase`, `kind: section`, ...

A new rule is a YAML file; only a new *kind* of check is Python code, registered here by name.
"""

from __future__ import annotations

from scrapelint.kinds.article import ArticleRule
from scrapelint.kinds.attribution_check import AttributionCheckRule
from scrapelint.kinds.author_box import AuthorBoxRule
from scrapelint.kinds.base import RuleKind
from scrapelint.kinds.date_check import DateCheckRule
from scrapelint.kinds.duplicate import DuplicateRule
from scrapelint.kinds.foreign_script import ForeignScriptRule
from scrapelint.kinds.language_check import LanguageCheckRule
from scrapelint.kinds.metadata import MetadataRule
from scrapelint.kinds.pattern import PatternRule
from scrapelint.kinds.phrase import PhraseRule
from scrapelint.kinds.section import SectionRule
from scrapelint.kinds.sequence import SequenceRule
from scrapelint.kinds.thread import ThreadRule
from scrapelint.kinds.thread_start import ThreadStartRule

KINDS: dict[str, type[RuleKind]] = {
    kind.KIND: kind
    for kind in (
        PhraseRule,
        PatternRule,
        SectionRule,
        SequenceRule,
        DuplicateRule,
        ThreadRule,
        ThreadStartRule,
        MetadataRule,
        ArticleRule,
        DateCheckRule,
        AttributionCheckRule,
        LanguageCheckRule,
        ForeignScriptRule,
        AuthorBoxRule,
    )
}

__all__ = ["KINDS", "RuleKind"]
