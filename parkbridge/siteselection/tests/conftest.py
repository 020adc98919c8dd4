from __future__ import annotations

import pytest

from parkbridge.siteselection import IncentiveTerm, Project, SiteFacts


def make_site(site_id: str = "s1", **facts: object) -> SiteFacts:
    base: dict[str, object] = {
        "name": site_id.upper(),
        "country": "RU",
        "region": "Kaluga Oblast",
        "kind": "industrial_park",
        "status": "operating",
        "free_area_ha": 50.0,
        "premises_m2": 5000.0,
        "power_mw": 20.0,
        "gas_m3h": 1000.0,
        "water_m3day": 500.0,
        "rail_siding": True,
        "km_to_highway": 5.0,
        "km_to_airport": 60.0,
        "km_to_seaport": 900.0,
        "km_to_border": 200.0,
        "land_price_per_m2": 10.0,
        "rent_per_m2_month": 5.0,
        "currency": "USD",
    }
    base.update(facts)
    return SiteFacts(id=site_id, **base)  # type: ignore[arg-type]


@pytest.fixture
def site_factory():
    return make_site


@pytest.fixture
def holiday() -> IncentiveTerm:
    return IncentiveTerm(
        tax="profit_tax", rate_percent=0.0, standard_rate_percent=20.0, duration_years=5
    )


@pytest.fixture
def project() -> Project:
    return Project(plot_area_ha=10.0, power_mw=5.0, annual_profit=1_000_000.0)
