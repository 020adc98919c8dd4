"""The cross-language bridge: sector and HS codes with labels and search terms in en/ru/zh.

A text is mapped to the codes whose every term token occurs in it, so "подметально-уборочная
машина", "道路清扫车" and "road sweeper" all land on HS 870590 (and so on 8705 and 87).
Codes are strings: "hs:870590", "sec:automotive".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parkbridge.core.sectors import GENERAL, vocabulary
from parkbridge.marketplace_matching.text import Analyzer

LEVEL_NAMES = {2: "chapter", 4: "heading", 6: "subheading"}


@dataclass(frozen=True, slots=True)
class Entry:
    code: str  # "hs:8705" or "sec:automotive"
    labels: dict[str, str]
    terms: dict[str, list[str]] | dict[str, tuple[str, ...]]
    related_hs: tuple[str, ...] = ()


def hs_with_parents(digits: str) -> list[str]:
    """ "870590" → ["hs:87", "hs:8705", "hs:870590"]."""
    return [f"hs:{digits[:n]}" for n in (2, 4, 6) if len(digits) >= n]


@lru_cache(maxsize=1)
def load_entries() -> tuple[Entry, ...]:
    raw = json.loads(
        resources.files("parkbridge.marketplace_matching")
        .joinpath("taxonomy.json")
        .read_text(encoding="utf-8")
    )
    entries = [Entry(f"hs:{e['code']}", e["labels"], e["terms"]) for e in raw["hs"]]
    # Sectors are the registry's one vocabulary (parkbridge/core/sectors.json), so a profile's
    # sector and a site's sector are the same code. Words too broad to tag a free text with
    # a sector ("industry", "services") only count as sector names, not as search terms.
    vocab = vocabulary()
    entries += [
        Entry(
            f"sec:{e.code}",
            dict(e.labels),
            {
                language: [t for t in terms if not _too_broad(t)]
                for language, terms in e.synonyms.items()
            },
            e.hs,
        )
        for e in vocab.entries.values()
        if e.code != GENERAL
    ]
    return tuple(entries)


# Single words that name a sector in a list of sectors but, in a profile's free text, say
# nothing about its sector.
_BROAD = frozenset(
    [
        "industry",
        "production",
        "manufacturing",
        "services",
        "business",
        "general",
        "sme",
        "oil",
        "gas",
        "power",
        "energy",
        "design",
        "research",
        "science",
        "trade",
        "port",
        "ports",
        "health",
        "medical",
        "medicine",
        "transit",
        "storage",
        "engineering",
        "digital",
        "innovation",
        "innovations",
        "culture",
        "media",
        "film",
        "testing",
        "training",
        "transport",
        "transportation",
        "utilities",
        "commerce",
        "retail",
        "wholesale",
        "cargo",
    ]
)


def _too_broad(term: str) -> bool:
    return term.casefold() in _BROAD


def chinese_words() -> list[str]:
    """Chinese terms and labels, to keep them whole when jieba segments a text."""
    words = []
    for entry in load_entries():
        words += [t for t in entry.terms.get("zh", []) if len(t) > 1]
    return words


class Taxonomy:
    """Maps analysed tokens to taxonomy codes; explains codes with labels."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.entries = {e.code: e for e in load_entries()}
        # Index every term by its first token; a term matches when all its tokens are present.
        self._by_first: dict[str, list[tuple[frozenset[str], str]]] = {}
        for entry in self.entries.values():
            phrases = [t for terms in entry.terms.values() for t in terms]
            phrases += list(entry.labels.values()) if entry.code.startswith("sec:") else []
            for phrase in phrases:
                tokens = analyzer.tokens(phrase)
                if not tokens:
                    continue
                self._by_first.setdefault(tokens[0], []).append((frozenset(tokens), entry.code))

    def codes_in(self, tokens: set[str] | frozenset[str]) -> set[str]:
        """Taxonomy codes whose terms occur in a token set, HS codes with their parents."""
        found: set[str] = set()
        for token in tokens:
            for needed, code in self._by_first.get(token, ()):
                if needed <= tokens:
                    found.add(code)
        return expand(found)

    def label(self, code: str, language: str = "en") -> str:
        entry = self.entries.get(code)
        if entry is None:
            return code.split(":", 1)[1]
        text = entry.labels.get(language) or entry.labels["en"]
        if code.startswith("hs:"):
            digits = code[3:]
            return f"HS {LEVEL_NAMES.get(len(digits), 'code')} {digits} ({text})"
        return f"sector {text}"


def expand(codes: set[str] | list[str] | tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for code in codes:
        if code.startswith("hs:"):
            out.update(hs_with_parents(code[3:]))
        else:
            out.add(code)
    return out
