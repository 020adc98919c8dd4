"""Confidential records stay out of every page, the map and downloads, except for staff."""

from __future__ import annotations


def test_confidential_site_is_not_listed_mapped_downloaded_or_shown(registry, client_in):
    client = client_in()
    assert "Hidden Confidential Park" not in client.get("/sites/").content.decode()
    overview = client.get("/sites/map.json").json()
    assert overview["count"] == 2
    mapped = {p[0] for level in overview["zooms"] for p in level["points"]}
    # Zoomed right in on the confidential site's own coordinates (56.0, 37.0): nothing there.
    area = client.get("/sites/map.json", {"z": 17, "bbox": "36.99,55.99,37.01,56.01"}).json()
    assert area["points"] == [] and area["clusters"] == []
    assert registry.secret_site.pk not in mapped
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
