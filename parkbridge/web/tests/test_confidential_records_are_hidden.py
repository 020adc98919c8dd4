"""Confidential records stay out of every page, the map and downloads, except for staff."""

from __future__ import annotations


def test_confidential_site_is_not_listed_mapped_downloaded_or_shown(registry, client_in):
    client = client_in()
    assert "Hidden Confidential Park" not in client.get("/sites/").content.decode()
    points = client.get("/sites/map.json").json()["points"]
    assert registry.secret_site.pk not in {p[0] for p in points}
    assert b"hidden-park" not in client.get("/sites/", {"format": "csv"}).content
    assert client.get(f"/sites/{registry.secret_site.slug}/").status_code == 404
    assert client.get(f"/sites/{registry.secret_site.pk}/popup/").status_code == 404


def test_confidential_agreement_is_hidden_from_lists_dashboards_and_home(registry, client_in):
    client = client_in()
    for url in ("/", "/agreements/", "/bilateral/?a=BY&b=CN", f"/sites/{registry.park.slug}/"):
        assert "Secret supply deal" not in client.get(url).content.decode(), url
    assert client.get(f"/agreements/{registry.secret_agreement.pk}/").status_code == 404


def test_staff_see_confidential_records(registry, staff_client):
    assert "Hidden Confidential Park" in staff_client.get("/sites/").content.decode()
    assert "Secret supply deal" in staff_client.get("/agreements/").content.decode()
    assert staff_client.get(f"/sites/{registry.secret_site.slug}/").status_code == 200
