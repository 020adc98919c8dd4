"""Which investor-facing facts the registry knows about a site, and how complete the registry
is by country and kind, so operators know what to fill in."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy

from parkbridge.sites.applicability import SiteRef, why_applies
from parkbridge.sites.models import Incentive, Residency, Site, regime_scope_of

# Each investor-facing group and the facts that make it known (any of them).
GROUPS: dict[str, tuple[object, Q]] = {
    "free_land": (
        gettext_lazy("Free land or premises"),
        Q(area_free_ha__isnull=False) | Q(premises_free_m2__isnull=False),
    ),
    "utilities": (
        gettext_lazy("Utilities (power, gas, water)"),
        Q(power_mw__isnull=False) | Q(gas_m3h__isnull=False) | Q(water_m3day__isnull=False),
    ),
    "prices": (
        gettext_lazy("Land and rent prices"),
        Q(land_price_usd_m2__isnull=False) | Q(rent_usd_m2_month__isnull=False),
    ),
    "contacts": (
        gettext_lazy("Contacts"),
        ~Q(website="") | ~Q(email="") | ~Q(phone="") | ~Q(address=""),
    ),
    "residents": (
        gettext_lazy("Residents"),
        Q(residents_count__isnull=False) | Q(has_residency=True),
    ),
}
INCENTIVES_LABEL = gettext_lazy("Incentives")
ORDER = ("free_land", "utilities", "prices", "contacts", "incentives", "residents")


@dataclass(frozen=True)
class Known:
    key: str
    label: str
    known: bool


def _annotated(queryset: QuerySet[Site]) -> QuerySet[Site]:
    return queryset.annotate(has_residency=Exists(Residency.objects.filter(site=OuterRef("pk"))))


class IncentiveCoverage:
    """Whether any recorded regime applies to a site, decided per (country, kind, region) and
    for the sites regimes list by id: the same rule as the cards, without a query per site."""

    def __init__(self) -> None:
        rows = Incentive.objects.values(
            "site_id", "country", "applies_to_kind", "scope", "regions", "site_ids", "regime_code"
        )
        self.own_sites: set[int] = set()
        self.listed: set[str] = set()
        self.by_kind: dict[tuple[str, str], list] = defaultdict(list)
        for row in rows:
            if row["site_id"] is not None:
                self.own_sites.add(row["site_id"])
                continue
            scope = regime_scope_of(row)
            if scope.scope == "sites":
                self.listed.update(scope.site_ids)
            else:
                self.by_kind[(scope.country, scope.applies_to_kind)].append(scope)
        self._memo: dict[tuple[str, str, str], bool] = {}

    def covers(self, pk: int, slug: str, country: str, kind: str, region: str) -> bool:
        if pk in self.own_sites or slug in self.listed:
            return True
        key = (country, kind, region)
        if key not in self._memo:
            ref = SiteRef(slug, country, kind, region)
            self._memo[key] = any(
                why_applies(scope, ref) is not None
                for scope in self.by_kind.get((country, kind), [])
            )
        return self._memo[key]


def site_completeness(site: Site) -> list[Known]:
    known = _annotated(Site.objects.filter(pk=site.pk)).aggregate(
        **{key: Count("pk", filter=condition) for key, (_, condition) in GROUPS.items()}
    )
    coverage = IncentiveCoverage()
    values = {key: bool(known[key]) for key in GROUPS}
    values["incentives"] = coverage.covers(site.pk, site.slug, site.country, site.kind, site.region)
    labels = {key: str(label) for key, (label, _) in GROUPS.items()} | {
        "incentives": str(INCENTIVES_LABEL)
    }
    return [Known(key, labels[key], values[key]) for key in ORDER]


@dataclass
class CompletenessRow:
    country: str
    kind: str
    sites: int
    known: dict[str, int]

    def share(self, key: str) -> float:
        return self.known[key] / self.sites if self.sites else 0.0


def completeness_by_country_and_kind(queryset: QuerySet[Site]) -> list[CompletenessRow]:
    """Per (country, kind): how many sites, and how many know each group of facts."""
    grouped = (
        _annotated(queryset)
        .values("country", "kind")
        .annotate(
            sites=Count("pk"),
            **{key: Count("pk", filter=condition) for key, (_, condition) in GROUPS.items()},
        )
        .order_by("country", "kind")
    )
    rows = {
        (g["country"], g["kind"]): CompletenessRow(
            g["country"], g["kind"], g["sites"], {k: g[k] for k in GROUPS} | {"incentives": 0}
        )
        for g in grouped
    }
    coverage = IncentiveCoverage()
    for pk, slug, country, kind, region in queryset.values_list(
        "pk", "slug", "country", "kind", "region"
    ).iterator(chunk_size=5000):
        if coverage.covers(pk, slug, country, kind, region):
            rows[(country, kind)].known["incentives"] += 1
    return list(rows.values())


def labels() -> dict[str, str]:
    return {key: str(label) for key, (label, _) in GROUPS.items()} | {
        "incentives": str(INCENTIVES_LABEL)
    }
