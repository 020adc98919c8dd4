"""Each site card says which investor-facing facts are known; a registry page shows
completeness by country and kind."""

from __future__ import annotations

from parkbridge.sites.completeness import completeness_by_country_and_kind, site_completeness
from parkbridge.sites.models import Incentive, Site


def test_a_card_lists_what_is_known_and_what_is_not(make_site, client):
    site = make_site(slug="by-ip-k", kind="fez", country="BY", area_free_ha=5, email="a@b.by")
    Incentive.objects.create(
        regime_code="by-fez", country="BY", applies_to_kind="fez", tax="vat", benefit="exemption"
    )
    known = {item.key: item.known for item in site_completeness(site)}
    assert known == {
        "free_land": True, "utilities": False, "prices": False, "contacts": True,
        "incentives": True, "residents": False,
    }  # fmt: skip
    page = client.get("/sites/by-ip-k/").content.decode()
    assert "What the registry knows" in page and "not known yet" in page


def test_the_registry_page_shows_shares_by_country_and_kind(make_site, client):
    make_site(country="BY", kind="fez", power_mw=10)
    make_site(country="BY", kind="fez")
    make_site(country="KZ", kind="sez", residents_count=4)
    rows = {(r.country, r.kind): r for r in completeness_by_country_and_kind(Site.objects.all())}
    assert rows[("BY", "fez")].sites == 2 and rows[("BY", "fez")].known["utilities"] == 1
    assert rows[("KZ", "sez")].share("residents") == 1.0
    page = client.get("/sites/completeness/")
    assert page.status_code == 200 and "50" in page.content.decode()
    download = client.get("/sites/completeness/", {"format": "csv"})
    assert download.status_code == 200 and b"utilities" in download.content
