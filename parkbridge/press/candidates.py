"""Fetch the registry records a mention might be, and rank them with :mod:`.resolution`.

The database narrows (substring look-up of name stems in the stored multilingual search keys),
Python decides (the scoring in :mod:`.resolution`), so a registry of 100,000 sites is never
scored row by row.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Model, Q, QuerySet
from unidecode import unidecode

from parkbridge.events.models import Event
from parkbridge.organisations.models import Organisation, Person
from parkbridge.press.resolution import (
    LINK_THRESHOLD,
    Candidate,
    Mention,
    Scored,
    distinctive_tokens,
    rank,
    search_fragments,
    year_of,
)
from parkbridge.sites.models import Site

MAX_CANDIDATES = 300
PERSON_SCAN_LIMIT = 20_000

CATEGORY_MODELS: dict[str, type[Model]] = {
    "site": Site,
    "organisation": Organisation,
    "event": Event,
    "person": Person,
}


@dataclass(frozen=True)
class Resolution:
    """Best registry match for a mention (None: propose a new record) and the runners-up."""

    match: Scored | None
    ranked: list[Scored]

    @property
    def links(self) -> bool:
        return self.match is not None and self.match.confidence >= LINK_THRESHOLD


def _named_candidates(qs: QuerySet, name: str) -> list[Candidate]:
    fragments = search_fragments(name)
    if not fragments:
        return []
    condition = Q()
    for fragment in fragments:
        condition |= Q(search_keys__contains=fragment)
    out = []
    for record in qs.filter(condition)[:MAX_CANDIDATES]:
        start = getattr(record, "start", None)
        out.append(
            Candidate(
                id=record.pk,
                label=str(record),
                names=tuple(n for n in record.all_names() if n),
                country=getattr(record, "country", "") or None,
                kind=getattr(record, "kind", "") or None,
                year=start.year if start else None,
            )
        )
    return out


def _person_candidates(name: str) -> list[Candidate]:
    """People have no search keys and their names come in any script, so a small table is
    scored whole; a large one is narrowed to names sharing a word's tail (Latin or as written),
    which survives transliteration best ("Ярошенко" -> "aroshenko" finds "Yaroshenko")."""
    qs = Person.objects.all()
    if qs.count() > PERSON_SCAN_LIMIT:
        condition = Q()
        for token in distinctive_tokens(name):
            if len(token) >= 4:
                tail = token[-4:]
                condition |= Q(name__icontains=tail) | Q(name_latin__icontains=tail)
        for word in name.split():
            if len(word) >= 4:
                condition |= Q(name__icontains=word) | Q(name_latin__icontains=unidecode(word))
        if not condition:
            return []
        qs = qs.filter(condition)[:MAX_CANDIDATES]
    return [
        Candidate(
            id=p.pk,
            label=p.name,
            names=tuple(n for n in (p.name, p.name_latin) if n),
            country=p.country or None,
        )
        for p in qs
    ]


def resolve(category: str, fact: dict) -> Resolution:
    """Rank the registry's records of ``category`` against the extracted ``fact``."""
    name = (fact.get("name") or "").strip()
    if not name or category not in CATEGORY_MODELS:
        return Resolution(None, [])
    mention = Mention(
        name=name,
        country=fact.get("country") or None,
        kind=fact.get("kind") or None,
        year=year_of(fact.get("start")),
    )
    if category == "person":
        candidates = _person_candidates(name)
    else:
        model = CATEGORY_MODELS[category]
        candidates = _named_candidates(model._default_manager.all(), name)
    ranked = rank(mention, candidates)
    return Resolution(ranked[0] if ranked else None, ranked)
