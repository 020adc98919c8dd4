"""The language menu switches the whole interface; charts are drawn by plotly.js."""

from __future__ import annotations


def test_choosing_a_language_reloads_the_page_translated(open_page, registry):
    page = open_page("/agreements/")
    page.get_by_label("Language").select_option("zh-hans")
    page.wait_for_selector("html[lang=zh-hans]")
    assert page.get_by_role("heading", level=1).inner_text() == "协议追踪"
    assert page.url.endswith("/agreements/")


def test_the_target_trajectory_chart_is_drawn(open_page, registry):
    page = open_page(f"/targets/{registry.target.pk}/")
    page.wait_for_selector("[data-chart='trajectory-figure'] .main-svg")
    assert page.locator("[data-chart='trajectory-figure'] .scatterlayer .trace").count() == 2
    assert page.script_errors == []
