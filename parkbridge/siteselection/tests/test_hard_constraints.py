from __future__ import annotations

import pytest

from parkbridge.siteselection import Project, rank_sites

from .conftest import make_site


def only(project: Project, **facts: object):
    [result] = rank_sites([make_site(**facts)], project)
    return result


@pytest.mark.parametrize(
    ("project", "facts", "expected"),
    [
        (Project(countries=("KZ",)), {}, "country RU is not among KZ"),
        (Project(regions=("Moscow",)), {}, "region Kaluga Oblast is not among Moscow"),
        (Project(site_kinds=("sez",)), {}, "kind industrial_park is not among sez"),
        (Project(), {"status": "closed"}, "status closed is not accepted"),
        (Project(plot_area_ha=60), {}, "free area 50 ha < 60 ha needed"),
        (Project(premises_m2=6000), {}, "premises 5000 m² < 6000 m² needed"),
        (Project(power_mw=25), {}, "power 20 MW < 25 MW needed"),
        (Project(gas_m3h=2000), {}, "gas 1000 m³/h < 2000 m³/h needed"),
        (Project(water_m3day=501), {}, "water 500 m³/day < 501 m³/day needed"),
        (Project(rail_siding=True), {"rail_siding": False}, "no rail siding"),
        (Project(max_km_to_border=100), {}, "200 km to a border crossing > 100 km"),
        (Project(max_km_to_seaport=500), {}, "900 km to a sea port > 500 km"),
        (Project(plot_area_ha=10, land_budget=500_000), {}, "plot costs about 1.00 million"),
        (Project(premises_m2=1000, rent_budget_month=4000), {}, "rent exceeds the budget"),
    ],
)
def test_each_hard_constraint_excludes_the_site_with_a_reason(project, facts, expected):
    result = only(project, **facts)
    assert not result.eligible
    assert len(result.violations) == 1
    assert expected in result.violations[0]


def test_a_site_meeting_every_constraint_is_eligible():
    project = Project(
        countries=("RU",),
        regions=("kaluga oblast",),
        plot_area_ha=50,
        power_mw=20,
        rail_siding=True,
        max_km_to_border=200,
    )
    result = only(project)
    assert result.eligible and result.violations == []


def test_unknown_values_are_not_violations_but_lower_confidence():
    project = Project(plot_area_ha=10, power_mw=5, rail_siding=True, max_km_to_border=10)
    known = only(project, km_to_border=5.0)
    unknown = only(project, free_area_ha=None, power_mw=None, rail_siding=None, km_to_border=None)
    assert unknown.eligible
    assert unknown.confidence < known.confidence == 1.0
    assert any("power capacity not stated" in r for r in unknown.reasons)


def test_land_price_in_another_currency_is_converted_before_the_budget_check():
    # 900 RUB/m² at 90 RUB per USD = 10 USD/m²; 10 ha = 100,000 m² → 1,000,000 USD.
    project = Project(plot_area_ha=10, land_budget=999_999)
    result = only(project, land_price_per_m2=900.0, currency="RUB")
    assert not result.eligible
    assert only(
        Project(plot_area_ha=10, land_budget=1_000_001), land_price_per_m2=900.0, currency="RUB"
    ).eligible


def test_eligible_sites_rank_before_ineligible_ones_whatever_their_score():
    sites = [make_site("small", free_area_ha=5.0), make_site("big", free_area_ha=20.0)]
    ranked = rank_sites(sites, Project(plot_area_ha=10))
    assert [r.site_id for r in ranked] == ["big", "small"]
    assert ranked[0].eligible and not ranked[1].eligible
