"""The map's data endpoint: a small overview clustered on the server, then the markers of one
area at one zoom, both following the list's filters."""

from __future__ import annotations

from parkbridge.sites.models import SiteKind


def _overview(client, **filters):
    response = client.get("/sites/map.json", filters)
    assert response.status_code == 200
    return response.json()


def test_the_overview_has_the_count_bounds_and_one_marker_set_per_low_zoom(registry, client_in):
    data = _overview(client_in())
    assert data["count"] == 2  # the site without coordinates and the confidential one are left out
    assert len(data["zooms"]) == data["overview_max_zoom"] + 1
    (south, west), (north, east) = data["bounds"]
    assert south <= 53.82 <= north and west <= 27.93 <= east
    for level in data["zooms"]:
        assert sum(c[2] for c in level["clusters"]) + len(level["points"]) == 2


def test_far_apart_sites_are_single_points_at_the_deepest_overview_zoom(registry, client_in):
    data = _overview(client_in())
    deepest = data["zooms"][-1]
    kinds = [value for value, _ in SiteKind.choices]
    by_id = {p[0]: p for p in deepest["points"]}
    point = by_id[registry.park.pk]
    assert point[1:3] == [53.82, 27.93]
    assert kinds[point[3]] == "industrial_park"


def test_close_sites_form_one_cluster_that_says_where_it_expands(registry, client_in):
    world = _overview(client_in())["zooms"][0]
    assert world["points"] == []
    [(lat, lon, count, expands)] = world["clusters"]
    assert count == 2 and expands >= 1


def test_an_area_at_a_deep_zoom_has_its_sites(registry, client_in):
    response = client_in().get("/sites/map.json", {"z": 9, "bbox": "26,52,30,55"})
    assert response.status_code == 200
    area = response.json()
    assert area["zoom"] == 9
    assert [p[0] for p in area["points"]] == [registry.park.pk]
    west, south, east, north = area["bbox"]
    assert west <= 26 and south <= 52 and east >= 30 and north >= 55


def test_points_follow_the_filters_and_bad_filters_get_a_400(registry, client_in):
    data = _overview(client_in(), country="RU")
    assert [p[0] for p in data["zooms"][-1]["points"]] == [registry.zone.pk]
    response = client_in().get("/sites/map.json", {"min_power_mw": "lots"})
    assert response.status_code == 400
    assert "min_power_mw" in response.json()["errors"]


def test_a_malformed_zoom_or_bbox_gets_a_400_that_names_it(registry, client_in):
    client = client_in()
    cases = [
        ({"z": "99", "bbox": "0,0,1,1"}, "z"),
        ({"z": "-1", "bbox": "0,0,1,1"}, "z"),
        ({"z": "5"}, "bbox"),
        ({"bbox": "0,0,1,1"}, "z"),
        ({"z": "5", "bbox": "a,b,c,d"}, "bbox"),
        ({"z": "5", "bbox": "10,0,1,1"}, "bbox"),
        ({"z": "5", "bbox": "0,0,1,1,2"}, "bbox"),
        ({"z": "5", "bbox": "nan,0,1,1"}, "bbox"),
        ({"z": "16", "bbox": "-180,-80,180,80"}, "bbox"),  # far too many pixels to draw
    ]
    for params, field in cases:
        response = client.get("/sites/map.json", params)
        assert response.status_code == 400, params
        assert field in response.json()["errors"], params


def test_kind_names_come_in_the_interface_language(registry, client_in):
    data = client_in("ru").get("/sites/map.json").json()
    assert "Технопарк" in data["kinds"]


def test_a_new_site_shows_on_the_map_at_the_next_request(registry, client_in, make_site):
    client = client_in()
    assert _overview(client)["count"] == 2
    make_site(slug="new-park", country="KZ", latitude=43.2, longitude=76.9)
    assert _overview(client)["count"] == 3


def test_an_unchanged_overview_is_not_sent_twice(registry, client_in):
    client = client_in()
    first = client.get("/sites/map.json")
    again = client.get("/sites/map.json", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304


def test_map_data_is_compressed_when_the_browser_accepts_it(registry, client_in):
    response = client_in().get("/sites/map.json", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    # Tiny bodies are not worth compressing; the header must at least allow caches to vary.
    assert "Accept-Encoding" in response.get("Vary", "")


def test_a_point_carries_its_status_for_the_legend(registry, client_in):
    from parkbridge.sites.models import SiteStatus

    registry.zone.status = SiteStatus.PLANNED
    registry.zone.save()
    data = _overview(client_in("ru"))
    assert data["fields"]["points"][4] == "status"
    assert "Действует" in data["statuses"]
    by_id = {p[0]: p for p in data["zooms"][-1]["points"]}
    statuses = SiteStatus.values
    assert statuses[by_id[registry.park.pk][4]] == registry.park.status
    assert statuses[by_id[registry.zone.pk][4]] == "planned"
