"""Command-line options and how they combine with the configuration into one frozen `RunOptions`.

The precedence is ruff's: a flag given on the command line wins over the configuration.
`--select` replaces the configured selection (configured `ignore` and `extend-select` with it);
`--ignore` and `--extend-select` add to what the configuration chose. Rule folders add up.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import click

from scrapelint.api.linter import Linter
from scrapelint.api.selecting import ConfigError as ApiConfigError
from scrapelint.api.selecting import config_rules
from scrapelint.cli.flags import codes
from scrapelint.cli.uris import local_paths, refuse_uris
from scrapelint.cluster.object_store import sources_of
from scrapelint.corpus.table import TableError
from scrapelint.engine.rule import Rule
from scrapelint.engine.rule_cache import cached_rules
from scrapelint.engine.selection import matches, unknown_codes
from scrapelint.engine.spec import SpecError
from scrapelint.facts.language_codes import unknown_language
from scrapelint.io.filesets import ignored_for, included
from scrapelint.io.formats import Problem
from scrapelint.io.sources import Source, discover
from scrapelint.report.gate import ANY_RULE, Thresholds, parse_per_rule
from scrapelint.report.statistics import FORMATS as STATISTICS_FORMATS
from scrapelint.run.config import Config, find_config, load_config
from scrapelint.run.parallel import default_jobs
from scrapelint.run.process import Settings
from scrapelint.text.findings import Severity


class ConfigError(click.ClickException):
    """A configuration, rule pack, baseline or selector that cannot be used: exit code 2."""

    exit_code = 2


@dataclass(frozen=True)
class RunOptions:
    config: Config
    rules: tuple[Rule, ...]
    settings: Settings
    output_format: str
    statistics: bool
    fail_on: Severity
    thresholds: Thresholds
    baseline: Path | None
    force_exclude: bool
    jobs: int = 1
    cache: bool = True
    quiet: bool = False
    allow_empty: bool = False  # a run that checked nothing passes
    show_suppressed: bool = False
    linter: Linter | None = None  # what the settings were built with; the Ray engine ships it
    engine: str = "local"
    address: str | None = None  # `--engine ray`: the cluster to join

    def sources(self, paths: Sequence[Path]) -> Iterator[Source | Problem]:
        exclude = self.config.exclude
        found = sources_of(paths, discover)
        return included(found, self.config.root, exclude, self.force_exclude)

    def all_excluded(self, files: Sequence[object], paths: Sequence[Path]) -> bool:
        """Whether the run found no file only because `exclude` left every one out (a
        pre-commit run on excluded files passes, as ruff's does)."""
        return not files and any(isinstance(i, Source) for i in sources_of(paths, discover))

    def settings_for(self, path: Path) -> Settings:
        ignored = ignored_for(path, self.config.root, self.config.per_file_ignores)
        if not ignored:
            return self.settings
        rules = tuple(r for r in self.rules if not any(matches(r, s) for s in ignored))
        return replace(self.settings, rules=rules)


def read_config(paths: Sequence[Path], config_path: Path | None) -> Config:
    try:
        found = config_path or find_config(paths)
        return load_config(found) if found else Config()
    except SpecError as error:
        raise ConfigError(str(error)) from None


def choose_rules(config: Config, params: dict) -> tuple[Rule, ...]:
    """The rules to run; every selector (per-file ignores included) must name a loaded rule."""
    select, ignore, extend = (codes(params[k]) for k in ("select", "ignore", "extend_select"))
    try:
        return config_rules(config, select, ignore, extend, params["rules_dirs"])
    except ApiConfigError as error:
        raise ConfigError(str(error)) from None


def resolve(params: dict, *, fix: bool) -> RunOptions:
    refuse_uris(params["paths"], params.get("engine"))
    config = read_config(local_paths(params["paths"]), params["config_path"])
    choose_rules(config, params)  # selectors are checked first, as they always were
    table = params.get("boilerplate") or config.boilerplate
    try:
        per_rule = parse_per_rule(params["max_per_rule"])
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--max-per-rule") from None
    _check_codes(config, params, per_rule)
    cli_thresholds = Thresholds(params["max_error_documents"], params["max_removed"], per_rule)
    linter = _linter(
        config, params, _languages(params), _text_field(params["text_field"], config), table
    )
    if params["statistics"] and params["output_format"] not in STATISTICS_FORMATS:
        formats = ", ".join(sorted(STATISTICS_FORMATS))
        raise click.UsageError(
            f"--statistics prints {formats}; --output-format {params['output_format']} "
            "describes findings one by one"
        )
    fail_on = params["fail_on"] or (config.fail_on.value if config.fail_on else "info")
    return RunOptions(
        config=config,
        rules=linter.rules,
        settings=linter.settings(
            fix=fix,
            add_metadata=params["add_metadata"],
            drop_duplicates=params.get("drop_duplicates", False),
        ),
        output_format=_output_format(params),
        statistics=params["statistics"],
        fail_on=Severity(fail_on),
        thresholds=config.thresholds.merged(cli_thresholds),
        baseline=params["baseline"] or config.baseline,
        force_exclude=_first(params["force_exclude"], config.force_exclude),
        jobs=params["jobs"] or default_jobs(),
        # A table that grows changes the findings of files that did not change: no cache then.
        cache=not params["no_cache"]
        and table is None
        and os.environ.get("SCRAPELINT_NO_CACHE") != "1",
        quiet=params["quiet"],
        allow_empty=params["allow_empty"],
        show_suppressed=params["show_suppressed"],
        linter=linter,
        engine=params.get("engine") or "local",
        address=params.get("address"),
    )


def _linter(
    config: Config,
    params: dict,
    languages: tuple[str, ...],
    text_field: str,
    table: Path | None = None,
) -> Linter:
    """The API's `Linter` for this run: the configuration with the command line's flags."""
    day = params["reference_date"]
    try:
        return Linter(
            config,
            select=codes(params["select"]),
            ignore=codes(params["ignore"]),
            extend_select=codes(params["extend_select"]),
            rules_dirs=params["rules_dirs"],
            languages=languages,
            text_field=text_field,
            detect_language=not params["no_language"],
            reference_date=day.date() if day is not None else None,
            aggressive=params["aggressive"],
            boilerplate=table,
        )
    except ApiConfigError as error:
        raise ConfigError(str(error)) from None
    except TableError as error:
        raise click.BadParameter(str(error), param_hint="--boilerplate") from None


def _check_codes(config: Config, params: dict, per_rule: tuple[tuple[str, int], ...]) -> None:
    """Every rule code a threshold names must be a rule: a typo would turn the gate off."""
    everything = cached_rules((*config.rules_dirs, *params["rules_dirs"]))
    named = [code for code, _ in config.thresholds.max_per_rule if code != ANY_RULE]
    for code, problem in unknown_codes(everything, named):
        raise ConfigError(f"{config.path}: max-per-rule.{code}: {problem}")
    named = [code for code, _ in per_rule if code != ANY_RULE]
    for _, problem in unknown_codes(everything, named):
        raise click.BadParameter(problem, param_hint="--max-per-rule")


def _output_format(params: dict) -> str:
    """`--verbose` turns the one line per file of `concise` back into every finding."""
    if params["verbose"] and params["output_format"] == "concise":
        return "text"
    return params["output_format"]


def _text_field(given: str | None, config: Config) -> str:
    """The JSONL text field: an empty name would match no record, so it is refused."""
    if given is not None and not given.strip():
        raise click.BadParameter("a field name cannot be empty", param_hint="--text-field")
    if config.text_field is not None and not config.text_field.strip():
        raise ConfigError(f"{config.path}: text-field: a field name cannot be empty")
    return given or config.text_field or "text"


def _languages(params: dict) -> tuple[str, ...]:
    """`--languages`, each a language code the detectors know."""
    given = tuple(codes(params["languages"]))
    for code in given:
        if (problem := unknown_language(code)) is not None:
            raise click.BadParameter(problem, param_hint="--languages")
    return given


def _first(value, fallback):
    return fallback if value is None else value
