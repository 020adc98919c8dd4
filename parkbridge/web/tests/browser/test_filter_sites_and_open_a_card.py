"""Filtering the sites updates the list and the map in place; a result opens its card."""

from __future__ import annotations


def test_filtering_by_country_updates_list_and_map_then_a_card_opens(open_page, registry):
    page = open_page("/sites/")
    page.wait_for_selector("#sites-map[data-state=ready]")
    page.get_by_label("Country").select_option("RU")
    page.wait_for_selector("#results :text('1 site')")
    results = page.locator("#results table")
    assert "Alabuga SEZ" in results.inner_text()
    assert "Great Stone Industrial Park" not in results.inner_text()
    assert "country=RU" in page.url  # the filter is in the address, so it can be shared
    page.wait_for_selector("#sites-map[data-count='1'][data-state=ready]")
    page.get_by_role("link", name="Alabuga SEZ").click()
    page.wait_for_url("**/sites/alabuga/")
    assert page.get_by_role("heading", level=1).inner_text() == "Alabuga SEZ"
    page.wait_for_selector("[data-map][data-state=ready]")
    assert page.script_errors == []


def test_search_finds_a_site_by_its_russian_name(open_page, registry):
    page = open_page("/sites/")
    page.get_by_label("Search").fill("Великий камень")
    page.get_by_label("Search").press("Enter")
    page.wait_for_selector("#results :text('1 site')")
    assert "Great Stone Industrial Park" in page.locator("#results table").inner_text()
