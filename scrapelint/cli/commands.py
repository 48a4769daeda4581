"""The command line: `scrapelint check|fix|restore|rule|rules`. It wires options to the library
and knows nothing of rule internals.

Exit codes, as in ruff: 0 the gate passes; 1 it fails (by default: any finding, for `fix` any that
remains; see `verdict` for `fail-on`, thresholds and baselines); 2 a usage or configuration error,
or an input that could not be read (reported by path after the rest ran); 130 stopped by Ctrl-C
(see `interrupt`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import click
import orjson

from scrapelint import __version__
from scrapelint.api.linter import Linter
from scrapelint.cli.flags import run_options, selection_options
from scrapelint.cli.learn import learn_command
from scrapelint.cli.options import ConfigError, RunOptions, choose_rules, read_config, resolve
from scrapelint.cli.preflight import PreflightError, check_fix
from scrapelint.cli.uris import PATH_OR_URI, local_paths, refuse_uris
from scrapelint.cli.verdict import EXIT_ERROR, EXIT_FINDINGS, Verdict, conclude
from scrapelint.engine.kinds import kind_options
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import Rule, removes_lines
from scrapelint.engine.rule_cache import source_digest
from scrapelint.io.filesets import once_each
from scrapelint.io.interrupt import EXIT_INTERRUPTED, StopRequest, stop_between_files
from scrapelint.io.writer import write_atomic
from scrapelint.report.entry_spool import EntrySpool
from scrapelint.report.file_result import FileResult
from scrapelint.report.patches import unified_diff
from scrapelint.report.reporters import NEEDS_TEXT
from scrapelint.report.reporters.json import write_json
from scrapelint.run.parallel import process_all
from scrapelint.run.pipeline import Job
from scrapelint.run.placing import Placer, discard_spool, take
from scrapelint.run.progress import Progress
from scrapelint.run.progress import wanted as progress_wanted
from scrapelint.run.result_cache import ResultCache


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scrapelint")
def cli() -> None:
    """Lint and clean corpora of scraped news text."""


@cli.command()
@run_options
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in this file; later runs with --baseline fail on new ones.",
)
def check(paths, write_baseline, **params):
    """Report junk, metadata and language problems in PATHS (files or folders)."""
    options = resolve({"paths": paths, **params}, fix=False)
    spool = EntrySpool()  # the report entries wait on disk: memory stays that of one file
    with stop_between_files() as stop:
        files = [spool.keep(f.without_output()) for f in _run(paths, options, stop, applied=False)]
    verdict = conclude(
        files, options, write_baseline=write_baseline, paths=paths, partial=stop.requested
    )
    if verdict.baseline is not None and not stop.requested:  # a partial baseline would lie
        write_atomic(write_baseline, verdict.baseline)
    _finish(verdict, interrupted=_interrupted(stop, len(files), "the results cover only those"))


@cli.command()
@run_options
@click.option("--out", type=PATH_OR_URI, help="Write here (with --engine ray: a URI too).")
@click.option("--diff", is_flag=True, help="Print a unified diff; write nothing.")
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the JSON report here: every finding and the exact text removed, which "
    "`scrapelint restore` puts back.",
)
def fix(paths, out, diff, report_path, **params):
    """Remove junk lines from PATHS, in place (atomically) or into --out."""
    options = resolve({"paths": paths, **params}, fix=True)
    if diff and options.engine == "ray":
        raise click.UsageError("--diff runs on the local engine only")
    refuse_uris([out], options.engine)
    stored = local_paths([*paths, out]) != [*paths, out]
    if stored and out is None:
        raise click.UsageError("files in object storage are fixed into --out, never in place")
    try:
        check_fix(local_paths(paths), None if stored else out, report_path, writes=not diff)
    except PreflightError as error:
        raise click.UsageError(str(error)) from None
    files = []
    spool = EntrySpool()  # the report entries wait on disk: memory stays that of one file
    placer = store_placer(out) if stored else Placer(out)
    with stop_between_files() as stop, placer:  # the placer commits its last batch of writes
        for file in _run(paths, options, stop, applied=not diff, out=out):
            if diff:
                try:
                    click.echo(unified_diff(file), nl=False)
                finally:
                    file = discard_spool(file)
            else:
                file = take(placer, file)
            files.append(spool.keep(file))
    files = placer.settle(files)
    verdict = conclude(files, options, paths=paths, partial=stop.requested)
    if report_path:  # after Ctrl-C too: it holds what was removed from the files already fixed
        try:
            write_json(report_path, verdict.full_report)
        except OSError as error:
            click.echo(f"scrapelint: cannot write the report {report_path}: {error}", err=True)
            sys.exit(EXIT_ERROR)
    verdict = _with_pages_beside(verdict, placer)
    unreached = "the results cover only those, and files not reached are unchanged"
    _finish(verdict, show=not diff, interrupted=_interrupted(stop, len(files), unreached))


def _with_pages_beside(verdict: Verdict, placer: Placer) -> Verdict:
    """A page fixed in place is unchanged, its cleaned text a new file beside it: a pre-commit
    hook sees no changed file and would pass while the text stays untracked. Each one is named,
    and the run fails once, as a hook that changes files does."""
    written = [(page, text) for page, text in placer.beside if page not in placer.failed]
    if not written:
        return verdict
    notes = [
        f"{page}: the cleaned text is in {text}, a file beside the page (which is unchanged)"
        for page, text in written
    ]
    notes.append("scrapelint: stage those files, or fix pages with --out")
    code = max(verdict.exit_code, EXIT_FINDINGS)
    return replace(verdict, notes=(*verdict.notes, *notes), exit_code=code)


def _finish(verdict: Verdict, show: bool = True, interrupted: str | None = None) -> None:
    if show:
        for piece in verdict.output:
            click.echo(piece, nl=False)
    for note in verdict.notes:
        click.echo(note, err=True)
    if interrupted:
        click.echo(interrupted, err=True)
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(verdict.exit_code)


def _interrupted(stop: StopRequest, done: int, scope: str) -> str | None:
    return f"scrapelint: interrupted after {done} files; {scope}" if stop.requested else None


def _run(
    paths: Sequence[Path],
    options: RunOptions,
    stop: StopRequest,
    *,
    applied: bool,
    out: Path | str | None = None,
) -> Iterator[FileResult]:
    """Every file's result, in order, on `options.jobs` processes, with a bar on a terminal;
    no more once `stop` is requested (the file just handed out is finished by the caller).

    Each file is read once, however many of `paths` reach it, and nothing under `out` is read:
    the run's own output is never its input."""
    cache = None
    if options.cache:
        cache = ResultCache.at(options.config.root, source_digest(options.config.rules_dirs))
    job = Job(
        settings_for=options.settings_for,
        applied=applied,
        keep_text=options.output_format in NEEDS_TEXT,
        cache=cache,
    )
    show = progress_wanted(options.quiet) and options.engine == "local"  # Ray shows its own
    out = out if isinstance(out, Path) else None  # a store is never read as a local folder
    items = once_each(options.sources(paths), out)
    total = None
    if show:  # the bar needs the total first: the tree is walked once, into a list
        listed = list(items)
        items, total = iter(listed), len(listed)
    bar = Progress(total, show)
    try:
        for file in _engine(options, items, job):
            if stop.requested:
                break  # closing the generator ends the worker pool
            bar.advance(len(file.entries), file.size)
            yield file
    finally:
        bar.close()


def _engine(options: RunOptions, items: Iterator, job: Job) -> Iterator[FileResult]:
    if options.engine != "ray":
        return process_all(items, job, options.jobs)
    from scrapelint.cluster import ray_engine

    if ray_engine.ray_missing():  # Ray is an optional extra
        raise click.UsageError(ray_engine.NEEDS_RAY)
    cluster = ray_engine.Cluster(options.address, options.jobs, options.quiet)
    try:
        ray_engine.connect(cluster)
    except ray_engine.ClusterError as error:
        raise ConfigError(str(error)) from None
    linter = options.linter or Linter(options.config)
    return ray_engine.on_ray(items, job, linter, cluster)


def store_placer(out: Path | str):
    from scrapelint.cluster.store_placer import StorePlacer

    try:
        return StorePlacer(out)
    except (OSError, ValueError) as error:  # pyarrow's: the URI names no file system it has
        raise click.BadParameter(f"{out}: {error}", param_hint="--out") from None


@cli.command()
@click.argument("report_path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "--cleaned",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Folder holding the cleaned files (default: the paths in the report, fixed in place).",
)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Write here.")
@click.option(
    "--by-value",
    is_flag=True,
    help="Restore a JSONL record whose exact bytes cannot come back with its values alone.",
)
def restore(report_path: Path, cleaned: Path | None, out: Path | None, by_value: bool) -> None:
    """Put back what a fix removed, from the report it wrote (`fix --report`)."""
    # Here, not at the top: a `check` hook need not import it.
    from scrapelint.report.restore_run import NotAReport, load_report, restore_report

    try:
        report = load_report(report_path)
    except NotAReport as error:
        raise click.UsageError(str(error)) from None
    say = lambda message: click.echo(message, err=True)  # noqa: E731
    sys.exit(restore_report(report, cleaned, out, by_value=by_value, say=say))


@cli.command(name="rules")
@selection_options
@click.option(
    "--output-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A table, or a JSON list of the rules.",
)
def list_rules(output_format: str, **params) -> None:
    """List the rules: code, slug, category, severity, whether fix removes what they find, and
    whether they run by default."""
    config = read_config((), params["config_path"])
    rules = choose_rules(config, {**params, "select": params["select"] or ("ALL",)})
    rows = [_rule_row(rule) for rule in rules]
    if output_format == "json":
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode("utf-8"))
        return
    click.echo(f"{'code':7} {'slug':32} {'category':11} {'severity':8} {'fixable':7} kind")
    for row in rows:
        default = "" if row["default"] else "  (off by default)"
        fixable = "yes" if row["fixable"] else "no"
        click.echo(
            f"{row['code']:7} {row['slug']:32} {row['category']:11} {row['severity']:8} "
            f"{fixable:7} {row['kind']}{default}"
        )


def _rule_row(rule: Rule) -> dict:
    meta = rule.meta
    return {
        "code": meta.code,
        "slug": meta.slug,
        "category": meta.category,
        "severity": meta.severity.value,
        "fixable": removes_lines(rule),
        "kind": meta.kind,
        "pack": meta.source,
        "default": meta.default,
    }


@cli.command()
@click.argument("code")
def rule(code: str) -> None:
    """Explain one rule: its rationale, the options of its kind, and its examples."""
    rules = load_rules(read_config((), None).rules_dirs)
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
    options = kind_options(meta.kind)
    if options:
        lines += ["", f"Options of kind {meta.kind}:", *(f"  {o.line()}" for o in options)]
    for title, examples in (("Fails on", meta.fail_examples), ("Passes", meta.pass_examples)):
        for example in examples:
            for number, learned in enumerate(example.corpus, start=1):
                lines += [
                    "",
                    f"Learned first ({number} of {len(example.corpus)}):",
                    _indent(learned),
                ]
            lines += ["", f"{title}:", _indent(example.text)]
            if example.fixed is not None:
                lines += ["Fixed:", _indent(example.fixed)]
            if example.aggressive is not None:
                lines += ["Fixed with --aggressive:", _indent(example.aggressive)]
    return "\n".join(lines)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip("\n").split("\n"))


cli.add_command(learn_command)


def main() -> None:
    cli(prog_name="scrapelint")
