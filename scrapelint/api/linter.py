"""`Linter`: scrapelint as a library, for pipelines that hold documents in memory
(Hugging Face `datasets`, datatrove, a loop over records, Ray workers).

Built once from a configuration, validated by the same loader as the command line (so an error
names the same key in the same words), and then used for any number of documents, from any
number of threads: it holds only frozen values. It pickles as its configuration, and a copy
rebuilds its rules where it lands, so `datasets.map(num_proc=...)` and Ray can ship it.

A document goes through the same step as a record of a JSONL file on the command line
(`run.process.clean_document`): the same rules, the same facts read from the record's fields.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapelint.api.results import Result, from_engine
from scrapelint.api.selecting import ConfigError, config_rules
from scrapelint.engine.corpus_rules import bind_table
from scrapelint.engine.rule import Rule
from scrapelint.facts.policy import Policy
from scrapelint.facts.stated import stated
from scrapelint.io.formats import Parsed
from scrapelint.report.annotate import annotate_entry
from scrapelint.run.config import Config, load_config, parse_config
from scrapelint.run.entries import document_fields
from scrapelint.run.process import Settings, clean_document, record_ignore
from scrapelint.text.confidence import threshold
from scrapelint.text.document import Document

# How a configuration given as a mapping is named in error messages.
MAPPING_NAME = "[tool.scrapelint]"
# A document handed in alone: no file name for a date to be read from.
_NO_FILE = Parsed(path="", documents=[])

ConfigSource = Mapping[str, Any] | str | os.PathLike | Config | None


@dataclass(frozen=True)
class Choices:
    """What a run adds to its configuration (the command line's flags); empty means "as configured".

    `select` replaces the configured selection; `ignore`, `extend_select` and `rules_dirs` add to
    it; `languages` and `text_field` replace the configured ones.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    rules_dirs: tuple[Path, ...] = ()
    languages: tuple[str, ...] = ()
    text_field: str | None = None
    detect_language: bool = True
    reference_date: datetime.date | None = None
    aggressive: bool | None = None  # None: as configured
    boilerplate: Path | None = None  # the table `scrapelint learn` wrote; None: as configured


class Linter:
    """Lints and cleans documents with one configuration.

    `config` is None (the defaults), a mapping of `[tool.scrapelint]` keys, or the path of a
    `pyproject.toml` or `scrapelint.toml`. The keywords are the command line's flags of the same
    names; `reference_date` is the day after which a date is in the future (default: today, when
    the linter is built).
    """

    def __init__(
        self,
        config: ConfigSource = None,
        *,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        rules_dirs: Sequence[str | os.PathLike] = (),
        languages: Sequence[str] = (),
        text_field: str | None = None,
        detect_language: bool = True,
        reference_date: datetime.date | None = None,
        aggressive: bool | None = None,
        boilerplate: str | os.PathLike | None = None,
    ) -> None:
        self._config = read_config(config)
        self._choices = Choices(
            tuple(select),
            tuple(ignore),
            tuple(extend_select),
            tuple(Path(d) for d in rules_dirs),
            tuple(languages),
            text_field,
            detect_language,
            reference_date or datetime.date.today(),
            aggressive,
            Path(boilerplate) if boilerplate is not None else None,
        )
        self._build()

    def _build(self) -> None:
        config, chosen = self._config, self._choices
        self._rules = config_rules(
            config, chosen.select, chosen.ignore, chosen.extend_select, chosen.rules_dirs
        )
        table = chosen.boilerplate or config.boilerplate
        if table is not None:  # the corpus rules read it (`TableError` when it is unusable)
            self._rules = bind_table(self._rules, table)
        self._policy = Policy(
            languages=chosen.languages or config.languages,
            reference_date=chosen.reference_date or datetime.date.today(),
            date_min=config.date_min,
            date_max=config.date_max,
            detect_language=chosen.detect_language,
            remove_at=threshold(
                config.aggressive if chosen.aggressive is None else chosen.aggressive
            ),
        )

    def __getstate__(self) -> dict:
        # The configuration travels, not the compiled rules: a copy rebuilds them where it lands.
        return {"config": self._config, "choices": self._choices}

    def __setstate__(self, state: dict) -> None:
        self._config = state["config"]
        self._choices = state["choices"]
        self._build()

    def __repr__(self) -> str:
        path = self._config.path
        where = "defaults" if path is None else "a mapping" if path.name == MAPPING_NAME else path
        return f"Linter({where}, {len(self._rules)} rules)"

    @property
    def config(self) -> Config:
        return self._config

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self._rules

    @property
    def text_field(self) -> str:
        """The record field that holds the text (`text-field`, default "text")."""
        return self._choices.text_field or self._config.text_field or "text"

    def settings(
        self, *, fix: bool, add_metadata: bool = False, drop_duplicates: bool = False
    ) -> Settings:
        """What the command line's file-level runs take: the same rules and policy."""
        return Settings(
            self._rules, fix, self._policy, self.text_field, add_metadata, drop_duplicates
        )

    def check(self, text: str, /, **fields: Any) -> Result:
        """Lint `text`: the findings, and the cleaned text `fix` would give. `fields` are the
        record's other fields (a `date` or `author` there counts as stated)."""
        return self._run(text, fields, applied=False)

    def fix(self, text: str, /, **fields: Any) -> Result:
        """Clean `text`: the cleaned text, the findings, and what each removal took."""
        return self._run(text, fields, applied=True)

    def fix_batch(
        self, texts: Iterable[str], fields: Iterable[Mapping[str, Any]] | None = None
    ) -> list[Result]:
        """`fix` each text in turn; `fields`, when given, holds one mapping per text."""
        texts = list(texts)
        extra = list(fields) if fields is not None else [{}] * len(texts)
        if len(extra) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(extra)} sets of fields")
        pairs = zip(texts, extra, strict=True)
        return [self._run(text, dict(more), applied=True) for text, more in pairs]

    def _run(self, text: str, fields: Mapping[str, Any], *, applied: bool) -> Result:
        if not isinstance(text, str):
            raise TypeError(f"expected the text as a str, got {type(text).__name__}")
        if self.text_field in fields:
            raise TypeError(f"{self.text_field!r} is the text itself; pass it first, alone")
        record = {self.text_field: text, **fields}
        said = stated(_NO_FILE, record)
        doc = Document.from_text(text)
        result, meta = clean_document(
            doc,
            self._rules,
            self._policy,
            said,
            record_ignore=record_ignore(record),  # ValueError: the field is not a list of codes
        )
        entry = annotate_entry(document_fields(meta, result, applied), doc)
        return from_engine(entry, result, meta.date)


def read_config(config: ConfigSource) -> Config:
    """A validated `Config` from any form `Linter` takes; errors as the command line words them."""
    try:
        if config is None:
            return Config()
        if isinstance(config, Config):
            return config
        if isinstance(config, Mapping):
            return parse_config(dict(config), Path(MAPPING_NAME))
        return load_config(Path(config))
    except ValueError as error:  # SpecError: names the file (or mapping) and the key
        raise ConfigError(str(error)) from None
