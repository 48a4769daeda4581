"""A Markdown file's front matter stands above the text the rules read: every output format that
points an editor at a line (text, GitHub annotations, SARIF, JUnit) gives the file's line, and the
report says where the text starts, while its own lines stay those of the text `restore` needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus import JUNK, run

QUIET = ["--no-cache", "--no-language", "--select", "newsletter,share"]
FRONT_MATTER = "---\ntitle: Storm\ntags: [weather]\n---\n"


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.md"
    path.write_text(FRONT_MATTER + JUNK, encoding="utf-8")
    return path


def file_lines_of_junk(post: Path) -> list[int]:
    """The 1-based lines of the file that hold the newsletter and share prompts."""
    lines = post.read_text(encoding="utf-8").splitlines()
    return [i for i, line in enumerate(lines, 1) if "newsletter" in line or "Share on" in line]


def output(post: Path, fmt: str) -> str:
    return run("check", post, *QUIET, "--output-format", fmt).stdout


def test_the_report_says_where_the_text_starts(post: Path) -> None:
    document = json.loads(output(post, "json"))["documents"][0]
    assert document["first_line"] == 5
    text_lines = JUNK.splitlines()
    for finding in document["findings"]:  # the text's own lines, as restore reads them
        assert text_lines[finding["line"] - 1] in post.read_text(encoding="utf-8")
        assert finding["line"] + 4 in file_lines_of_junk(post)


def test_text_output_points_at_the_file_lines(post: Path) -> None:
    lines = [line for line in output(post, "text").splitlines() if line.startswith(str(post))]
    numbers = sorted({int(line.split(":")[1]) for line in lines if " NL" in line or " SH" in line})
    assert numbers and numbers == file_lines_of_junk(post)


def test_github_annotations_point_at_the_file_lines(post: Path) -> None:
    numbers = [
        int(part.split("=")[1])
        for line in output(post, "github").splitlines()
        if line.startswith("::")
        for part in line.split("::")[1].split(" ", 1)[1].split(",")
        if part.startswith("line=")
    ]
    assert numbers and sorted(numbers) == file_lines_of_junk(post)


def test_sarif_regions_point_at_the_file_lines(post: Path) -> None:
    results = json.loads(output(post, "sarif"))["runs"][0]["results"]
    starts = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results]
    assert starts and sorted(starts) == file_lines_of_junk(post)


def test_a_file_without_front_matter_says_nothing_of_it(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text(JUNK, encoding="utf-8")
    document = json.loads(output(path, "json"))["documents"][0]
    assert "first_line" not in document


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # A thematic break over the article, and another under its first part: no front matter.
        ("---\n\nThe council voted on Tuesday.\n\nSign up for our daily newsletter\n\n---\n", ""),
        # Over a heading and prose; a key-like first line over prose.
        ("---\n# Storm\n\nThe council voted on Tuesday.\n\n---\n", ""),
        ("---\nUPDATE: the vote moved.\n\nThe council voted on Tuesday.\n---\n", ""),
        (
            "---\ntitle: Storm\ntags:\n  - weather\n# a note\n\n---\nText\n",
            "---\ntitle: Storm\ntags:\n  - weather\n# a note\n\n---\n",
        ),
        ("---\ntitle: Storm\n---\nText\n", "---\ntitle: Storm\n---\n"),
        ("---\rtitle: Storm\r# notes\r---\rText\r", "---\rtitle: Storm\r# notes\r---\r"),
        ('---\r\n"title": Storm\r\n---\r\nText\r\n', '---\r\n"title": Storm\r\n---\r\n'),
    ],
)
def test_front_matter_opens_with_a_key_under_its_rule(text: str, held: str) -> None:
    # Any `---` ... `---` at the top was taken for front matter and never linted; and with CR
    # line endings real front matter was missed, and fixed away as a dateline.
    from scrapelint.io.front_matter import front_matter_of

    assert front_matter_of(text) == held


def test_an_article_between_two_rules_is_linted(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("---\n\n" + JUNK + "\n---\n\nThe bridge reopens in May.\n", encoding="utf-8")
    assert "NL001" in run("check", path, *QUIET).stdout


def test_a_file_of_cr_lines_names_the_lines_after_its_front_matter(tmp_path: Path) -> None:
    lf, cr = tmp_path / "lf.md", tmp_path / "cr.md"
    lf.write_text(FRONT_MATTER + JUNK, encoding="utf-8", newline="")
    cr.write_text((FRONT_MATTER + JUNK).replace("\n", "\r"), encoding="utf-8", newline="")
    lines = [json.loads(output(path, "json"))["documents"][0]["first_line"] for path in (lf, cr)]
    assert lines == [5, 5]


@pytest.mark.parametrize("front_matter", ["", FRONT_MATTER])
def test_restore_reads_the_front_matter_the_fix_read(tmp_path: Path, front_matter: str) -> None:
    # Removing a newsletter line above a `---` block the fix read as text (front matter opens a
    # file) leaves a file that opens like front matter; restore splits it where the fix did.
    path = tmp_path / "post.md"
    original = front_matter + "Sign up for our daily newsletter\n---\ntitle: Storm\n---\n"
    original += "The bridge reopens in May, the council said on Tuesday after a long inspection.\n"
    path.write_text(original, encoding="utf-8")
    cleaned, report = tmp_path / "cleaned", tmp_path / "report.json"
    run("fix", path, "--out", cleaned, "--report", report, *QUIET)
    assert "newsletter" not in (cleaned / "post.md").read_text(encoding="utf-8")
    restored = tmp_path / "restored"
    run("restore", report, "--cleaned", cleaned, "--out", restored)
    assert (restored / "post.md").read_text(encoding="utf-8") == original


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_a_file_of_front_matter_alone_closing_at_its_end_is_restored(
    tmp_path: Path, ending: str
) -> None:
    path = tmp_path / "post.md"
    original = ending.join(["---", "title: Storm", "---"])  # no line ending after the last rule
    path.write_bytes(original.encode("utf-8"))
    report = tmp_path / "report.json"
    run("fix", path, "--report", report, *QUIET)
    result = run("restore", report)
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == original.encode("utf-8")
