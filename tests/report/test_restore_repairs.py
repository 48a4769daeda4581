"""`fix` repairs spans inside lines; `restore` puts the original bytes back, in every format."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.corpus import run
from tests.report.test_restore import fix_with_report

DAMAGED = (
    "Itâ€™s a long way to the top, the singer told reporters on Monday.\r\n"
    "\r\n"
    "Tom &amp; Jerry&#8217;s creators met in 1940, the govern\u200bment said.\r\n"
    "\r\n"
    '<div class="entry-content">\r\n'
    "The café reopened, the owner doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t mind.\r\n"
)


def test_fix_repairs_in_line_and_restore_gives_the_bytes_back(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text_file, records = corpus / "a.txt", corpus / "b.jsonl"
    text_file.write_bytes(DAMAGED.encode("utf-8"))
    lines = [orjson.dumps({"id": n, "text": DAMAGED}) + b"\n" for n in range(2)]
    records.write_bytes(b"".join(lines))
    originals = {path: path.read_bytes() for path in (text_file, records)}
    report_path = fix_with_report(tmp_path, corpus, "--select", "HY")
    fixed = text_file.read_text(encoding="utf-8")
    assert "It’s a long way" in fixed and "Tom & Jerry’s" in fixed and "\u200b" not in fixed
    assert "<div" not in fixed and "doesnÃƒ" in fixed  # the uncertain repair is left alone
    report = orjson.loads(report_path.read_bytes())
    replaced = [
        edit
        for entry in report["documents"]
        for finding in entry["findings"]
        for edit in finding.get("replaced", ())
    ]
    assert {"original": "â€™", "replacement": "’"}.items() <= replaced[0].items()
    assert run("restore", report_path).exit_code == 0
    for path, data in originals.items():
        assert path.read_bytes() == data


def test_restore_refuses_a_repair_edited_since(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    path = corpus / "a.txt"
    path.write_bytes(DAMAGED.encode("utf-8"))
    report_path = fix_with_report(tmp_path, corpus, "--select", "HY")
    path.write_text(path.read_text(encoding="utf-8").replace("It’s", "It is"), encoding="utf-8")
    result = run("restore", report_path)
    assert result.exit_code != 0
    assert "It is" in path.read_text(encoding="utf-8")
