"""The public Python API: `Linter` and the values it returns."""

from scrapelint.api.linter import Linter, read_config
from scrapelint.api.results import Finding, Removal, Replacement, Result
from scrapelint.api.selecting import ConfigError

__all__ = ["ConfigError", "Finding", "Linter", "Removal", "Replacement", "Result", "read_config"]
