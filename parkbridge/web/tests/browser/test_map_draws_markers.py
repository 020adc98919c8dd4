"""The sites map draws offline borders and clustered markers, and a marker opens its site."""

from __future__ import annotations


def test_the_map_draws_borders_and_markers_and_a_popup_links_to_the_card(open_page, registry):
    page = open_page("/sites/")
    page.wait_for_selector("#sites-map[data-state=ready]")
    assert page.locator("#sites-map").get_attribute("data-count") == "2"
    # The offline base layer: one SVG path per country of world-atlas's 110m map.
    page.wait_for_selector("#sites-map svg path", state="attached")
    assert page.locator("#sites-map svg path").count() > 100
    markers = page.locator("#sites-map .leaflet-marker-icon")
    assert markers.count() >= 1
    assert page.get_by_text("2 sites on the map").is_visible()
    page.locator("#sites-map .leaflet-marker-icon.site-dot").first.click()
    popup = page.locator(".leaflet-popup-content a")
    popup.wait_for()
    assert popup.get_attribute("href").startswith("/sites/")
    assert page.script_errors == []


def test_a_missions_itinerary_is_drawn_as_a_route(open_page, registry):
    page = open_page(f"/events/{registry.mission.pk}/")
    page.wait_for_selector("[data-map][data-state=ready]")
    assert page.locator("[data-map] .leaflet-marker-icon").count() == 2
    assert page.script_errors == []


def test_close_sites_are_a_cluster_that_opens_when_clicked(open_page, registry, make_site):
    make_site(slug="minsk-city-park", country="BY", latitude=53.9, longitude=27.6)
    page = open_page("/sites/")
    page.wait_for_selector("#sites-map[data-state=ready]")
    assert page.locator("#sites-map").get_attribute("data-count") == "3"
    cluster = page.locator("#sites-map .leaflet-marker-icon.cluster-icon")
    cluster.wait_for()
    assert cluster.count() == 1 and cluster.inner_text() == "2"
    assert page.locator("#sites-map .leaflet-marker-icon.site-dot").count() == 1
    cluster.click()
    # At least two markers (a locator wait: the page's CSP refuses eval'd predicates).
    page.locator("#sites-map .leaflet-marker-icon.site-dot").nth(1).wait_for(state="attached")
    page.wait_for_selector("#sites-map[data-state=ready]")
    assert page.locator("#sites-map .leaflet-marker-icon.cluster-icon").count() == 0
    assert page.script_errors == []
