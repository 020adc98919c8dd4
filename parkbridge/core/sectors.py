"""The one sector vocabulary (``sectors.json``): investor-level sectors on ISIC Rev. 4 sections
and divisions, with OKVED 2 and GB/T 4754 correspondences and labels and synonyms in English,
Russian and Chinese.

"machinery", "mechanical engineering", "машиностроение" and "机械制造" all resolve to the code
``machinery``; a parent covers its children (``manufacturing`` covers ``machinery``). A word
that resolves to nothing is an error for the caller to report with :meth:`Vocabulary.suggest`.
Plain Python (no Django): the registry, filters, site selection and the marketplace share it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

VOCABULARY_FILE = Path(__file__).resolve().parent / "sectors.json"
GENERAL = "general"  # a site open to any activity
_SPACES = re.compile(r"[\s_\-–/]+")
_PUNCT = re.compile(r"[«»\"'“”.,;:()\[\]!?]")


class UnknownSector(ValueError):
    """A sector word that maps to no sector; the message names the closest ones."""

    def __init__(self, words: dict[str, list[str]]) -> None:
        self.words = words
        parts = [
            f"unknown sector {word!r}" + (f" (closest: {', '.join(closest)})" if closest else "")
            for word, closest in words.items()
        ]
        super().__init__("; ".join(parts))


@dataclass(frozen=True, slots=True)
class SectorEntry:
    code: str
    parent: str | None
    isic: tuple[str, ...]
    okved2: tuple[str, ...]
    gbt4754: tuple[str, ...]
    labels: dict[str, str]
    synonyms: dict[str, tuple[str, ...]]
    hs: tuple[str, ...]

    def label(self, language: str = "en") -> str:
        return self.labels.get(language[:2]) or self.labels["en"]


def normalise(word: str) -> str:
    text = _PUNCT.sub(" ", str(word).casefold().replace("ё", "е"))
    return _SPACES.sub(" ", text).strip()


def _variants(key: str) -> list[str]:
    """English plurals and the '&'/'and' spellings people use."""
    out = [key, key.replace(" & ", " and ").replace("&", " and ")]
    if key.endswith("ies"):
        out.append(key[:-3] + "y")
    if key.endswith("s") and not key.endswith("ss"):
        out.append(key[:-1])
    else:
        out.append(key + "s")
    return out


class Vocabulary:
    def __init__(self, entries: Iterable[SectorEntry]) -> None:
        self.entries: dict[str, SectorEntry] = {e.code: e for e in entries}
        self._by_key: dict[str, str] = {}
        for entry in self.entries.values():
            names = [entry.code, *entry.labels.values()]
            names += [t for terms in entry.synonyms.values() for t in terms]
            for name in names:
                self._by_key.setdefault(normalise(name), entry.code)
        self._children: dict[str, list[str]] = {}
        for entry in self.entries.values():
            if entry.parent:
                self._children.setdefault(entry.parent, []).append(entry.code)
        self._choices = list(self._by_key)

    def resolve(self, word: str) -> str | None:
        """The sector code a word (code, label or synonym, any of the three languages) names."""
        key = normalise(word)
        if not key:
            return None
        for variant in _variants(key):
            code = self._by_key.get(variant)
            if code is not None:
                return code
        return None

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """The closest known sectors, as "code (label)"."""
        key = normalise(word)
        found: list[str] = []
        # Very short names ("it", "ai") would be "close" to anything by partial matching.
        choices = [c for c in self._choices if len(c) >= 4 or len(key) < 4]
        for match, _score, _ in process.extract(
            key, choices, scorer=fuzz.token_sort_ratio, limit=limit * 6
        ):
            code = self._by_key[match]
            if code not in found:
                found.append(code)
            if len(found) == limit:
                break
        return [f"{code} ({self.entries[code].label()})" for code in found]

    def resolve_all(self, words: Iterable[str]) -> list[str]:
        """Codes of all the words, in order, each once; ``UnknownSector`` names every word that
        maps to nothing, with the closest sectors."""
        codes: list[str] = []
        unknown: dict[str, list[str]] = {}
        for word in words:
            if not str(word).strip():
                continue
            code = self.resolve(word)
            if code is None:
                unknown[str(word)] = self.suggest(word)
            elif code not in codes:
                codes.append(code)
        if unknown:
            raise UnknownSector(unknown)
        return codes

    def unmapped(self, words: Iterable[str]) -> dict[str, list[str]]:
        return {w: self.suggest(w) for w in dict.fromkeys(words) if self.resolve(w) is None}

    def ancestors(self, code: str) -> list[str]:
        """The code's parents, nearest first (not the code itself)."""
        out: list[str] = []
        entry = self.entries.get(code)
        while entry is not None and entry.parent and entry.parent not in out:
            out.append(entry.parent)
            entry = self.entries.get(entry.parent)
        return out

    def descendants(self, code: str) -> set[str]:
        """The code and everything below it."""
        out, stack = {code}, [code]
        while stack:
            for child in self._children.get(stack.pop(), []):
                if child not in out:
                    out.add(child)
                    stack.append(child)
        return out

    def fit(self, wanted: str, offered: str) -> float:
        """How well a site's sector fits a wanted one: 1 when it is the sector or a part of it
        (a parent matches its children), 0.7 when the site names a broader sector that contains
        it (a general manufacturing park for a machinery plant), else 0."""
        if offered in self.descendants(wanted):
            return 1.0
        if offered == GENERAL or offered in self.ancestors(wanted):
            return 0.7
        return 0.0

    def label(self, code: str, language: str = "en") -> str:
        entry = self.entries.get(code)
        return entry.label(language) if entry else code


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    raw = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    return Vocabulary(
        SectorEntry(
            code=item["code"],
            parent=item.get("parent"),
            isic=tuple(item.get("isic", ())),
            okved2=tuple(item.get("okved2", ())),
            gbt4754=tuple(item.get("gbt4754", ())),
            labels=dict(item["labels"]),
            synonyms={k: tuple(v) for k, v in item.get("synonyms", {}).items()},
            hs=tuple(item.get("hs", ())),
        )
        for item in raw["sectors"]
    )
