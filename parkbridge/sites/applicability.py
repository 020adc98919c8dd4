"""Where an incentive regime applies: the one rule, shared by site cards, site selection,
imports and the checks of the bundled data.

A regime row has a ``scope``:

- ``country``: every site of ``applies_to_kind`` in ``country`` (a national law);
- ``regions``: every site of ``applies_to_kind`` in ``country`` whose region is one of
  ``regions`` (spellings are compared with :func:`parkbridge.sites.regions.same_region`);
- ``sites``: only the sites listed in ``site_ids``, whatever their kind (an empty list applies to
  no site yet).

A row attached to one site (the model's ``site``) applies to that site only. Plain Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from parkbridge.sites.regions import same_region

SCOPES = ("country", "regions", "sites")


@dataclass(frozen=True, slots=True)
class RegimeScope:
    """What decides where one incentive row applies."""

    regime: str
    country: str
    applies_to_kind: str
    scope: str = "country"
    regions: tuple[str, ...] = ()
    site_ids: tuple[str, ...] = ()
    own_site: str = ""  # slug of the site a per-site row belongs to


@dataclass(frozen=True, slots=True)
class SiteRef:
    slug: str
    country: str
    kind: str
    region: str = ""


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a regime row applies to a site: ``own`` (recorded for the site), ``listed`` (the
    regime names the site), ``region`` (a regional regime of the site's region) or ``country``
    (a national regime for the site's kind)."""

    kind: str
    country: str = ""
    site_kind: str = ""
    region: str = ""

    def __str__(self) -> str:
        kind = self.site_kind.replace("_", " ")
        if self.kind == "own":
            return "recorded for this site"
        if self.kind == "listed":
            return "the regime names this site"
        if self.kind == "region":
            return f"regional regime of {self.region} for {kind} sites"
        return f"national regime for every {kind} site in {self.country}"


def why_applies(scope: RegimeScope, site: SiteRef) -> Reason | None:
    """Why the row applies to the site; None when it does not apply."""
    if scope.own_site:
        return Reason("own") if scope.own_site == site.slug else None
    if scope.scope == "sites":
        return Reason("listed") if site.slug in scope.site_ids else None
    if site.country != scope.country or site.kind != scope.applies_to_kind:
        return None
    if scope.scope == "regions":
        region = next((r for r in scope.regions if same_region(r, site.region)), None)
        if region is None:
            return None
        return Reason("region", scope.country, scope.applies_to_kind, region)
    return Reason("country", scope.country, scope.applies_to_kind)


def applies(scope: RegimeScope, site: SiteRef) -> bool:
    return why_applies(scope, site) is not None


def unmatched_regions(
    scopes: Iterable[RegimeScope], site_regions: dict[str, Sequence[str]]
) -> list[tuple[str, str, str]]:
    """(regime, country, region) for every region a regime names that no site's region matches:
    a misspelling to fix, or a region with no site in the registry yet."""
    missing: dict[tuple[str, str, str], None] = {}
    for scope in scopes:
        known = site_regions.get(scope.country, ())
        for region in scope.regions:
            if not any(same_region(region, k) for k in known):
                missing[(scope.regime, scope.country, region)] = None
    return list(missing)


def unknown_site_ids(scopes: Iterable[RegimeScope], slugs: set[str]) -> list[tuple[str, str]]:
    """(regime, site id) for every listed site that is not in the registry."""
    return list(
        dict.fromkeys(
            (scope.regime, slug) for scope in scopes for slug in scope.site_ids if slug not in slugs
        )
    )


def split_list(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """``"a;b"`` or ``["a", "b"]`` → ``("a", "b")``, blanks dropped."""
    if value is None:
        return ()
    items = value.split(";") if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(s.strip() for s in items if s and s.strip()))
