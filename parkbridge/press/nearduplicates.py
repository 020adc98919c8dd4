"""Near-duplicate articles: the same agency text reprinted by several outlets, lightly edited.

Each article gets a MinHash signature (datasketch) over its word 3-shingles (character 3-grams
for Chinese, which has no spaces between words). The signature is cut into bands; two articles
that share any band are candidates, and a candidate whose estimated Jaccard similarity passes
:data:`THRESHOLD` is the same story. The bands are stored as integers in the database, so the
lookup works across processes and restarts (see :mod:`parkbridge.press.articles`). No Django.
"""

from __future__ import annotations

import base64
import hashlib
import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS  # 4 rows a band: pairs from about 0.4 similarity become candidates
THRESHOLD = 0.5  # estimated Jaccard of shingles above which two texts are one story
SHINGLE_WORDS = 3
SEED = 20261207  # fixed, like the scheme: signatures stored yesterday compare with today's
SCHEME = "affine32"

_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def shingles(text: str) -> set[str]:
    """Word 3-grams of the folded text; character 3-grams of its CJK runs."""
    lowered = text.casefold()
    words = [w for w in _WORD.findall(lowered) if not _CJK.search(w)]
    out = {
        " ".join(words[i : i + SHINGLE_WORDS])
        for i in range(max(len(words) - SHINGLE_WORDS + 1, 1))
        if words
    }
    cjk = "".join(_CJK.findall(lowered))
    out.update(cjk[i : i + 3] for i in range(max(len(cjk) - 2, 0)))
    return out


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
    return minhash


def to_text(minhash: MinHash) -> str:
    return base64.b64encode(np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()).decode()


def from_text(data: str) -> MinHash:
    values = np.frombuffer(base64.b64decode(data), dtype=np.uint64).copy()
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME)


def band_keys(minhash: MinHash) -> list[int]:
    """One signed 64-bit integer per band (band number mixed in), for an indexed IN lookup."""
    values = np.asarray(minhash.hashvalues, dtype=np.uint64)
    keys: list[int] = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "big") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def similarity(a: MinHash, b: MinHash) -> float:
    return float(a.jaccard(b))
