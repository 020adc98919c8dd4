"""The marketplace's matching index over the database: active profiles → a cached
`ProfileIndex`, top matches for a profile, and free-text search in any language.

The index is rebuilt when profiles change. A database fingerprint (count, highest id, latest
update) sees writes from every process; sector changes touch `updated` (see `signals.py`).
The analyser and taxonomy are built once per process and shared by every index, because
building them (jieba dictionary, taxonomy phrases) costs far more than indexing a few profiles.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from django.db.models import Count, Max, QuerySet

from parkbridge.marketplace.models import Profile
from parkbridge.marketplace_matching import Match, ProfileIndex
from parkbridge.marketplace_matching import Profile as CoreProfile
from parkbridge.marketplace_matching.models import KINDS
from parkbridge.marketplace_matching.taxonomy import Taxonomy, chinese_words
from parkbridge.marketplace_matching.text import Analyzer

MAX_RESULTS = 100


@lru_cache(maxsize=1)
def _shared_language_tools() -> tuple[Analyzer, Taxonomy]:
    analyzer = Analyzer(chinese_words())
    return analyzer, Taxonomy(analyzer)


class SharedProfileIndex(ProfileIndex):
    """A `ProfileIndex` that reuses the process's analyser and taxonomy."""

    def __init__(self) -> None:
        self.analyzer, self.taxonomy = _shared_language_tools()
        self.profiles = ()
        self.size = 0

    @cached_property
    def kind_of(self) -> dict[str, str]:
        return {p.id: p.kind for p in self.profiles}


def sector_code(code: str) -> str:
    # Registry sector slugs use hyphens, the taxonomy underscores.
    return code.replace("-", "_")


def to_core(profile: Profile, sector_codes: Iterable[str] | None = None) -> CoreProfile:
    """The matching core's view of a database profile (sectors prefetched or given)."""
    codes = sector_codes if sector_codes is not None else [s.code for s in profile.sectors.all()]
    return CoreProfile(
        id=str(profile.pk) if profile.pk is not None else "query",
        direction=profile.direction,
        kind=profile.kind,
        title=profile.title,
        description=profile.description,
        organisation=str(profile.organisation_id or ""),
        country=(profile.organisation.country if profile.organisation_id else "") or "",
        target_countries=tuple(profile.countries or ()),
        sectors=tuple(sector_code(c) for c in codes),
        hs_codes=tuple(profile.hs_codes or ()),
        quantity=profile.quantity,
        condition=profile.condition or None,
        deal=profile.deal or None,
        amount_usd=profile.amount_usd,
    )


def active_profiles() -> QuerySet[Profile]:
    return (
        Profile.objects.filter(active=True)
        .select_related("organisation")
        .prefetch_related("sectors")
        .order_by("id")
    )


@dataclass(slots=True)
class CachedIndex:
    index: SharedProfileIndex
    organisation_of: dict[str, int]
    fingerprint: tuple[Any, ...] = ()


_lock = threading.Lock()
_cached: CachedIndex | None = None


def _fingerprint() -> tuple[Any, ...]:
    stats = Profile.objects.filter(active=True).aggregate(
        n=Count("id"), top=Max("id"), last=Max("updated")
    )
    return stats["n"], stats["top"], stats["last"]


def profile_index() -> CachedIndex:
    """The index of active profiles; rebuilt only when the profile table changed."""
    global _cached
    fingerprint = _fingerprint()
    with _lock:
        if _cached is not None and _cached.fingerprint == fingerprint:
            return _cached
        profiles = list(active_profiles())
        core = [to_core(p) for p in profiles]
        _cached = CachedIndex(
            index=SharedProfileIndex.build(core),
            organisation_of={c.id: p.organisation_id for c, p in zip(core, profiles, strict=True)},
            fingerprint=fingerprint,
        )
        return _cached


def clear_cache() -> None:
    global _cached
    with _lock:
        _cached = None


@dataclass(slots=True)
class SearchQuery:
    """A free-text search over profiles; `direction` and `kind` are of the profiles wanted."""

    q: str = ""
    direction: str | None = None
    kind: str | None = None
    sectors: tuple[str, ...] = ()
    hs_codes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # where the profile's owner should be
    condition: str | None = None
    deal: str | None = None
    min_score: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def requests(self) -> list[CoreProfile]:
        """The core asks "who answers this request": to find offers of kind K we ask as a
        seeker of K, and the other way round. Without a direction or kind, ask for each."""
        directions = [self.direction] if self.direction else ["offer", "seek"]
        kinds = [self.kind] if self.kind else list(KINDS)
        return [
            CoreProfile(
                id="query",
                direction="seek" if wanted == "offer" else "offer",
                kind=kind,
                title=self.q,
                target_countries=self.countries,
                sectors=tuple(sector_code(s) for s in self.sectors),
                hs_codes=self.hs_codes,
                condition=self.condition,
                deal=self.deal,
            )
            for wanted in directions
            for kind in kinds
        ]


def search(index: SharedProfileIndex, query: SearchQuery, k: int = 20) -> list[Match]:
    """Best profiles for a search, merged over the directions and kinds it covers.

    A profile found by several requests keeps its best score: the request of its own kind
    (a full kind fit) always wins, so the reasons read "offer of equipment", not "partly".
    """
    best: dict[str, Match] = {}
    for request in query.requests():
        for match in index.top_matches(request, k=k):
            if query.kind and index.kind_of.get(match.profile_id) != query.kind:
                continue
            if match.score < query.min_score:
                continue
            if match.profile_id not in best or match.score > best[match.profile_id].score:
                best[match.profile_id] = match
    ranked = sorted(best.values(), key=lambda m: (-m.score, int(m.profile_id)))
    return ranked[:k]


def matches_for(profile: Profile, k: int = 10) -> list[Match]:
    """Profiles that answer `profile`, its own organisation's excluded."""
    cached = profile_index()
    wanted = min(k, MAX_RESULTS)
    request = to_core(profile)
    found = cached.index.top_matches(request, k=wanted + 20)
    own = profile.organisation_id
    return [
        m
        for m in found
        if m.profile_id != request.id and cached.organisation_of.get(m.profile_id) != own
    ][:wanted]


def single_profile_index(profile: Profile) -> SharedProfileIndex:
    """An index of one profile: to ask whether a saved search matches it, whatever else
    is in the marketplace."""
    return SharedProfileIndex.build([to_core(profile)])
