"""The map's data endpoint: compact points that follow the list's filters."""

from __future__ import annotations

from parkbridge.sites.models import SiteKind


def test_points_are_compact_rows_of_id_lat_lon_kind(registry, client_in):
    data = client_in().get("/sites/map.json").json()
    assert data["fields"] == ["id", "lat", "lon", "kind"]
    kinds = [value for value, _ in SiteKind.choices]
    by_id = {p[0]: p for p in data["points"]}
    point = by_id[registry.park.pk]
    assert point[1:3] == [53.82, 27.93]
    assert kinds[point[3]] == "industrial_park"
    assert data["count"] == 2  # the site without coordinates and the confidential one are left out


def test_points_follow_the_filters_and_bad_filters_get_a_400(registry, client_in):
    data = client_in().get("/sites/map.json", {"country": "RU"}).json()
    assert [p[0] for p in data["points"]] == [registry.zone.pk]
    response = client_in().get("/sites/map.json", {"min_power_mw": "lots"})
    assert response.status_code == 400
    assert "min_power_mw" in response.json()["errors"]


def test_kind_names_come_in_the_interface_language(registry, client_in):
    data = client_in("ru").get("/sites/map.json").json()
    assert "Технопарк" in data["kinds"]


def test_map_data_is_compressed_when_the_browser_accepts_it(registry, client_in):
    response = client_in().get("/sites/map.json", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    # Tiny bodies are not worth compressing; the header must at least allow caches to vary.
    assert "Accept-Encoding" in response.get("Vary", "")
