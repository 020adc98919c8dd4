"""A filter with bad input shows the server's message, announced to screen readers."""

from __future__ import annotations


def test_a_negative_area_shows_the_error_in_place(open_page, registry):
    page = open_page("/sites/")
    page.get_by_label("Free land at least (ha)").fill("-5")
    page.get_by_role("button", name="Apply filters").click()
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "greater than or equal to 0" in alert.inner_text()
    assert page.locator("#results table").count() == 0


def test_the_same_country_twice_on_the_dashboard_is_refused(open_page, registry):
    page = open_page("/bilateral/", "ru")
    page.get_by_label("Первая страна").select_option("BY")
    page.get_by_label("Вторая страна").select_option("BY")
    page.get_by_role("button", name="Показать").click()
    page.get_by_role("alert").wait_for()
    assert "Выберите две разные страны." in page.get_by_role("alert").inner_text()
