"""A corpus's own rule packs: a malformed file is `file:line: message`, a code clash names both
files, and every rule loaded with `--rules-dir` must live up to its own examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapelint.engine.packs import load_rules
from scrapelint.engine.spec import SpecError

RULE = "code: XS001\nkind: phrase\ncategory: promo\nrationale: a corpus rule for the tests\n"


def load(tmp_path: Path, text: str) -> tuple[Path, str]:
    folder = tmp_path / "site-rules"
    folder.mkdir(exist_ok=True)
    path = folder / "deal.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        load_rules((folder,))
    return path, str(raised.value)


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    path, message = load(tmp_path, RULE + "phrases: [daily deal\nmessage: m\n")
    assert message.startswith(f"{path}:6: ")
    assert "Traceback" not in message and "<unicode string>" not in message


def test_a_code_clash_names_both_files(tmp_path: Path) -> None:
    path, message = load(tmp_path, RULE.replace("XS001", "NL001") + "phrases: [daily deal]\n")
    assert str(path) in message and "newsletter-prompt.yaml" in message


def test_a_fail_example_the_rule_does_not_find_is_an_error(tmp_path: Path) -> None:
    text = RULE + "phrases: [daily deal]\nexamples:\n  fail:\n    - text: 'Nothing here\\n'\n"
    path, message = load(tmp_path, text)
    assert message.startswith(f"{path}: examples.fail[0]")


def test_a_fix_that_differs_from_the_documented_one_is_an_error(tmp_path: Path) -> None:
    example = '    - text: "A story.\\nDaily deal\\n"\n      fixed: "Daily deal\\n"\n'
    _, message = load(tmp_path, RULE + "phrases: [daily deal]\nexamples:\n  fail:\n" + example)
    assert "examples.fail[0]" in message


def test_a_pass_example_the_rule_finds_is_an_error(tmp_path: Path) -> None:
    example = '    - text: "A story.\\nDaily deal\\n"\n'
    _, message = load(tmp_path, RULE + "phrases: [daily deal]\nexamples:\n  pass:\n" + example)
    assert "examples.pass[0]" in message


def test_a_rule_true_to_its_examples_loads(tmp_path: Path) -> None:
    folder = tmp_path / "site-rules"
    folder.mkdir()
    (folder / "deal.yaml").write_text(
        RULE + "phrases: [daily deal]\nexamples:\n  fail:\n"
        '    - text: "A story.\\nDaily deal\\n"\n      fixed: "A story.\\n"\n',
        encoding="utf-8",
    )
    assert "XS001" in {rule.meta.code for rule in load_rules((folder,))}
