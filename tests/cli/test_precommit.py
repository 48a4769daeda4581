"""The pre-commit hooks, run by the real `pre-commit` against a temporary corpus repository.

The hook repository is a throw-away git repository holding a copy of this working tree's package
(so the test sees uncommitted changes and never depends on the checkout's git state), committed
with fixed names and dates. pre-commit pip-installs the hook into its own environment, kept in a
temporary PRE_COMMIT_HOME (about 15 s with a warm pip cache; the user's cache is left alone). That
needs PyPI: set SCRAPELINT_OFFLINE=1 to skip these tests.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.corpus import ARTICLE, JUNK

ROOT = Path(__file__).resolve().parents[2]
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
HOOK_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml")
HOOK_FOLDERS = ("scrapelint", "rules")
FIXED_GIT_ENV = {
    "GIT_AUTHOR_NAME": "scrapelint tests",
    "GIT_AUTHOR_EMAIL": "tests@scrapelint.invalid",
    "GIT_COMMITTER_NAME": "scrapelint tests",
    "GIT_COMMITTER_EMAIL": "tests@scrapelint.invalid",
    "GIT_AUTHOR_DATE": "2024-01-01T00:00:00+00:00",
    "GIT_COMMITTER_DATE": "2024-01-01T00:00:00+00:00",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}

needs_pypi = [
    pytest.mark.skipif(
        os.environ.get("SCRAPELINT_OFFLINE") == "1", reason="SCRAPELINT_OFFLINE=1: needs PyPI"
    ),
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
    pytest.mark.skipif(not PRE_COMMIT.exists(), reason="needs pre-commit (the test extra)"),
]


def _needs_pypi(test):
    for mark in needs_pypi:
        test = mark(test)
    return test


def test_hooks_are_declared_for_the_corpus_file_types() -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").open())}
    assert set(hooks) == {"scrapelint", "scrapelint-fix"}
    assert hooks["scrapelint"]["entry"].split()[:2] == ["scrapelint", "check"]
    assert hooks["scrapelint-fix"]["entry"].split()[:2] == ["scrapelint", "fix"]
    for hook in hooks.values():
        assert "--force-exclude" in hook["entry"]
        files = re.compile(hook["files"])
        assert all(files.search(name) for name in ("a.txt", "b/c.md", "d.jsonl", "E.TXT"))
        assert not any(files.search(name) for name in ("a.py", "b.json", "txt"))


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, **FIXED_GIT_ENV}
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in HOOK_FILES:
        shutil.copy2(ROOT / name, repo / name)
    for name in HOOK_FOLDERS:
        shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
    git("init", "-q", "-b", "main", cwd=repo)
    git("add", ".", cwd=repo)
    git("commit", "-q", "-m", "hook", cwd=repo)
    return repo, git("rev-parse", "HEAD", cwd=repo)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def corpus_repo(tmp_path: Path, hook_repo: tuple[Path, str]) -> Path:
    repo_path, rev = hook_repo
    repo = tmp_path / "corpus"
    repo.mkdir()
    config = {
        "repos": [
            {
                "repo": str(repo_path),
                "rev": rev,
                "hooks": [{"id": "scrapelint"}, {"id": "scrapelint-fix"}],
            }
        ]
    }
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    (repo / "scrapelint.toml").write_text(
        'select = ["newsletter", "share"]\nexclude = ["skip/*"]\n'
    )
    (repo / "junk.txt").write_text(JUNK)
    (repo / "clean.md").write_text(ARTICLE)
    (repo / "skip").mkdir()
    (repo / "skip" / "junk.txt").write_text(JUNK)
    git("init", "-q", "-b", "main", cwd=repo)
    git("add", ".", cwd=repo)
    return repo


@pytest.fixture
def pre_commit(pre_commit_home: Path):
    """`pre_commit(repo, hook, *files)` runs one hook on those files."""

    def run_hook(repo: Path, hook: str, *files: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(PRE_COMMIT), "run", hook, "--files", *files],
            cwd=repo,
            env={**os.environ, **FIXED_GIT_ENV, "PRE_COMMIT_HOME": str(pre_commit_home)},
            capture_output=True,
            text=True,
            timeout=900,
        )

    return run_hook


@_needs_pypi
def test_check_hook_fails_on_junk_with_one_line_per_file(corpus_repo: Path, pre_commit) -> None:
    done = pre_commit(corpus_repo, "scrapelint", "junk.txt")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "junk.txt: 2 findings (NL001, SH001)" in done.stdout
    assert "junk.txt:7:1: NL001" not in done.stdout


@_needs_pypi
def test_check_hook_with_verbose_shows_every_finding(corpus_repo: Path, pre_commit) -> None:
    config = yaml.safe_load((corpus_repo / ".pre-commit-config.yaml").read_text())
    config["repos"][0]["hooks"][0]["args"] = ["--verbose"]
    (corpus_repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    done = pre_commit(corpus_repo, "scrapelint", "junk.txt")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "junk.txt:7:1: NL001" in done.stdout
    assert "junk.txt:8:1: SH001" in done.stdout


@_needs_pypi
def test_check_hook_passes_on_clean_and_excluded_files(corpus_repo: Path, pre_commit) -> None:
    done = pre_commit(corpus_repo, "scrapelint", "clean.md", "skip/junk.txt")
    assert done.returncode == 0, done.stdout + done.stderr


@_needs_pypi
def test_fix_hook_cleans_the_file(corpus_repo: Path, pre_commit) -> None:
    done = pre_commit(corpus_repo, "scrapelint-fix", "junk.txt", "clean.md")
    # pre-commit fails a hook that changed files, so the cleaned file can be reviewed.
    assert done.returncode == 1, done.stdout + done.stderr
    assert (corpus_repo / "junk.txt").read_text() == ARTICLE
    assert (corpus_repo / "clean.md").read_text() == ARTICLE
    assert pre_commit(corpus_repo, "scrapelint", "junk.txt").returncode == 0


@_needs_pypi
def test_fix_hook_passes_again_on_a_file_it_cleaned(corpus_repo: Path, pre_commit) -> None:
    # All default rules here: the dateline and byline go to the report, and the cleaned text
    # then has no date and no author, which no later fix can change.
    dated = corpus_repo / "dated"
    dated.mkdir()
    (dated / "scrapelint.toml").write_text("")
    story = "November 4, 2017\n\nBy Jane Roe\n\n" + JUNK
    (dated / "story.txt").write_text(story)
    git("add", ".", cwd=corpus_repo)
    first = pre_commit(corpus_repo, "scrapelint-fix", "dated/story.txt")
    assert first.returncode == 1 and (dated / "story.txt").read_text() != story
    again = pre_commit(corpus_repo, "scrapelint-fix", "dated/story.txt")
    assert again.returncode == 0, again.stdout + again.stderr


def _imports_after(code: str) -> set[str]:
    modules = "' '.join(sorted(m.split('.')[0] for m in sys.modules))"
    probe = f"{code}\nimport sys\nprint({modules}, file=sys.stderr)"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(done.stderr.split())


def test_the_cli_imports_no_extractor_or_language_backend_until_needed(tmp_path: Path) -> None:
    heavy = {"trafilatura", "lxml", "langdetect", "langdetect_rs", "py3langid", "fasttext"}
    assert not _imports_after("import scrapelint.cli.commands") & heavy
    doc = tmp_path / "doc.txt"
    doc.write_text(JUNK)
    run_check = (
        "import sys\nfrom scrapelint.cli.commands import cli\n"
        f"try:\n    cli(['check', '--no-language', {str(doc)!r}])\nexcept SystemExit:\n    pass"
    )
    assert not _imports_after(run_check) & heavy
