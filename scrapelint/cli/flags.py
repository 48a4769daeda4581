"""The flags of `check` and `fix`, and of the rule listings: click declarations only.

What the flags mean, and how they combine with the configuration, is `cli.options`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import click

from scrapelint.cli.uris import PATH_OR_URI
from scrapelint.report.reporters import REPORTERS
from scrapelint.text.findings import Severity


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
