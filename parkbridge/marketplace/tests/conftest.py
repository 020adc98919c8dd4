"""Fixtures of the marketplace tests: members who speak for organisations, profiles, and
clean per-process index caches (each test builds its own registry)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from parkbridge.conftest import ApiClient


@pytest.fixture(autouse=True)
def _fresh_indexes():
    from parkbridge.marketplace import matching, selection

    matching.clear_cache()
    selection.clear_cache()
    yield
    matching.clear_cache()
    selection.clear_cache()


@dataclass
class Member:
    user: object
    organisation: object
    api: ApiClient


@pytest.fixture
def make_member(make_user, make_organisation, make_token) -> Callable[..., Member]:
    """A user who speaks for an organisation (a new one unless given), with an API client."""
    from parkbridge.marketplace.models import OrganisationMember

    def make(organisation=None, **organisation_fields) -> Member:
        user = make_user()
        organisation = organisation or make_organisation(**organisation_fields)
        OrganisationMember.objects.create(user=user, organisation=organisation)
        return Member(user, organisation, ApiClient(make_token(user=user)))

    return make


@pytest.fixture
def make_profile(db) -> Callable:
    from parkbridge.marketplace.models import Profile

    def make(organisation, **fields) -> Profile:
        sectors = fields.pop("sectors", [])
        values = {"direction": "offer", "kind": "business", "title": "A profile"} | fields
        profile = Profile.objects.create(organisation=organisation, **values)
        if sectors:
            from parkbridge.core.imports import ensure_sectors

            profile.sectors.set(ensure_sectors(set(sectors)).values())
        return profile

    return make


@pytest.fixture
def stranger(make_token) -> ApiClient:
    """Signed in with a valid token, but a member of no organisation."""
    return ApiClient(make_token())


PROJECT = {
    "name": "Sweeper assembly",
    "sectors": ["machinery"],
    "plot_area_ha": 10,
    "power_mw": 5,
    "countries": ["BY", "KZ"],
    "horizon_years": 10,
    "annual_profit": 2_000_000,
    "property_value": 10_000_000,
}


@pytest.fixture
def registry(make_site):
    """Three parks: a large, cheap, incentivised one; a smaller one; one too small; one in
    a country the project does not want."""
    from parkbridge.sites.models import Incentive

    best = make_site(
        slug="great-park", name_en="Great Park", kind="sez", country="BY", area_free_ha=120,
        power_mw=60, land_price_usd_m2=2, rail_siding=True, sectors=["machinery"],
    )  # fmt: skip
    Incentive.objects.create(
        site=best, country="BY", tax="profit_tax", benefit="exemption", rate_percent=0,
        standard_rate_percent=20, duration_years=10,
    )  # fmt: skip
    good = make_site(
        slug="steppe-park", name_en="Steppe Park", country="KZ", area_free_ha=30, power_mw=8,
        land_price_usd_m2=6,
    )  # fmt: skip
    small = make_site(slug="tiny-park", name_en="Tiny Park", country="BY", area_free_ha=2)
    abroad = make_site(slug="far-park", name_en="Far Park", country="CN", area_free_ha=500)
    return {"best": best, "good": good, "small": small, "abroad": abroad}


@pytest.fixture
def project() -> dict:
    return dict(PROJECT)
