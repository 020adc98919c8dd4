"""Ranking sites lands on the ranking, and comparing ticked sites lands on the comparison just
drawn, with the ticks kept, instead of leaving the reader at the top of a long page."""

from __future__ import annotations


def _in_view(page, selector: str) -> bool:
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight;
        }""",
        selector,
    )


def test_comparing_ticked_sites_scrolls_to_the_comparison(browser, live_server, registry):
    context = browser.new_context(viewport={"width": 1024, "height": 600})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(live_server.url + "/marketplace/site-selection/")
        page.locator("input[name=countries]").fill("by, ru")
        page.get_by_role("button", name="Rank sites").click()
        page.wait_for_url("**#selection-results")
        assert _in_view(page, "#selection-results")
        page.get_by_label("Compare Great Stone Industrial Park").check()
        page.get_by_label("Compare Alabuga SEZ").check()
        page.get_by_role("button", name="Compare the ticked sites").click()
        page.wait_for_url("**#comparison")
        page.wait_for_selector("#comparison table.comparison")
        assert page.evaluate("window.scrollY") > 0
        assert _in_view(page, "#comparison-heading")
        assert page.get_by_label("Compare Great Stone Industrial Park").is_checked()
        assert page.get_by_label("Compare Alabuga SEZ").is_checked()
    finally:
        context.close()
