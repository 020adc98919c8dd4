"""The sites map explains itself offline: a legend names the kinds (marker colour) and the
statuses (marker fill) in the page's language, and zoomed to a country the map shows the
names of the countries from the bundled borders, with no tile server."""

from __future__ import annotations

from urllib.parse import urlsplit


def test_the_legend_lists_kinds_and_statuses_in_the_page_language(open_page, registry):
    page = open_page("/sites/", "ru")
    page.wait_for_selector("#sites-map[data-state=ready]")
    legend = page.locator("#sites-map .map-legend")
    legend.wait_for()
    text = legend.inner_text()
    assert "Легенда" in text
    assert "Технопарк" in text and "Индустриальный парк" in text
    assert "Действующая" in text or "Работает" in text or "Действует" in text
    assert legend.locator(".legend-dot").count() >= 10 + 4


def test_a_site_dot_says_its_kind_and_status(open_page, registry):
    page = open_page("/sites/")
    page.wait_for_selector("#sites-map[data-state=ready]")
    dot = page.locator("#sites-map .leaflet-marker-icon.site-dot").first
    dot.wait_for()
    assert " · " in dot.get_attribute("title")
    assert "site-status-" in dot.get_attribute("class")


def test_country_names_appear_at_country_zoom_without_a_tile_server(browser, live_server, registry):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": "django_language", "value": "zh-hans", "url": live_server.url}])
    own = urlsplit(live_server.url).netloc
    outside: list[str] = []

    def only_this_server(route) -> None:
        if urlsplit(route.request.url).netloc == own:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_this_server)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(live_server.url + f"/sites/{registry.park.slug}/")
        page.wait_for_selector("[data-map][data-state=ready]")
        page.wait_for_selector("[data-map] .country-label span", state="attached")
        names = page.locator("[data-map] .country-label span").all_inner_texts()
        assert "白俄罗斯" in names
        assert outside == []
    finally:
        context.close()
