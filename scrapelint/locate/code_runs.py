"""Code written without fences: a tutorial's commands and configuration in page text.

A converter that drops a page's ``<pre>`` markup leaves its code as plain lines: "git add -A",
"npm install --save-dev eslint", "const app = express();". To the locator they are chrome (few
words, much punctuation, no sentence) and a block of them, with its "# comment" lines between,
cuts the tutorial's body in two. A line is code when it says so in a way no menu, byline or
teaser does: a command line tool with an argument, a statement (a call or an assignment ending in
";"), a brace, a call, an assignment or a declaration in a programming language. A sentence that
ends in ";", an item of a legal list, is none of these. A run of such lines, blank lines and
comments allowed between, with at least `MIN_CODE_LINES` of them, is read as a fenced block is
(`fences`): passed over by the locator, and outside the body only reported.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from scrapelint.text.fences import fenced_lines
from scrapelint.text.lazy_pattern import lazy

# Command line tools a tutorial runs, each followed by an argument: "git commit -m", "pip install".
_COMMANDS = frozenset(
    (
        *("git", "npm", "npx", "yarn", "pnpm", "pip", "pip3", "python", "python3", "node"),
        *("docker", "kubectl", "helm", "brew", "apt", "apt-get", "sudo", "curl", "wget", "cd"),
        *("ls", "mkdir", "rm", "cp", "mv", "cat", "chmod", "export", "cargo", "go", "make"),
        *("terraform", "aws", "gcloud", "az", "ssh", "scp", "tar", "grep", "sed", "awk", "conda"),
        *("poetry", "uv", "ruff", "pytest", "gem", "bundle", "rails", "composer", "mvn", "gradle"),
    )
)
# Words that open a declaration or an import: "const app = ...", "from x import y".
_KEYWORDS = frozenset(
    (
        *("const", "let", "var", "def", "class", "function", "fn", "func", "struct", "enum"),
        *("import", "from", "#include", "package", "using"),
    )
)
# The characters an argument of a tool or the name after a keyword starts with, besides letters
# and digits.
_ARGUMENT_STARTS = "-.<>/\"'~@$"
# What a line of code holds: an arrow function, a scope, a tag.
_CODE_MARKS = ("=>", "::", "</", "/>")
# A call standing alone ("app.listen(3000)"), an assignment ("x = 1", "config['a'] = b").
_CALL_RE = lazy(r"[\w.]+\([^)]*\)\s*;?$")
_ASSIGNMENT_RE = lazy(r"[\w.\[\]\"']+\s*[+\-*/]?=\s*\S")
# A comment line inside a run of code ("# clone the repo", "// start the server").
_COMMENT_RE = lazy(r"(?:#|//|--) \S")
# A line of tags and nothing else ("<div class=\"ad\">", "</span></div>"): markup, not a program.
_MARKUP_ONLY_RE = lazy(r"(?:</?[A-Za-z][^<>]*>\s*)+")
# Two runs of a program with at most this many lines between them, at most one a sentence of
# `SENTENCE_WORDS` words or more, are one program: a converter's JSX or template has lines of
# markup and bare words between its statements.
PROGRAM_GAP = 40
SENTENCE_WORDS = 5
_SENTENCE_RE = lazy(r"[.!?:]$")
# A run of code needs this many lines of code (comments not counted): two lines that look like
# code may be a page's oddments; three in a row, with only comments between, are a block.
MIN_CODE_LINES = 3
# A line of code is short; a longer line is prose or a whole page on one line: not tried, and not
# kept in the memo of lines read.
MAX_CODE_CHARS = 300


def code_lines(lines: Sequence[str]) -> set[int]:
    """Every line of code in the text: those of fenced blocks and of runs of unfenced code."""
    return fenced_lines(lines) | code_run_lines(lines)


def code_run_lines(lines: Sequence[str]) -> set[int]:
    """The indices of the lines of every run of unfenced code: from its first line of code (or
    the comments just above it) to its last line of code, blank lines and comments included."""
    return {index for run, _ in _code_runs(lines) for index in run}


def program_lines(lines: Sequence[str]) -> set[int]:
    """The lines of fenced blocks and of the runs of unfenced code that hold a program, not only
    markup: a tutorial's JSX, whose `<div className="row">` lines are code, where three lines of
    `<div class="ad">` and `</div>` a scraper left are the page's tags, for the tag rules to
    take. Two runs of a program with little between them (`_bridged`) are one."""
    found = fenced_lines(lines)
    last = -1  # the last line of the program run before
    for run, code in _code_runs(lines):
        if all(_MARKUP_ONLY_RE.fullmatch(lines[index].strip()) for index in code):
            continue
        gap = range(last + 1, run.start)
        if last >= 0 and _bridged(lines, gap):
            found.update(gap)
        found.update(run)
        last = run.stop - 1
    return found


def _bridged(lines: Sequence[str], gap: range) -> bool:
    """Whether the lines between two runs of a program are its own: at most `PROGRAM_GAP` of
    them, at most one a sentence ("return (", "<div className=\"row\">", "Add" and a message
    the program shows, "No todos yet. Add one above!", are lines of a program the run detector
    does not know; "Then start the server:" over an explanation is the tutorial's prose)."""
    between = [lines[index].strip() for index in gap if lines[index].strip()]
    sentences = sum(
        _SENTENCE_RE.search(text) is not None and len(text.split()) >= SENTENCE_WORDS
        for text in between
    )
    return len(between) <= PROGRAM_GAP and sentences <= 1


def _code_runs(lines: Sequence[str]) -> Iterator[tuple[range, list[int]]]:
    """Each run of unfenced code with `MIN_CODE_LINES` lines of code or more: its lines, from
    the first line of code (or the comments just above it) to the last, and its lines of code."""
    run: list[int] = []  # the run's comment lines and lines of code so far
    code: list[int] = []  # its lines of code
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        short = len(text) <= MAX_CODE_CHARS
        if short and _reads_as_code(text):
            run.append(index)
            code.append(index)
        elif short and text[0] in "#/-" and _COMMENT_RE.match(text):
            run.append(index)
        elif run:  # most lines: prose or chrome, with no run open
            if len(code) >= MIN_CODE_LINES:
                yield range(run[0], code[-1] + 1), code
            run, code = [], []
    if len(code) >= MIN_CODE_LINES:
        yield range(run[0], code[-1] + 1), code


@lru_cache(maxsize=1 << 16)  # each fix pass locates the article again, mostly in the same lines
def _reads_as_code(text: str) -> bool:
    """Whether a short line is code: a statement ending in ";" with a call or an assignment in
    it, a block opened at its end or closed on a line of its own, a tool with its argument, a
    declaration, a call, an assignment, or what only code holds."""
    end = text[-1]
    if end == "{" or (end == ";" and ("(" in text or "=" in text)) or not text.strip("})];,"):
        return True
    first, _, rest = text.removeprefix("$ ").partition(" ")
    if (
        rest
        and (first in _COMMANDS or first in _KEYWORDS)
        and (rest[0].isalnum() or rest[0] in _ARGUMENT_STARTS)
    ):
        return True
    if any(mark in text for mark in _CODE_MARKS):
        return True
    if "(" in first and end in ");":
        return _CALL_RE.match(text) is not None
    return "=" in text and _ASSIGNMENT_RE.match(text) is not None
