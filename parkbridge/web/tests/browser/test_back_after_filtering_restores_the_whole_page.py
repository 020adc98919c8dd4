"""After filtering /sites/ or /events/ (htmx swaps the results and pushes the address), Back and
Forward show the whole page again (header, filters, map), never the results fragment alone."""

from __future__ import annotations


def _whole_page_is_there(page, *, with_map: bool) -> None:
    page.wait_for_load_state("load")
    page.wait_for_selector("header.site-header nav")
    page.wait_for_selector("form.filters")
    page.get_by_role("heading", level=1).wait_for()
    if with_map:
        page.wait_for_selector("#sites-map[data-state=ready]")


def test_back_to_a_filtered_site_list_after_opening_a_card(open_page, registry):
    page = open_page("/sites/")
    page.wait_for_selector("#sites-map[data-state=ready]")
    page.get_by_label("Country").select_option("RU")
    page.wait_for_selector("#results :text('1 site')")
    page.get_by_role("link", name="Alabuga SEZ").click()
    page.wait_for_url("**/sites/alabuga/")
    page.go_back()
    page.wait_for_url("**/sites/?*country=RU*")
    _whole_page_is_there(page, with_map=True)
    assert page.get_by_label("Country").input_value() == "RU"
    assert "Alabuga SEZ" in page.locator("#results table").inner_text()
    page.go_forward()
    page.wait_for_url("**/sites/alabuga/")
    assert page.get_by_role("heading", level=1).inner_text() == "Alabuga SEZ"


def test_back_between_two_filters_of_the_site_list(open_page, registry):
    page = open_page("/sites/")
    page.wait_for_selector("#sites-map[data-state=ready]")
    page.get_by_label("Country").select_option("RU")
    page.wait_for_selector("#results :text('1 site')")
    page.get_by_label("Country").select_option("BY")
    page.wait_for_url("**/sites/?*country=BY*")
    page.wait_for_selector("#results :text('Great Stone')")
    page.go_back()
    page.wait_for_url("**/sites/?*country=RU*")
    _whole_page_is_there(page, with_map=True)
    page.wait_for_selector("#results :text('Alabuga SEZ')")
    assert page.get_by_label("Country").input_value() == "RU"


def test_back_to_a_filtered_event_list(open_page, registry):
    page = open_page("/events/")
    page.get_by_label("Kind").select_option("business_mission")
    page.wait_for_url("**/events/?*kind=business_mission*")
    page.get_by_role("link", name="Business mission to Belarus").click()
    page.wait_for_url(f"**/events/{registry.mission.pk}/")
    page.go_back()
    page.wait_for_url("**/events/?*kind=business_mission*")
    _whole_page_is_there(page, with_map=False)
    assert page.get_by_label("Kind").input_value() == "business_mission"
    assert page.script_errors == []
