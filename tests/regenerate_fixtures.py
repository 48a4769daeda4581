"""Rewrite fixtures/expected/ from the current rules (read the diff before committing it)."""

from __future__ import annotations

import json
from pathlib import Path

from scrapelint.engine.apply import fix
from scrapelint.engine.packs import load_rules
from scrapelint.engine.selection import select_rules
from scrapelint.io.formats import parse, render

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def findings_of(result) -> list[dict]:
    return [
        {"code": o.finding.code, "line": o.finding.line + 1, "end_line": o.finding.end_line + 1}
        for o in result.outcomes
    ]


def main() -> None:
    rules = select_rules(load_rules())
    for source in sorted((FIXTURES / "input" / "seeds").glob("*.txt")):
        parsed = parse(str(source), source.read_bytes())
        result = fix(parsed.documents[0], rules)
        target = FIXTURES / "expected" / "seeds" / source.name
        target.write_bytes(render(parsed, [result.cleaned]))
        rows = ",\n".join(" " + json.dumps(row) for row in findings_of(result))
        target.with_name(source.name + ".findings.json").write_text(f"[\n{rows}\n]\n")


if __name__ == "__main__":
    main()
