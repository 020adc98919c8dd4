"""A regime applies where its scope says: a national one to every site of its kind in the
country, a regional one to its regions' sites only, a site-specific one to its sites only."""

from __future__ import annotations

import pytest

from parkbridge.sites.applicability import RegimeScope, SiteRef, unmatched_regions, why_applies
from parkbridge.sites.models import Incentive, incentives_for


def regime(**fields) -> Incentive:
    values = {
        "regime_code": "ru-test",
        "regime_name": "Test regime",
        "country": "RU",
        "applies_to_kind": "sez",
        "tax": "profit_tax",
        "benefit": "reduced_rate",
        "rate_percent": 0,
        "standard_rate_percent": 17,
    } | fields
    return Incentive.objects.create(**values)


@pytest.fixture
def zones(make_site):
    return {
        "perm": make_site(slug="ru-sez-perm", kind="sez", country="RU", region="Perm Krai"),
        "tatarstan": make_site(
            slug="ru-sez-alabuga", kind="sez", country="RU", region="Republic of Tatarstan"
        ),
        "perm_park": make_site(
            slug="ru-ip-perm", kind="industrial_park", country="RU", region="Perm Krai"
        ),
        "kazakh": make_site(slug="kz-sez-x", kind="sez", country="KZ", region="Perm Krai"),
    }


def applies(incentive: Incentive, site) -> bool:
    return any(found.pk == incentive.pk for found, _ in incentives_for(site))


def test_a_regional_regime_applies_to_sites_of_its_regions_only(zones):
    perm = regime(scope="regions", regions=["Perm Krai"])
    assert applies(perm, zones["perm"])
    assert not applies(perm, zones["tatarstan"])
    assert not applies(perm, zones["perm_park"])  # another kind of site
    assert not applies(perm, zones["kazakh"])  # another country


def test_a_region_spelled_otherwise_still_finds_its_sites(zones):
    tatarstan = regime(scope="regions", regions=["Татарстан"])
    assert applies(tatarstan, zones["tatarstan"]) and not applies(tatarstan, zones["perm"])


def test_a_site_specific_regime_applies_to_its_listed_sites_whatever_their_kind(zones):
    listed = regime(scope="sites", site_ids=["ru-sez-alabuga", "ru-ip-perm"])
    assert applies(listed, zones["tatarstan"]) and applies(listed, zones["perm_park"])
    assert not applies(listed, zones["perm"])


def test_a_site_regime_with_an_empty_list_applies_to_no_site(zones):
    empty = regime(scope="sites", site_ids=[])
    assert not any(applies(empty, site) for site in zones.values())


def test_a_national_regime_applies_to_every_site_of_its_kind_in_the_country(zones):
    national = regime(scope="country")
    assert applies(national, zones["perm"]) and applies(national, zones["tatarstan"])
    assert not applies(national, zones["perm_park"]) and not applies(national, zones["kazakh"])


def test_the_reason_names_the_region_or_the_listing():
    site = SiteRef("ru-sez-perm", "RU", "sez", "Perm Krai")
    regional = RegimeScope("ru-x", "RU", "sez", "regions", ("Perm Krai",))
    assert "Perm Krai" in str(why_applies(regional, site))
    listed = RegimeScope("ru-y", "RU", "technopark", "sites", (), ("ru-sez-perm",))
    assert str(why_applies(listed, site)) == "the regime names this site"


def test_a_region_no_site_is_in_is_reported_and_a_respelled_one_is_not():
    scopes = [RegimeScope("ru-x", "RU", "sez", "regions", ("Tatarstan", "Magadan Oblast"))]
    report = unmatched_regions(scopes, {"RU": ["Republic of Tatarstan", "Perm Krai"]})
    assert report == [("ru-x", "RU", "Magadan Oblast")]


def test_the_site_card_lists_only_the_regimes_that_apply_and_why(client, zones):
    regime(regime_name="Perm schedule", scope="regions", regions=["Perm Krai"])
    regime(regime_name="Alabuga own terms", scope="sites", site_ids=["ru-sez-alabuga"])
    page = client.get("/sites/ru-sez-perm/").content.decode()
    assert "Perm schedule" in page and "Alabuga own terms" not in page
    assert "regional regime of Perm Krai" in page


def test_the_api_lists_the_rows_that_apply_to_a_site(api, zones):
    regime(regime_name="Perm schedule", scope="regions", regions=["Perm Krai"])
    regime(regime_name="Elsewhere", scope="regions", regions=["Orenburg Oblast"])
    body = api.get("/api/incentives", {"applies_to": "ru-sez-perm"}).json()
    assert [row["regime_name"] for row in body["items"]] == ["Perm schedule"]
    assert body["items"][0]["scope"] == "regions" and body["items"][0]["regions"] == ["Perm Krai"]


def test_most_regions_of_the_bundled_regimes_find_their_sites():
    """The check of the bundled data: the regions it reports are a minority (regions the
    registry has no site in yet, listed by `parkbridge bundle-data`)."""
    import csv
    from pathlib import Path

    from parkbridge.sites.models import regime_scope_of

    data = Path(__file__).resolve().parents[2] / "data"
    with (data / "sites.csv").open(encoding="utf-8", newline="") as handle:
        sites = list(csv.DictReader(handle))
    with (data / "incentives.csv").open(encoding="utf-8", newline="") as handle:
        scopes = [
            regime_scope_of(r | {"regime_code": r["regime_id"]}) for r in csv.DictReader(handle)
        ]
    regions: dict[str, list[str]] = {}
    for site in sites:
        regions.setdefault(site["country"], []).append(site["region"])
    regional = [s for s in scopes if s.scope == "regions"]
    named = {(s.country, r) for s in regional for r in s.regions}
    reported = {(c, r) for _, c, r in unmatched_regions(regional, regions)}
    assert named and len(reported) < len(named) / 2
    assert ("RU", "Republic of Tatarstan") in named - reported
