"""The command line: click commands and options, the exit verdict, checks made before a fix."""

from scrapelint.cli.commands import cli, main

__all__ = ["cli", "main"]
