"""What makes two documents copies: the digest of their normal form, and a MinHash signature.

An exact copy has the same words in the same order, whatever the case, spacing and punctuation
(`normalize`). A near copy shares most of its five-word shingles: MinHash (rensa, measured 20x
faster than datasketch's here, see the README) estimates the Jaccard similarity of two shingle
sets from `NUM_PERM` minimum hashes, and locality-sensitive hashing cuts the signature into bands
so that only documents sharing a band are compared. The bands are chosen for the threshold, as
datasketch's `MinHashLSH` does: the split whose false positives and false negatives, weighted
equally, cover the least area around the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from hashlib import blake2b

from rensa import RMinHash

from scrapelint.text.normalize import normalize

NUM_PERM = 128
SHINGLE = 5
SEED = 1  # fixed: signatures written by one run are compared with those of the next
_STEPS = 200  # of the numeric integration that picks the bands


def text_digest(texts: Sequence[str]) -> bytes:
    """The digest of a document's words: equal for texts that differ only in case, spacing,
    punctuation or blank lines."""
    words = " ".join(form for form in map(normalize, texts) if form)
    return blake2b(words.encode("utf-8"), digest_size=16).digest()


def shingles(texts: Sequence[str]) -> list[str]:
    words = " ".join(map(normalize, texts)).split()
    if len(words) <= SHINGLE:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def signature(texts: Sequence[str]) -> list[int] | None:
    """The MinHash signature of a document, or None when it has no words."""
    grams = shingles(texts)
    if not grams:
        return None
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(grams)
    return list(minhash.digest())


def similarity(one: Sequence[int], other: Sequence[int]) -> float:
    """The share of equal minimum hashes: the estimate of the two documents' Jaccard similarity."""
    return sum(a == b for a, b in zip(one, other, strict=True)) / len(one)


def band_keys(sig: Sequence[int], bands: int, rows: int) -> list[int]:
    """One key per band of `rows` minimum hashes (signed 64 bits, as SQLite stores integers)."""
    keys = []
    for band in range(bands):
        chunk = ",".join(map(str, sig[band * rows : (band + 1) * rows])).encode("ascii")
        value = int.from_bytes(blake2b(chunk, digest_size=8).digest(), "big", signed=True)
        keys.append(value)
    return keys


@lru_cache(maxsize=8)
def bands_for(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """The (bands, rows) whose candidate curve best separates pairs above `threshold` from those
    below it, as datasketch chooses them (false positives and negatives weighted equally)."""
    best, best_error = (1, num_perm), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            error = _area(threshold, bands, rows, below=True) + _area(
                threshold, bands, rows, below=False
            )
            if error < best_error:
                best, best_error = (bands, rows), error
    return best


def _area(threshold: float, bands: int, rows: int, *, below: bool) -> float:
    """The probability mass of false positives (`below`) or false negatives, by midpoint sums."""
    low, high = (0.0, threshold) if below else (threshold, 1.0)
    width = (high - low) / _STEPS
    total = 0.0
    for step in range(_STEPS):
        s = low + (step + 0.5) * width
        candidate = 1 - (1 - s**rows) ** bands
        total += (candidate if below else 1 - candidate) * width
    return total
