"""Loading declarative rule packs: one YAML file per rule, in `rules/<pack>/<slug>.yaml`.

Every file is validated once, at load, into frozen values: an unknown key, kind, category or
severity is an error naming the file and the key. Codes must be unique across all packs loaded
together, so `--select NL001` always means one rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from scrapelint.engine.examples import example_problems
from scrapelint.engine.kinds import KINDS
from scrapelint.engine.rule import Example, Rule, RuleMeta
from scrapelint.engine.spec import Spec, SpecError
from scrapelint.io.yaml_data import YamlDataError, read_yaml
from scrapelint.text.findings import CATEGORIES, Severity

PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # the scrapelint package
SEVERITIES = frozenset(s.value for s in Severity)


def builtin_rules_dir() -> Path:
    """The packs shipped with scrapelint: inside the installed package, or the repository's."""
    packaged = PACKAGE_ROOT / "_rules"
    if packaged.is_dir():
        return packaged
    return PACKAGE_ROOT.parent / "rules"


@lru_cache(maxsize=8)
def load_rules(extra_dirs: tuple[Path, ...] = ()) -> tuple[Rule, ...]:
    """All rules of the built-in packs and of `extra_dirs`, ordered by code.

    A rule of `extra_dirs` must live up to its own examples, as the built-in ones do in the tests:
    a corpus's rule that misses its documented case would pass every document silently."""
    builtin = _rule_files([builtin_rules_dir()])
    loaded = [(path, load_rule_file(path, proven=True)) for path in builtin]
    for path in _rule_files(extra_dirs):
        rule = load_rule_file(path)
        for key, problem in example_problems(rule):
            raise SpecError(str(path), key, problem)
        loaded.append((path, rule))
    _check_unique(loaded)
    return tuple(sorted((rule for _, rule in loaded), key=lambda rule: rule.meta.code))


def _rule_files(dirs: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in dirs:
        if not folder.is_dir():
            raise SpecError(str(folder), "rules", "not a folder of rule packs")
        # A folder whose name starts with "_" holds data the code reads (vocabulary), not rules.
        found = folder.rglob("*.yaml")
        files.extend(sorted(p for p in found if not _is_data(p.relative_to(folder))))
    return files


def _is_data(relative: Path) -> bool:
    return any(part.startswith("_") for part in relative.parts[:-1])


def load_rule_file(path: Path, proven: bool = False) -> Rule:
    """The rule of one pack file; `proven` for a built-in one (see `Spec`)."""
    source = str(path)
    try:
        data = read_yaml(path)
    except OSError as error:
        raise SpecError(source, "<file>", f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise SpecError(source, "<file>", f"not UTF-8 text: {error.reason}") from None
    except YamlDataError as error:
        raise yaml_error(source, error) from None
    spec = Spec(source, data, proven=proven)
    meta = _meta(spec, default_slug=path.stem, pack=path.parent.name)
    kind = KINDS.get(meta.kind)
    if kind is None:
        raise spec.error("kind", f"unknown kind {meta.kind!r}; known: {sorted(KINDS)}")
    rule = kind.build(meta, spec)
    spec.finish()
    return rule


def _meta(spec: Spec, default_slug: str, pack: str) -> RuleMeta:
    category = spec.take("category", str)
    if category not in CATEGORIES:
        raise spec.error("category", f"unknown category {category!r}")
    examples = spec.sub("examples", {})
    meta = RuleMeta(
        code=spec.take("code", str),
        slug=spec.take("slug", str, default_slug),
        category=category,
        severity=Severity(spec.choice("severity", SEVERITIES, "warning")),
        rationale=" ".join(spec.take("rationale", str).split()),
        fail_examples=_examples(examples, "fail"),
        pass_examples=_examples(examples, "pass"),
        source=pack,
        kind=spec.take("kind", str),
        default=spec.take("default", bool, True),
        fixes=spec.take("fix", bool, True),
    )
    examples.finish()
    return meta


def _examples(spec: Spec, key: str) -> tuple[Example, ...]:
    items = spec.take(key, list, [])
    examples = []
    for number, item in enumerate(items):
        example = Spec(spec.source, item, f"{spec.where}.{key}[{number}]")
        text = example.take("text", str)
        fixed = example.take("fixed", str, None) if key == "fail" else None
        aggressive = example.take("fixed-aggressive", str, None) if key == "fail" else None
        corpus = example.take("corpus", list, [])
        if not all(isinstance(doc, str) for doc in corpus):
            raise example.error("corpus", "expected a list of document texts")
        example.finish()
        examples.append(Example(text, fixed, aggressive, tuple(corpus)))
    return tuple(examples)


def yaml_error(source: str, error: YamlDataError) -> SpecError:
    """`file:line: not valid YAML: what is wrong`."""
    where = f"{source}:{error.line}" if error.line is not None else source
    return SpecError(where, "", f"not valid YAML: {error.problem}")


def _check_unique(loaded: Sequence[tuple[Path, Rule]]) -> None:
    """Codes and slugs are unique across every pack loaded: a clash names both files."""
    seen: dict[str, Path] = {}
    for path, rule in loaded:
        for name, key in (("code", rule.meta.code), ("slug", rule.meta.slug)):
            if key in seen:
                raise SpecError(str(path), name, f"{key!r} is also the {name} of {seen[key]}")
            seen[key] = path
