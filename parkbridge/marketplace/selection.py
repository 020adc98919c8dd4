"""Site selection over the registry: Django rows → `SiteFacts`, a per-process cached `SiteIndex`,
and the checks that tell a saved site-selection search about new matching sites.

The index is rebuilt when the registry changes: a cheap database fingerprint (counts and the
latest update) catches writes from other processes, a local counter bumped by signals catches
edits the fingerprint cannot see (sectors, incentive rows), and an age limit catches the rest.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Count, Max, Q

from parkbridge.siteselection import SiteFacts, SiteIndex
from parkbridge.siteselection.incentives import build_terms
from parkbridge.siteselection.phrases import Phrase, gettext_noop

if TYPE_CHECKING:
    from parkbridge.sites.applicability import Reason

MAX_INDEX_AGE_SECONDS = 300.0


def sites_from_database(sites: models.QuerySet | None = None) -> list[SiteFacts]:
    """Load sites (all by default) with the incentives that apply to each (its own rows and
    the regimes whose scope covers it, `parkbridge.sites.applicability`) as facts.

    One query for incentives and one per relation, whatever the registry's size; regimes are
    matched to a site through its (country, kind) and the few site-listing regimes.
    """
    from parkbridge.sites.applicability import Reason, why_applies
    from parkbridge.sites.models import Incentive, Site, regime_scope_of, site_ref

    queryset = Site.objects.all() if sites is None else sites
    incentives = Incentive.objects.all()
    if sites is not None:
        incentives = incentives.filter(Q(site__isnull=True) | Q(site__in=queryset.values("pk")))
    by_site: dict[int, list[dict]] = defaultdict(list)
    by_kind: dict[tuple[str, str], list[tuple[Any, dict]]] = defaultdict(list)
    listing: list[tuple[Any, dict]] = []
    for row in incentives.order_by("regime_code", "id").values(
        "site_id",
        "country",
        "applies_to_kind",
        "scope",
        "regions",
        "site_ids",
        "regime_code",
        "regime_name",
        "tax",
        "benefit",
        "rate_percent",
        "standard_rate_percent",
        "duration_years",
        "starts",
    ):
        record = {
            "tax": row["tax"],
            "benefit": row["benefit"],
            "rate_percent": row["rate_percent"],
            "standard_rate_percent": row["standard_rate_percent"],
            "duration_years": row["duration_years"],
            "starts": row["starts"],
            "regime": row["regime_code"],
            "regime_name": row["regime_name"],
        }
        if row["site_id"] is not None:
            by_site[row["site_id"]].append(record | {"why": why_phrase(Reason("own"))})
            continue
        scope = regime_scope_of(row)
        if scope.scope == "sites":
            listing.append((scope, record))
        else:
            by_kind[(scope.country, scope.applies_to_kind)].append((scope, record))
    facts: list[SiteFacts] = []
    for site in queryset.prefetch_related("sectors").order_by("id").iterator(chunk_size=2000):
        ref = site_ref(site)
        records = list(by_site.get(site.pk, []))
        for scope, record in [*by_kind.get((site.country, site.kind), []), *listing]:
            why = why_applies(scope, ref)
            if why is not None:
                records.append(record | {"why": why_phrase(why)})
        facts.append(
            SiteFacts(
                id=site.slug,
                name=site.name_en,
                kind=site.kind,
                country=site.country,
                region=site.region,
                city=site.city,
                lat=site.latitude,
                lon=site.longitude,
                status=site.status,
                free_area_ha=site.area_free_ha,
                total_area_ha=site.area_total_ha,
                premises_m2=site.premises_m2,
                power_mw=site.power_mw,
                gas_m3h=site.gas_m3h,
                water_m3day=site.water_m3day,
                rail_siding=site.rail_siding,
                km_to_highway=site.km_to_highway,
                km_to_airport=site.km_to_airport,
                km_to_seaport=site.km_to_seaport,
                km_to_border=site.km_to_border,
                sectors=tuple(s.code for s in site.sectors.all()),
                land_price_per_m2=site.land_price_usd_m2,
                rent_per_m2_month=site.rent_usd_m2_month,
                currency="USD",
                incentives=build_terms(records),
            )
        )
    return facts


@dataclass(slots=True)
class RegistryIndex:
    """The site index with what the API needs beside it."""

    index: SiteIndex
    pk_by_slug: dict[str, int]
    fingerprint: tuple[Any, ...] = ()
    built_at: float = field(default_factory=time.monotonic)


_lock = threading.Lock()
_cache: dict[bool, RegistryIndex] = {}
_local_version = 0


def bump_local_version(**_: Any) -> None:
    """Signal receiver: something the database fingerprint cannot see has changed."""
    global _local_version
    _local_version += 1


def _fingerprint(include_confidential: bool) -> tuple[Any, ...]:
    from parkbridge.sites.models import Incentive, Site

    sites = Site.objects.all() if include_confidential else Site.objects.filter(confidential=False)
    site_stats = sites.aggregate(n=Count("id"), last=Max("updated"))
    incentive_stats = Incentive.objects.aggregate(n=Count("id"), last=Max("id"))
    return (
        site_stats["n"],
        site_stats["last"],
        incentive_stats["n"],
        incentive_stats["last"],
        _local_version,
    )


def registry_index(include_confidential: bool = False) -> RegistryIndex:
    """The cached index of (public, or all) sites, rebuilt when the registry changed."""
    from parkbridge.sites.models import Site

    fingerprint = _fingerprint(include_confidential)
    with _lock:
        cached = _cache.get(include_confidential)
        fresh = cached is not None and cached.fingerprint == fingerprint
        if fresh and time.monotonic() - cached.built_at < MAX_INDEX_AGE_SECONDS:  # type: ignore[union-attr]
            return cached  # type: ignore[return-value]
        queryset = Site.objects.all()
        if not include_confidential:
            queryset = queryset.filter(confidential=False)
        facts = sites_from_database(queryset)
        built = RegistryIndex(
            index=SiteIndex.build(facts),
            pk_by_slug=dict(queryset.values_list("slug", "pk")),
            fingerprint=fingerprint,
        )
        _cache[include_confidential] = built
        return built


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def why_phrase(reason: Reason) -> Phrase:
    """Why a regime applies, as the English sentence of ``str(reason)`` that a page can also
    say in the reader's language."""
    kind = reason.site_kind.replace("_", " ")
    if reason.kind == "own":
        return Phrase(gettext_noop("recorded for this site"))
    if reason.kind == "listed":
        return Phrase(gettext_noop("the regime names this site"))
    if reason.kind == "region":
        return Phrase(
            gettext_noop("regional regime of %(region)s for %(kind)s sites"),
            region=reason.region,
            kind=kind,
        )
    return Phrase(
        gettext_noop("national regime for every %(kind)s site in %(country)s"),
        kind=kind,
        country=reason.country,
    )
