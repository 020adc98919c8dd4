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

# Romanisation variants folded to one spelling; alternatives are tried left to right, so the
# longer clusters come first.
_SKELETON_RULES: dict[str, str] = {
    "shch": "sh",
    "sch": "sh",
    "tch": "ch",
    "kh": "h",
    "zh": "j",
    "ts": "c",
    "tz": "c",
    "yo": "e",
    "ye": "e",
    "je": "e",
    "yu": "u",
    "ju": "u",
    "iu": "u",
    "ya": "a",
    "ja": "a",
    "ia": "a",
    "iy": "i",
    "yi": "i",
    "ij": "i",
    "ck": "k",
    "y": "i",
    "w": "v",
    "x": "ks",
    "q": "k",
}
_SKELETON = re.compile("|".join(_SKELETON_RULES))
_DOUBLED = re.compile(r"([a-z])\1+")


def fold(text: str) -> str:
    """Case, quotes, punctuation and spacing folded away; the script is kept."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = _QUOTES_AND_PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def latin_skeleton(text: str) -> str:
    """A romanisation-insensitive Latin form of any name."""
    return _skeleton_of_folded(fold(text))


def _skeleton_of_folded(folded: str) -> str:
    latin = folded if folded.isascii() else fold(unidecode(folded))
    latin = _SKELETON.sub(lambda match: _SKELETON_RULES[match.group()], latin)
    return _DOUBLED.sub(r"\1", latin)


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


@lru_cache(maxsize=65536)
def _syllable(char: str) -> str:
    readings = _pinyin_table().get(ord(char))
    if not readings:
        return char
    return unidecode(readings.split(",")[0])


def _pinyin(text: str) -> str:
    """Toneless pinyin, one syllable per character (the first reading of each)."""
    return " ".join(_syllable(c) if has_cjk(c) else c for c in text if not c.isspace())


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def name_keys(name: str) -> set[str]:
    folded = fold(name)
    keys = {folded, _skeleton_of_folded(folded)}
    if not folded.isascii() and has_cjk(folded):
        pinyin = latin_skeleton(_pinyin(folded))
        keys.add(pinyin)
        keys.add(pinyin.replace(" ", ""))
    keys.discard("")
    return keys


# A key is a name's form, not a document: capped so that every key fits a GIN index entry.
MAX_KEY_LENGTH = 500


def build_search_keys(names: Iterable[str | None]) -> str:
    """One text column holding every key of every name, one per line."""
    keys: set[str] = set()
    for name in names:
        if name and name.strip():
            keys |= {key[:MAX_KEY_LENGTH] for key in name_keys(name[: MAX_KEY_LENGTH * 2])}
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
