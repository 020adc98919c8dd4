from __future__ import annotations

import pytest

from parkbridge.siteselection import Project, rank_sites


@pytest.mark.django_db
def test_sites_and_their_regime_incentives_are_loaded_from_the_database():
    from parkbridge.cli.selection import sites_from_database
    from parkbridge.core.models import Sector
    from parkbridge.sites.models import Incentive, Site

    sector = Sector.objects.create(code="automotive", name_en="Automotive")
    site = Site.objects.create(
        slug="test-sez",
        name_en="Test SEZ",
        kind="sez",
        country="RU",
        area_free_ha=40,
        power_mw=10,
        land_price_usd_m2=3,
    )
    site.sectors.add(sector)
    Site.objects.create(slug="test-park", name_en="Test Park", kind="industrial_park", country="RU")
    Incentive.objects.create(
        country="RU",
        applies_to_kind="sez",
        regime_code="r",
        tax="profit_tax",
        benefit="exemption",
        rate_percent=0,
        standard_rate_percent=20,
        duration_years=5,
    )
    Incentive.objects.create(
        country="RU",
        applies_to_kind="sez",
        regime_code="r",
        tax="profit_tax",
        benefit="reduced_rate",
        rate_percent=12,
        standard_rate_percent=20,
        starts="next 5 years",
    )
    Incentive.objects.create(
        site=site,
        country="RU",
        tax="property_tax",
        benefit="exemption",
        rate_percent=0,
        standard_rate_percent=2.2,
        duration_years=10,
    )
    facts = {f.id: f for f in sites_from_database() if f.id.startswith("test-")}
    sez = facts["test-sez"]
    assert sez.free_area_ha == 40 and sez.sectors == ("automotive",)
    assert sorted(t.tax for t in sez.incentives) == ["profit_tax", "profit_tax", "property_tax"]
    assert [t.start_offset_years for t in sez.incentives if t.tax == "profit_tax"] == [0, 5]
    assert facts["test-park"].incentives == ()
    ranked = rank_sites(list(facts.values()), Project(plot_area_ha=5, annual_profit=1e6))
    assert ranked[0].site_id == "test-sez" and ranked[0].incentive_value > 0
