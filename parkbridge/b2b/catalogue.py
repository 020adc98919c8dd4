"""The participants' catalogue: filters, and "recommended for you" from the marketplace's
matching core (what one side seeks against what the others offer, and back), with its reasons."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from parkbridge.b2b.models import B2BParticipant, B2BProgramme
from parkbridge.core.access import visible
from parkbridge.organisations.models import Organisation


@dataclass
class CatalogueFilter:
    q: str = ""
    country: str = ""
    sector: str = ""
    role: str = ""
    offer: str = ""
    seek: str = ""
    language: str = ""


def listed(programme: B2BProgramme, user) -> QuerySet[B2BParticipant]:
    """Approved participants, none of a confidential organisation the user may not see."""
    orgs = visible(Organisation.objects.all(), user).values("pk")
    return (
        programme.participants.filter(approved=True)
        .filter(Q(organisation__isnull=True) | Q(organisation__in=orgs))
        .select_related("organisation")
        .prefetch_related("sectors")
    )


def search(programme: B2BProgramme, user, wanted: CatalogueFilter) -> QuerySet[B2BParticipant]:
    qs = listed(programme, user)
    if wanted.q:
        qs = qs.filter(
            Q(display_name__icontains=wanted.q)
            | Q(organisation__name_en__icontains=wanted.q)
            | Q(offer__icontains=wanted.q)
            | Q(seek__icontains=wanted.q)
        )
    if wanted.country:
        qs = qs.filter(country=wanted.country.upper())
    if wanted.sector:
        qs = qs.filter(sectors__code=wanted.sector)
    if wanted.role:
        qs = qs.filter(role=wanted.role)
    if wanted.offer:
        qs = qs.filter(offer__icontains=wanted.offer)
    if wanted.seek:
        qs = qs.filter(seek__icontains=wanted.seek)
    if wanted.language:
        # JSON lists: "contains" works on PostgreSQL but not SQLite, so filter in Python below
        # for the (short) page; the language list is small and validated.
        ids = [p.pk for p in qs if wanted.language in (p.languages or [])]
        qs = qs.filter(pk__in=ids)
    return qs.distinct().order_by("display_name", "pk")


@dataclass
class Recommendation:
    participant: B2BParticipant
    score: float
    reasons: list[str] = field(default_factory=list)


def _core_profiles(person: B2BParticipant) -> list:
    from parkbridge.marketplace.matching import sector_code
    from parkbridge.marketplace_matching import Profile

    sectors = tuple(sector_code(s.code) for s in person.sectors.all())
    profiles = []
    for direction, text in (("offer", person.offer), ("seek", person.seek)):
        if text.strip():
            profiles.append(
                Profile(
                    id=f"{direction}:{person.pk}",
                    direction=direction,
                    kind="business",
                    title=text[:5000],
                    country=person.country or "",
                    sectors=sectors,
                )
            )
    return profiles


def recommended(me: B2BParticipant, user, k: int = 5) -> list[Recommendation]:
    """Participants whose offer answers what ``me`` seeks, or who seek what ``me`` offers."""
    from parkbridge.marketplace.matching import SharedProfileIndex

    others = [p for p in listed(me.programme, user) if p.pk != me.pk]
    if not others:
        return []
    documents = [profile for p in others for profile in _core_profiles(p)]
    mine = _core_profiles(me)
    if not documents or not mine:
        return []
    index = SharedProfileIndex.build(documents)
    by_pk = {p.pk: p for p in others}
    best: dict[int, Recommendation] = {}
    for request in mine:
        for match in index.top_matches(request, k=k * 2):
            pk = int(match.profile_id.split(":", 1)[1])
            found = best.get(pk)
            if found is None or match.score > found.score:
                best[pk] = Recommendation(by_pk[pk], match.score, list(match.reasons))
    ranked = sorted(best.values(), key=lambda r: (-r.score, r.participant.pk))
    return [r for r in ranked if r.score > 0][:k]
