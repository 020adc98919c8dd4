"""Search keys that let one query find a name in any script or transliteration.

"Великий камень", "Veliky Kamen" and "Velikiy Kamen'" must all meet: every name is stored in
its folded form and as a Latin *skeleton* that erases the differences between the common
Cyrillic romanisations; Chinese names also get their pinyin. A query is reduced the same way
and matched as a substring of the stored keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from unidecode import unidecode

_QUOTES_AND_PUNCT = re.compile(r"[\"'`«»“”„‘’‹›()\[\]{}.,;:!?/\\|_\-–—‐]+")
_SPACES = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Order matters: longer romanisation clusters first.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("kh", "h"),
    ("zh", "j"),
    ("ts", "c"),
    ("tz", "c"),
    ("yo", "e"),
    ("ye", "e"),
    ("je", "e"),
    ("yu", "u"),
    ("ju", "u"),
    ("iu", "u"),
    ("ya", "a"),
    ("ja", "a"),
    ("ia", "a"),
    ("iy", "i"),
    ("yi", "i"),
    ("ij", "i"),
    ("ii", "i"),
    ("y", "i"),
    ("w", "v"),
    ("x", "ks"),
    ("q", "k"),
    ("ck", "k"),
)
_DOUBLED = re.compile(r"([a-z])\1+")


def fold(text: str) -> str:
    """Case, quotes, punctuation and spacing folded away; the script is kept."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = _QUOTES_AND_PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def latin_skeleton(text: str) -> str:
    """A romanisation-insensitive Latin form of any name."""
    latin = fold(unidecode(fold(text)))
    for cluster, replacement in _SKELETON_RULES:
        latin = latin.replace(cluster, replacement)
    latin = _DOUBLED.sub(r"\1", latin)
    return _SPACES.sub(" ", latin).strip()


@lru_cache(maxsize=4096)
def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text))


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def name_keys(name: str) -> set[str]:
    keys = {fold(name), latin_skeleton(name)}
    if has_cjk(name):
        pinyin = _pinyin(name)
        keys.add(latin_skeleton(pinyin))
        keys.add(latin_skeleton(pinyin).replace(" ", ""))
    keys.discard("")
    return keys


def build_search_keys(names: Iterable[str | None]) -> str:
    """One text column holding every key of every name, one per line."""
    keys: set[str] = set()
    for name in names:
        if name and name.strip():
            keys |= name_keys(name)
    return "\n".join(sorted(keys))


def query_keys(query: str) -> list[str]:
    """The substrings a search for ``query`` looks for in the stored keys."""
    query = query.strip()
    if not query:
        return []
    keys = [fold(query)]
    skeleton = latin_skeleton(query)
    if skeleton and skeleton not in keys:
        keys.append(skeleton)
    return [k for k in keys if k]
