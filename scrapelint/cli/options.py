"""Command-line options and how they combine with the configuration into one frozen `RunOptions`.

The precedence is ruff's: a flag given on the command line wins over the configuration.
`--select` replaces the configured selection (configured `ignore` and `extend-select` with it);
`--ignore` and `--extend-select` add to what the configuration chose. Rule folders add up.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import click

from scrapelint.api.linter import Linter
from scrapelint.api.selecting import ConfigError as ApiConfigError
from scrapelint.api.selecting import config_rules
from scrapelint.cli.uris import PATH_OR_URI, local_paths, refuse_uris
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
from scrapelint.report.reporters import REPORTERS
from scrapelint.report.statistics import FORMATS as STATISTICS_FORMATS
from scrapelint.run.config import Config, find_config, load_config
from scrapelint.run.parallel import default_jobs
from scrapelint.run.process import Settings
from scrapelint.text.findings import Severity


class ConfigError(click.ClickException):
    """A configuration, rule pack, baseline or selector that cannot be used: exit code 2."""

    exit_code = 2


def codes(values: Sequence[str]) -> list[str]:
    """`--select A,B --select C` gives [A, B, C]."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def _apply(command, options: Sequence[Callable]):
    for option in reversed(options):
        command = option(command)
    return command


def selection_options(command):
    return _apply(
        command,
        [
            click.option(
                "--select", multiple=True, help="Rule codes, prefixes, slugs or categories."
            ),
            click.option(
                "--ignore", multiple=True, help="Rules to leave out (same forms as --select)."
            ),
            click.option("--extend-select", multiple=True, help="Rules to add to the selection."),
            click.option(
                "--rules-dir",
                "rules_dirs",
                multiple=True,
                type=click.Path(file_okay=False, path_type=Path),
                help="Extra folder of YAML rule packs.",
            ),
            click.option(
                "--config",
                "config_path",
                type=click.Path(dir_okay=False, exists=True, path_type=Path),
                help="Configuration file (default: found upward from the files).",
            ),
        ],
    )


def run_options(command):
    command = _apply(
        command,
        [
            click.argument("paths", nargs=-1, required=True, type=PATH_OR_URI),
            click.option(
                "--output-format",
                type=click.Choice(sorted(REPORTERS)),
                default="text",
                show_default=True,
                help="How findings are printed (concise: one line per file).",
            ),
            click.option("--no-language", is_flag=True, help="Skip language detection."),
            click.option(
                "--languages",
                multiple=True,
                help="Expected body languages (ISO 639-1), e.g. en,de.",
            ),
            click.option(
                "--reference-date",
                type=click.DateTime(formats=["%Y-%m-%d"]),
                help="Dates after this day are in the future (default: today).",
            ),
            click.option("--text-field", help="JSONL text field  [default: text]"),
            click.option(
                "--allow-empty",
                is_flag=True,
                help="Pass when nothing was checked (no file found, none readable, no text field).",
            ),
            click.option(
                "--force-exclude",
                is_flag=True,
                default=None,
                help="Apply `exclude` to files named on the command line too (for pre-commit).",
            ),
            click.option(
                "--statistics", is_flag=True, help="Print counts per rule instead of findings."
            ),
            click.option(
                "--fail-on",
                type=click.Choice([s.value for s in Severity]),
                help="Fail only on findings this severe or more  [default: info]",
            ),
            click.option(
                "--max-error-documents",
                type=click.FloatRange(0, 100),
                help="Fail when more than this percent of documents have findings.",
            ),
            click.option(
                "--max-removed",
                type=click.FloatRange(0, 100),
                help="Fail when the fix removes more than this percent of the corpus lines.",
            ),
            click.option(
                "--max-per-rule",
                multiple=True,
                metavar="CODE=N",
                help="Fail when a rule has more than N findings ('*=N' for any other rule).",
            ),
            click.option(
                "--baseline",
                type=click.Path(dir_okay=False, path_type=Path),
                help="Fail only on findings not recorded in this baseline file.",
            ),
            click.option(
                "--jobs",
                "-j",
                type=click.IntRange(0),
                default=0,
                help="Processes to run (default 0: one per core).",
            ),
            click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
            click.option(
                "--engine",
                type=click.Choice(["local", "ray"]),
                default="local",
                show_default=True,
                help="Clean here, or JSONL and Parquet on Ray (pip install 'scrapelint[ray]').",
            ),
            click.option(
                "--address", help="With --engine ray: the cluster to join (default: a local one)."
            ),
            click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
            click.option(
                "--boilerplate",
                type=click.Path(dir_okay=False, path_type=Path),
                help="Boilerplate table from `scrapelint learn`: repeated lines and duplicates.",
            ),
            click.option(
                "--drop-duplicates",
                is_flag=True,
                help="fix: leave out JSONL records the --boilerplate table knows as copies.",
            ),
            click.option(
                "--aggressive",
                is_flag=True,
                default=None,
                help="Remove lines on weaker evidence too (less junk, more risk to the article).",
            ),
            click.option(
                "--verbose",
                "-v",
                is_flag=True,
                help="Every finding, as text, where the format is concise (the hooks' default).",
            ),
            click.option(
                "--show-suppressed",
                is_flag=True,
                help="List the findings that `scrapelint: ignore` markers held back.",
            ),
            click.option(
                "--add-metadata",
                is_flag=True,
                help="Cleaned JSONL records carry the date, authors, sources and language found.",
            ),
        ],
    )
    return selection_options(command)


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
