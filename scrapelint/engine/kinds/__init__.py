"""The fixed set of rule kinds a YAML rule can name: `kind: phrase`, `kind: pattern`, ...

A new rule is a YAML file; only a new *kind* of check is Python code, registered here by name.
"""

from __future__ import annotations

from scrapelint.engine.kinds.article import ArticleRule
from scrapelint.engine.kinds.attribution_check import AttributionCheckRule
from scrapelint.engine.kinds.author_box import AuthorBoxRule
from scrapelint.engine.kinds.base import LineKind, RuleKind
from scrapelint.engine.kinds.completeness import CompletenessRule
from scrapelint.engine.kinds.corpus_duplicate import CorpusDuplicateRule
from scrapelint.engine.kinds.date_check import DateCheckRule
from scrapelint.engine.kinds.duplicate import DuplicateRule
from scrapelint.engine.kinds.engine_finding import EngineFindingRule
from scrapelint.engine.kinds.facts_base import FactRule
from scrapelint.engine.kinds.foreign_script import ForeignScriptRule
from scrapelint.engine.kinds.inline import InlineRule
from scrapelint.engine.kinds.language_check import LanguageCheckRule
from scrapelint.engine.kinds.metadata import MetadataRule
from scrapelint.engine.kinds.mojibake import MojibakeRule
from scrapelint.engine.kinds.pattern import PatternRule
from scrapelint.engine.kinds.phrase import PhraseRule
from scrapelint.engine.kinds.repeated import RepeatedRule
from scrapelint.engine.kinds.thread import ThreadRule
from scrapelint.engine.kinds.thread_start import ThreadStartRule
from scrapelint.engine.options import OptionDoc, option_docs

KINDS: dict[str, type[LineKind] | type[FactRule]] = {
    kind.KIND: kind
    for kind in (
        PhraseRule,
        PatternRule,
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
        MojibakeRule,
        InlineRule,
        CompletenessRule,
        RepeatedRule,
        CorpusDuplicateRule,
        EngineFindingRule,
    )
}


def kind_options(kind: str) -> list[OptionDoc]:
    """The options a YAML rule of `kind` may set, as `scrapelint rule CODE` lists them."""
    found = KINDS.get(kind)
    return option_docs(found) if found is not None else []


__all__ = ["KINDS", "FactRule", "LineKind", "RuleKind", "kind_options"]
