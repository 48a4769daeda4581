"""Which rules a configuration runs: the command line's selection, shared with the API, so both
pick the same rules and reject the same unknown selector in the same words."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from scrapelint.engine.rule import Rule
from scrapelint.engine.rule_cache import cached_rules
from scrapelint.engine.selection import SelectionError, select_rules
from scrapelint.engine.spec import SpecError
from scrapelint.run.config import Config


class ConfigError(ValueError):
    """A configuration, rule pack or selector that cannot be used; the message names where."""


def config_rules(
    config: Config,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    extend: Sequence[str] = (),
    rules_dirs: Sequence[Path] = (),
) -> tuple[Rule, ...]:
    """The rules to run; every selector (per-file ignores included) must name a loaded rule.

    `select` replaces the configured selection; `ignore`, `extend` and `rules_dirs` add to it.
    """
    try:
        everything = cached_rules((*config.rules_dirs, *rules_dirs))
        if select:
            chosen = select_rules(everything, select, ignore, extend)
        else:
            chosen = select_rules(
                everything,
                config.select,
                (*config.ignore, *ignore),
                (*config.extend_select, *extend),
            )
        for _, selectors in config.per_file_ignores:
            select_rules(everything, ignore=selectors)
    except (SpecError, SelectionError) as error:
        raise ConfigError(str(error)) from None
    return chosen
