"""Writes docs/walkthrough.md from real runs: a new user's first session, every message as seen.

usage: python docs/make_walkthrough.py

Each step runs `python -m scrapelint ...` in a fresh temporary folder holding a small corpus and
records the command as typed, what it printed (standard output and error, in order) and its exit
code. Run it again after changing a message; the page is never edited by hand.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "walkthrough.md"
REPO = OUT.parents[1]
ARTICLE = (
    "Storm leaves thousands without power\n\n"
    "The storm left thousands of homes without power for two days, the utility company said on"
    " Friday, as crews worked through the night to restore lines.\n\n"
    "Officials said the damage was the worst the region had seen in a decade, and that schools"
    " would stay closed until Monday at the earliest.\n"
)
JUNK = ARTICLE + "\nSign up for our daily newsletter\nShare on Facebook\n"
PROMPT = (
    "Sign up for our newsletter to get the best stories from our newsroom delivered to your "
    "inbox every morning.\n"
)
MOSTLY_JUNK = (
    "Council approves new budget\n" + PROMPT * 3 + "The council approved the budget on Tuesday "
    "after a long debate about roads and schools.\n"
)
PAGE = (
    "<html><head><title>Storm leaves thousands without power</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Storm leaves "
    "thousands without power</h1><p>The storm left thousands of homes without power for two days,"
    " the utility company said on Friday, as repair crews from two neighbouring states worked "
    "through the night.</p><p>Officials said the damage was the worst in a decade.</p>"
    "<p>Share on Facebook</p></article></body></html>"
)
MAX_LINE = 160
MAX_LINES = 24


def setup(root: Path) -> None:
    files = {
        "corpus/storm.txt": JUNK.encode(),
        "corpus/clean.md": ARTICLE.encode(),
        "corpus/budget.txt": MOSTLY_JUNK.encode(),
        "empty/.keep": b"",
        "images/photo.txt": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
        "records.jsonl": b'{"id": 1, "body": "Storm leaves thousands without power"}\n',
        "wide/utf16.txt": JUNK.encode("utf-16"),
        "wide/nul.txt": JUNK.replace("storm left", "storm\0left").encode(),
        "pages/storm.html": PAGE.encode(),
        "typo/scrapelint.toml": b'select = ["XX999"]\n',
        "typo/a.txt": ARTICLE.encode(),
        "gate/scrapelint.toml": b"max-per-rule = { NL01 = 3 }\nfail-on = 'warning'\n",
        "gate/a.txt": JUNK.encode(),
        "key/scrapelint.toml": b"max-per-rules = { NL001 = 3 }\n",
        "key/a.txt": ARTICLE.encode(),
        "my-rules/deal.yaml": b"code: XS001\nkind: phrase\ncategory: promo\nphrases: [daily deal\n",
        "clash-rules/deal.yaml": (
            b"code: NL001\nkind: phrase\ncategory: promo\nrationale: a deal rule\n"
            b"phrases: [daily deal]\n"
        ),
        "example-rules/deal.yaml": (
            b"code: XS001\nkind: phrase\ncategory: promo\nrationale: a deal rule of this corpus\n"
            b"phrases: [daily deal]\nexamples:\n  fail:\n"
            b'    - text: "A story.\\nToday\'s deal\\n"\n'
        ),
    }
    for number in range(MANY):
        files[f"many/{number:04d}.txt"] = JUNK.encode()
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


STEPS: list[tuple[str, str, str]] = [
    ("A first check", "What a corpus with junk looks like.", "check corpus"),
    ("", "Pre-commit hooks print one line per file.", "check corpus --output-format concise"),
    (
        "",
        "A fix that would take most of a document's prose is refused (SL001), and both `check` "
        "and `fix` say so: the refused findings are not fixable.",
        "fix corpus/budget.txt",
    ),
    ("", "", "fix corpus --report report.json"),
    ("", "Everything a fix removed comes back from its report.", "restore report.json"),
    ("Rules", "", "rules --select NL"),
    ("", "", "rule SL001"),
    ("Nothing checked is not a pass", "A typo in a path:", "check corpsu"),
    ("", "An empty folder:", "check empty"),
    ("", "A folder of files that cannot be read:", "check images"),
    ("", "JSONL whose records have no `text` field:", "check records.jsonl"),
    ("", "", "check records.jsonl --text-field ''"),
    ("", "The field named:", "check records.jsonl --text-field body --select ALL"),
    ("A typo never turns a check off", "", "check corpus --select newsleter"),
    ("", "", "check typo"),
    ("", "", "check corpus --max-per-rule NL01=3"),
    ("", "", "check gate"),
    ("", "", "check key"),
    ("", "", "check corpus --languages english"),
    ("", "", "check corpus --statistics --output-format sarif"),
    ("Your own rules", "A malformed rule file:", "check corpus --rules-dir my-rules"),
    ("", "A code that is already taken:", "check corpus --rules-dir clash-rules"),
    ("", "A rule that misses its own example:", "check corpus --rules-dir example-rules"),
    ("Odd input", "UTF-16 with a byte-order mark, and a stray NUL byte:", "check wide"),
    (
        "HTML pages",
        "Findings are about the text extracted from the page, and say so:",
        "check pages --select ALL",
    ),
    (
        "",
        "The page is never changed: its cleaned text is a new file beside it, named, and the run "
        "fails once so that a hook does not pass with the file left unstaged.",
        "fix pages --fail-on error",
    ),
    ("", "Once the text is there:", "fix pages --fail-on error"),
    (
        "Stopped by Ctrl-C",
        "The report of an interrupted run says it is partial, and the run never passes "
        "(Ctrl-C pressed a second into the run; the counts depend on when):",
        "check many --output-format json -q",
    ),
]
INTERRUPTED = "check many --output-format json -q"
INTERRUPT_AFTER = 1.0  # seconds
MANY = 3000  # files in the corpus a run is stopped in


def run(command: str, root: Path) -> tuple[int, str]:
    args = [sys.executable, "-m", "scrapelint", *_split(command)]
    env = {**os.environ, "SCRAPELINT_NO_CACHE": "1", "COLUMNS": "100"}
    child = subprocess.Popen(
        args, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    if command == INTERRUPTED:
        time.sleep(INTERRUPT_AFTER)
        child.send_signal(signal.SIGINT)
    stdout, stderr = child.communicate(timeout=300)
    output = _summary_only(stdout) + stderr if command == INTERRUPTED else stdout + stderr
    # Paths as a user would see them in their own folders.
    output = output.replace(f"{root}{os.sep}", "").replace(f"{REPO}{os.sep}", "<scrapelint>/")
    return child.returncode, output


def _summary_only(stdout: str) -> str:
    """Of a JSON report, its summary: the documents say nothing new here."""
    summary = json.loads(stdout)["summary"]
    return json.dumps({"summary": summary}, indent=1) + "\n"


def _split(command: str) -> list[str]:
    import shlex

    return shlex.split(command)


def shown(output: str) -> list[str]:
    lines = [
        line if len(line) <= MAX_LINE else line[: MAX_LINE - 1] + "…"
        for line in output.splitlines()
    ]
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], f"... ({len(lines) - MAX_LINES + 1} more lines)"]
    return lines


def main() -> None:
    parts = [
        "# A first session with scrapelint",
        "",
        "Generated from real runs by `python docs/make_walkthrough.py` (do not edit by hand): each",
        "command as typed in a small corpus folder, what it printed and its exit code. Long lines",
        "are cut at 160 characters.",
    ]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        setup(root)
        for title, note, command in STEPS:
            code, output = run(command, root)
            if title:
                parts += ["", f"## {title}"]
            if note:
                parts += ["", note]
            parts += ["", "```console", f"$ scrapelint {command}", *shown(output)]
            parts += [f"# exit {code}", "```"]
    OUT.write_text("\n".join(parts) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
