"""`scrapelint learn PATH... -o FILE`: count a corpus's repeated lines and copies into a table."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from scrapelint.corpus.table import DEFAULT_THRESHOLD, TableError

EXIT_OK, EXIT_ERROR = 0, 2


@click.command("learn")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
    "table",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The boilerplate table (SQLite), created or added to.",
)
@click.option("--text-field", default="text", show_default=True, help="JSONL text field.")
@click.option(
    "--source-key",
    help="JSONL field naming a record's source  [default: the host of `url`, else the folder]",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.1, 1.0),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Jaccard similarity from which two documents are near copies.",
)
def learn_command(paths, table, text_field, source_key, threshold) -> None:
    """Learn the lines each source repeats, and the copies among documents, from PATHS."""
    # Imported here: every other command (a pre-commit hook's `check`) starts without it.
    from scrapelint.corpus.learn import LearnOptions, learn

    options = LearnOptions(text_field=text_field, source_key=source_key, threshold=threshold)
    try:
        stats = learn(paths, table, options)
    except TableError as error:
        click.echo(f"scrapelint: {error}", err=True)
        sys.exit(EXIT_ERROR)
    for problem in stats.problems:
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        click.echo(f"{where}: {problem.message}", err=True)
    rate = stats.documents / stats.seconds if stats.seconds else 0.0
    click.echo(
        f"learned {stats.documents} documents into {table} ({stats.skipped} learned before) in "
        f"{stats.seconds:.1f} s, {rate:.0f} documents/s; {stats.exact} exact and {stats.near} "
        "near copies of earlier documents"
    )
    fatal = any(problem.fatal for problem in stats.problems)
    sys.exit(EXIT_ERROR if fatal else EXIT_OK)
