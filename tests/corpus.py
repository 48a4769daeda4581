"""A tiny corpus for the CI-gate tests: one article with junk lines, one without, and a runner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from scrapelint.cli.commands import cli

ARTICLE = (
    "Storm leaves thousands without power\n"
    "\n"
    "The storm left thousands of homes without power for two days, the utility company said on"
    " Friday, as crews worked through the night to restore lines.\n"
    "\n"
    "Officials said the damage was the worst the region had seen in a decade, and that schools"
    " would stay closed until Monday at the earliest.\n"
)
JUNK_LINES = "\nSign up for our daily newsletter\nShare on Facebook\n"
JUNK = ARTICLE + JUNK_LINES
# Only the phrase rules: the tests do not depend on the structural detectors' judgement.
SELECT = ["newsletter", "share"]
JUNK_CODES = ["NL001", "SH001"]


def write_corpus(root: Path, config: str | None = 'select = ["newsletter", "share"]\n') -> Path:
    """`root/corpus/{junk,clean}.txt`, with a scrapelint.toml holding `config` in `root`."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "junk.txt").write_text(JUNK, encoding="utf-8")
    (corpus / "clean.txt").write_text(ARTICLE, encoding="utf-8")
    if config is not None:
        (root / "scrapelint.toml").write_text(config, encoding="utf-8")
    return corpus


def run(*args: str | Path) -> Result:
    """The CLI in-process; stdout and stderr kept apart."""
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def codes_of(result: Result) -> list[str]:
    """The finding codes of a `--output-format json` run, in order."""
    report = json.loads(result.stdout)
    return [f["code"] for d in report["documents"] for f in d["findings"]]


def report_of(result: Result) -> dict:
    return json.loads(result.stdout)
