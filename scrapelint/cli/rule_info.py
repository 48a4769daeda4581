"""`scrapelint rules` and `scrapelint rule CODE`: what the rules are, read from their packs."""

from __future__ import annotations

import click
import orjson

from scrapelint.cli.flags import selection_options
from scrapelint.cli.options import choose_rules, read_config
from scrapelint.engine.kinds import kind_options
from scrapelint.engine.kinds.engine_finding import removes_lines
from scrapelint.engine.packs import load_rules
from scrapelint.engine.rule import Rule


@click.command(name="rules")
@selection_options
@click.option(
    "--output-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A table, or a JSON list of the rules.",
)
def rules_command(output_format: str, **params) -> None:
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


@click.command(name="rule")
@click.argument("code")
def rule_command(code: str) -> None:
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
