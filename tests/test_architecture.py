"""The stages import one way: cli -> cluster -> api -> run -> report -> engine ->
facts/locate/corpus -> io -> text.

A module may import its own stage and the stages below it, never one above, and no module may
reach itself through its imports (an import cycle), so each stage can be read, tested and
replaced knowing only what lies under it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import scrapelint

PACKAGE = Path(scrapelint.__file__).parent
LAYERS = {
    "text": 0,
    "io": 1,
    "facts": 2,
    "locate": 2,
    "corpus": 2,
    "engine": 3,
    "report": 4,
    "run": 5,
    "api": 6,
    "cluster": 7,
    "cli": 8,
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            base = node.module
            found |= {f"{base}.{alias.name}" for alias in node.names} | {base}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.startswith("scrapelint.")}


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {i for i in imports_of(path) if i in modules} for name, path in modules.items()}


def stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) >= 2 and parts[1] in LAYERS else None


def test_every_module_lives_in_a_stage() -> None:
    loose = [m for m in graph() if stage(m) is None]
    assert sorted(loose) == ["scrapelint", "scrapelint.__main__"]


def test_no_stage_imports_a_stage_above_it() -> None:
    upward = []
    for module, imported in graph().items():
        here = stage(module)
        for target in imported:
            there = stage(target)
            if here and there and there != here and LAYERS[there] >= LAYERS[here]:
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_no_import_cycle() -> None:
    edges = graph()
    # Importing a module runs its package's __init__ first, so a package's own __init__ is not
    # an edge back up to the package (cli/__init__ re-exports the commands module).
    edges = {m: {t for t in ts if not m.startswith(t + ".")} for m, ts in edges.items()}
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*trail[trail.index(target) :], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert cycles == []


MAX_MODULE_LINES = 300  # STYLE.md: one idea per module, well under this


def test_no_module_outgrows_one_idea() -> None:
    long = {
        module_name(path): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}
