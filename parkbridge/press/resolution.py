"""Entity resolution: does a name read in an article denote a record already in the registry?

Plain Python (no Django): the caller hands in the mention and a short list of candidate records
(fetched from the database by search keys, see :mod:`parkbridge.press.candidates`), and gets
back every candidate scored 0..1, best first.

Names are compared in a script-neutral form, so "Великий камень", "Veliky Kamen" and a record
whose alias is "Great Stone" and whose Russian name is «Великий камень» meet:

* every name is reduced with :func:`parkbridge.core.search.latin_skeleton` (transliteration- and
  romanisation-insensitive), Chinese names are also compared character by character;
* words that say *what* a thing is rather than *which* one ("industrial park", "технопарк",
  "ООО", "工业园") are dropped first: otherwise every "X Industrial Park" would look like every
  other one under a token-set ratio;
* Russian inflection ("камня" / "камень") is absorbed by also comparing word stems (prefixes);
* agreement of country and kind raises the score, a conflict lowers it; for events, a different
  year means a different edition and lowers it sharply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from parkbridge.core.search import fold, has_cjk, latin_skeleton

# A proposal links to the best candidate at or above this; below it a new record is proposed
# (and the best candidate is still shown to the reviewer).
LINK_THRESHOLD = 0.8

# Words that name a category of thing, in English, Russian and transliteration. Stored as
# skeleton tokens so a Cyrillic word and its romanisation are the same entry.
_GENERIC_TEXT = """
technopark technoparks technology technologies tech park parks industrial industry science
scientific special economic free zone zones sez fez tad port cluster clusters high new hi
innovation innovative development developing advanced territory priority area
estate the of and for in at on a an de la
company companies co ltd llc jsc pjsc ojsc cjsc inc corp corporation group holding limited
plc gmbh ag sa bv
технопарк технопарка технопарков технопарки технологический технологического научный
индустриальный индустриального индустриальном промышленный промышленного промышленная парк
парка парке парков особая особой экономическая экономической зона зоны зоне свободная
свободной кластер кластера территория территории опережающего развития тор оэз сэз порт
ооо оао пао зао ао гк группа компаний компания корпорация холдинг и в на по для
"""
_GENERIC_WORDS = _GENERIC_TEXT.split()

# Chinese words for the same; removed as substrings before comparing Chinese names.
_GENERIC_CJK = (
    "国家级", "经济技术开发区", "高新技术产业开发区", "高新区", "开发区", "经济特区", "特区",
    "自由贸易区", "自贸区", "工业园区", "工业园", "产业园", "科技园", "科学园", "园区", "集群",
    "有限公司", "股份", "集团", "公司",
)  # fmt: skip

_STEM = 5  # a word's first letters; enough to absorb Russian case endings
_SHORT = 2  # words this short carry no identity in a Latin skeleton ("of", stray "ni")


_SOFT_SIGNS = re.compile(r"[ьЬъЪ]|(?<=\w)['’ʹ](?=\w)")


def _skeleton_tokens(text: str) -> list[str]:
    # Soft signs and in-word apostrophes would split "Большой" into "bol shoi".
    return latin_skeleton(_SOFT_SIGNS.sub("", text)).split()


GENERIC_TOKENS: frozenset[str] = frozenset(
    tok for word in _GENERIC_WORDS for tok in _skeleton_tokens(word)
)
GENERIC_STEMS: frozenset[str] = frozenset(tok[:_STEM] for tok in GENERIC_TOKENS if len(tok) > 3)


@dataclass(frozen=True)
class Mention:
    """A name as read in an article, with what the article says about it."""

    name: str
    country: str | None = None
    kind: str | None = None
    year: int | None = None  # events: the year of this edition


@dataclass(frozen=True)
class Candidate:
    """A registry record that might be the mention: its id and all of its names."""

    id: int
    label: str
    names: tuple[str, ...]
    country: str | None = None
    kind: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    confidence: float
    name_score: float
    matched_name: str
    reasons: tuple[str, ...] = field(default=())


def distinctive_tokens(name: str) -> list[str]:
    """The words of ``name`` (as skeleton tokens) that say which thing it is."""
    out = []
    for tok in _skeleton_tokens(name):
        if len(tok) <= _SHORT or tok in GENERIC_TOKENS or tok[:_STEM] in GENERIC_STEMS:
            continue
        out.append(tok)
    return out


def distinctive_cjk(name: str) -> str:
    """The Chinese characters of ``name`` without generic words (工业园, 有限公司…)."""
    text = "".join(ch for ch in fold(name) if has_cjk(ch))
    for word in _GENERIC_CJK:
        text = text.replace(word, "")
    return text


def search_fragments(name: str, limit: int = 3) -> list[str]:
    """Short substrings to look up in stored search keys: the stems of the longest distinctive
    words, or the distinctive Chinese characters. Stems, so that inflected forms still hit."""
    cjk = distinctive_cjk(name)
    if cjk:
        # Stored keys hold the folded Chinese name itself; its pinyin words are too common.
        return [cjk[:4]]
    fragments: list[str] = []
    tokens = sorted(set(distinctive_tokens(name)), key=len, reverse=True)
    for tok in tokens[:limit]:
        fragments.append(tok[:_STEM] if len(tok) > _STEM else tok)
    return [f for f in fragments if len(f) >= 2 or has_cjk(f)]


def _token_match(tok: str, others: Sequence[str]) -> float:
    """How well one word is matched by the best of ``others``: word ratio, or stem equality
    (Russian case endings), 0 when nothing is close."""
    best = 0.0
    for other in others:
        if tok == other:
            return 1.0
        r = fuzz.ratio(tok, other) / 100
        if len(tok) > 3 and len(other) > 3 and tok[:_STEM] == other[:_STEM]:
            r = max(r, 0.9)
        best = max(best, r)
    return best if best >= 0.7 else 0.0


def _coverage(tokens: Sequence[str], others: Sequence[str]) -> float:
    return sum(_token_match(t, others) for t in tokens) / len(tokens)


def name_similarity(a: str, b: str) -> float:
    """How well name ``b`` (a record's) accounts for name ``a`` (a mention), 0..1, across
    scripts and transliterations.

    Asymmetric on purpose: an article often says less than the registry's full name ("Great
    Stone" for "China-Belarus Industrial Park Great Stone"), so every word of the mention must be
    found in the name (weight 0.8) while the name's unmatched words cost less (0.2). A shared
    word alone ("Kamen" in "Bolshoy Kamen" vs "Veliky Kamen") is therefore not a match.
    """
    if not a.strip() or not b.strip():
        return 0.0
    if fold(a) == fold(b) or latin_skeleton(a) == latin_skeleton(b):
        return 1.0
    best = 0.0
    cjk_a, cjk_b = distinctive_cjk(a), distinctive_cjk(b)
    if cjk_a and cjk_b:
        best = max(best, fuzz.ratio(cjk_a, cjk_b) / 100)
    ta, tb = distinctive_tokens(a), distinctive_tokens(b)
    if ta and tb:
        specific = 0.8 * _coverage(ta, tb) + 0.2 * _coverage(tb, ta)
        # The generic words still count: "Minsk Technopark" is not "Minsk FEZ". They count more
        # when a single word (often a city) is all that is specific.
        fa, fb = _skeleton_tokens(a), _skeleton_tokens(b)
        overall = 0.5 * _coverage(fa, fb) + 0.5 * _coverage(fb, fa)
        weight = 0.85 if len(ta) >= 2 else 0.7
        best = max(best, weight * specific + (1 - weight) * overall)
    return round(min(best, 1.0), 4)


def score(mention: Mention, candidate: Candidate) -> Scored:
    """The candidate's confidence of being the mention: name similarity adjusted by what else
    the article and the record say (country, kind, year)."""
    name_score, matched = 0.0, ""
    for name in candidate.names:
        if not name:
            continue
        s = name_similarity(mention.name, name)
        if s > name_score:
            name_score, matched = s, name
    confidence = name_score
    reasons: list[str] = [f"name {name_score:.2f} ({matched})" if matched else "no similar name"]
    if name_score > 0:
        if mention.country and candidate.country:
            if mention.country.upper() == candidate.country.upper():
                confidence += 0.1
                reasons.append("same country")
            else:
                confidence -= 0.25
                reasons.append("different country")
        if mention.kind and candidate.kind and mention.kind != "other":
            if mention.kind == candidate.kind:
                confidence += 0.05
                reasons.append("same kind")
            else:
                # Extracted kinds are noisy (a park called a zone), so a moderate penalty.
                confidence -= 0.1
                reasons.append("different kind")
        if mention.year and candidate.year:
            if mention.year == candidate.year:
                confidence += 0.05
                reasons.append("same year")
            else:
                confidence -= 0.3
                reasons.append("different year (another edition)")
    confidence = round(max(0.0, min(1.0, confidence)), 4)
    return Scored(candidate, confidence, name_score, matched, tuple(reasons))


def rank(mention: Mention, candidates: Sequence[Candidate], keep: int = 5) -> list[Scored]:
    """Candidates with any name similarity, best first (ties: lower id first)."""
    scored = [score(mention, c) for c in candidates]
    scored = [s for s in scored if s.name_score > 0.5]
    scored.sort(key=lambda s: (-s.confidence, -s.name_score, s.candidate.id))
    return scored[:keep]


def best_match(mention: Mention, candidates: Sequence[Candidate]) -> Scored | None:
    ranked = rank(mention, candidates, keep=1)
    return ranked[0] if ranked else None


_YEAR_RE = re.compile(r"(\d{4})")


def year_of(value: str | None) -> int | None:
    """The year of an ISO date or year string, if any."""
    match = _YEAR_RE.match(value or "")
    return int(match.group(1)) if match else None
