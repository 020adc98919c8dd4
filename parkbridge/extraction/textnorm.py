"""Text normalisation shared by gazetteer look-ups, de-duplication and scoring."""

from __future__ import annotations

import functools
import re
import unicodedata

_QUOTES = set("\"'`´«»‹›“”„‟‘’‚‛′″「」『』〝〞〟＂＇ʹʺʻʼʽ")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’‘ʼʹ`´′](?=\w)")
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


def norm(text: str | None) -> str:
    """Case-folded text with punctuation and quotes as spaces and inner apostrophes dropped."""
    if not text:
        return ""
    if len(text) > 200:
        return _norm(text)
    return _norm_short(text)


@functools.lru_cache(maxsize=65536)
def _norm_short(text: str) -> str:
    # Names are normalised again and again when mentions are compared pairwise.
    return _norm(text)


def _norm(text: str) -> str:
    s = unicodedata.normalize("NFKC", text)
    s = _INNER_APOSTROPHE.sub("", s)
    s = "".join(
        " " if ch in _QUOTES or unicodedata.category(ch).startswith("P") else ch for ch in s
    )
    return " ".join(s.casefold().split())


def norm_tokens(text: str) -> tuple[str, ...]:
    return tuple(norm(text).split())


def initials(name: str, least: int = 2) -> str:
    """'Bangladesh Export Processing Zones Authority' -> 'bepza': the first letters of the
    capitalised words, when there are at least ``least`` of them (else "")."""
    caps = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in caps).casefold() if len(caps) >= least else ""


def strip_possessive(word: str) -> str:
    """'Russia’s' -> 'Russia' (English possessive on a proper name)."""
    return re.sub(r"['’]s$", "", word)


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)
