"""The command line: `scrapelint check|fix|rule|rules`. It wires options to the library and knows
nothing of rule internals.

Exit codes, as in ruff: 0 nothing found; 1 findings (for `fix`: findings that remain); 2 a usage or
configuration error, or an input that could not be read (reported by path after the rest ran).
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import click

from scrapelint import __version__
from scrapelint import report as reporting
from scrapelint.packs import load_rules
from scrapelint.policy import Policy
from scrapelint.reporters import REPORTERS
from scrapelint.rule import Rule
from scrapelint.runner import FileReport, Settings, process
from scrapelint.selection import SelectionError, select_rules
from scrapelint.sources import Source, discover
from scrapelint.spec import SpecError
from scrapelint.writer import write_atomic

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _codes(values: Sequence[str]) -> list[str]:
    """`--select A,B --select C` gives [A, B, C]."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def selection_options(command):
    options = [
        click.option("--select", multiple=True, help="Rule codes, prefixes, slugs or categories."),
        click.option(
            "--ignore", multiple=True, help="Rules to leave out (same forms as --select)."
        ),
        click.option("--extend-select", multiple=True, help="Rules to add to the default set."),
        click.option(
            "--rules-dir",
            "rules_dirs",
            multiple=True,
            type=click.Path(file_okay=False, path_type=Path),
            help="Extra folder of YAML rule packs.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def run_options(command):
    options = [
        click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path)),
        click.option(
            "--output-format",
            type=click.Choice(sorted(REPORTERS)),
            default="text",
            show_default=True,
        ),
        click.option("--no-language", is_flag=True, help="Skip language detection."),
        click.option(
            "--languages", multiple=True, help="Expected body languages (ISO 639-1), e.g. en,de."
        ),
        click.option(
            "--reference-date",
            type=click.DateTime(formats=["%Y-%m-%d"]),
            help="Dates after this day are in the future (default: today).",
        ),
        click.option("--text-field", default="text", show_default=True, help="JSONL text field."),
    ]
    for option in reversed(options):
        command = option(command)
    return selection_options(command)


def _rules(select, ignore, extend_select, rules_dirs) -> tuple[Rule, ...]:
    try:
        rules = load_rules(tuple(rules_dirs))
        return select_rules(rules, _codes(select), _codes(ignore), _codes(extend_select))
    except (SpecError, SelectionError) as error:
        raise click.UsageError(str(error)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scrapelint")
def cli() -> None:
    """Lint and clean corpora of scraped news text."""


@cli.command()
@run_options
def check(
    paths,
    output_format,
    no_language,
    languages,
    reference_date,
    text_field,
    select,
    ignore,
    extend_select,
    rules_dirs,
):
    """Report junk, metadata and language problems in PATHS (files or folders)."""
    rules = _rules(select, ignore, extend_select, rules_dirs)
    policy = _policy(no_language, languages, reference_date)
    settings = Settings(rules, fix=False, policy=policy, text_field=text_field)
    files = [_process(item, settings) for item in discover(paths)]
    report = reporting.build(files, applied=False)
    click.echo(REPORTERS[output_format](report), nl=False)
    sys.exit(_exit_code(report, files))


@cli.command()
@run_options
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Write here.")
@click.option("--diff", is_flag=True, help="Print a unified diff; write nothing.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path))
def fix(
    paths,
    output_format,
    no_language,
    languages,
    reference_date,
    text_field,
    select,
    ignore,
    extend_select,
    rules_dirs,
    out,
    diff,
    report_path,
):
    """Remove junk lines from PATHS, in place (atomically) or into --out."""
    rules = _rules(select, ignore, extend_select, rules_dirs)
    policy = _policy(no_language, languages, reference_date)
    settings = Settings(rules, fix=True, policy=policy, text_field=text_field)
    files = []
    for item in discover(paths):
        file = _process(item, settings)
        files.append(file)
        if diff:
            click.echo(_diff(file), nl=False)
        elif file.documents:
            _write(file, out)
    report = reporting.build(files, applied=not diff)
    if report_path:
        write_atomic(report_path, REPORTERS["json"](report).encode("utf-8"))
    if not diff:
        click.echo(REPORTERS[output_format](report), nl=False)
    sys.exit(_exit_code(report, files))


def _policy(no_language: bool, languages: Sequence[str], reference_date) -> Policy:
    policy = Policy(languages=tuple(_codes(languages)), detect_language=not no_language)
    if reference_date is not None:
        policy = replace(policy, reference_date=reference_date.date())
    return policy


def _process(item, settings: Settings) -> FileReport:
    if isinstance(item, Source):
        return process(item, settings)
    return FileReport(Source(Path(item.path), None), problems=(item,))


def _write(file: FileReport, out: Path | None) -> None:
    """In place (a page's cleaned text beside it), or mirrored under `out`."""
    if out is None:
        if file.output is not None:
            write_atomic(file.source.path.with_name(file.target_name), file.output)
        return
    target = (out / file.source.relative).with_name(file.target_name)
    if file.output is not None:
        write_atomic(target, file.output)
    else:
        write_atomic(target, file.source.path.read_bytes())


def _diff(file: FileReport) -> str:
    if file.output is None:
        return ""
    before = file.original.decode("utf-8", "replace").splitlines(keepends=True)
    after = file.output.decode("utf-8", "replace").splitlines(keepends=True)
    name = str(file.source.path)
    return "".join(difflib.unified_diff(before, after, f"a/{name}", f"b/{name}"))


def _exit_code(report: dict, files: Sequence[FileReport]) -> int:
    if any(problem.fatal for file in files for problem in file.problems):
        return EXIT_ERROR
    summary = report["summary"]
    return EXIT_FINDINGS if summary["remaining"] or summary["errors"] else EXIT_CLEAN


@cli.command(name="rules")
@selection_options
def list_rules(select, ignore, extend_select, rules_dirs) -> None:
    """List the rules: code, slug, category, and whether they run by default."""
    for rule in _rules(select or ("ALL",), ignore, extend_select, rules_dirs):
        meta = rule.meta
        default = "" if meta.default else "  (off by default)"
        click.echo(f"{meta.code:7} {meta.slug:32} {meta.category:11} {meta.kind}{default}")


@cli.command()
@click.argument("code")
def rule(code: str) -> None:
    """Explain one rule, with its examples."""
    rules = load_rules()
    found = [r for r in rules if code.upper() == r.meta.code or code == r.meta.slug]
    if not found:
        raise click.UsageError(f"unknown rule {code!r}; `scrapelint rules` lists them")
    click.echo(explain(found[0]))


def explain(rule: Rule) -> str:
    meta = rule.meta
    lines = [
        f"{meta.code} {meta.slug}",
        f"category: {meta.category}   severity: {meta.severity.value}   kind: {meta.kind}"
        f"   pack: {meta.source}{'' if meta.default else '   (off by default)'}",
        "",
        meta.rationale,
    ]
    for title, examples in (("Fails on", meta.fail_examples), ("Passes", meta.pass_examples)):
        for example in examples:
            lines += ["", f"{title}:", _indent(example.text)]
            if example.fixed is not None:
                lines += ["Fixed:", _indent(example.fixed)]
    return "\n".join(lines)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip("\n").split("\n"))


def main() -> None:
    cli(prog_name="scrapelint")
