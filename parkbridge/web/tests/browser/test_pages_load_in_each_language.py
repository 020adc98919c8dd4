"""The main pages load in a real browser in every interface language, without script errors."""

from __future__ import annotations

import pytest

NAV_SITES = {"en": "Sites", "ru": "Площадки", "zh-hans": "园区"}


@pytest.mark.parametrize("language", ["en", "ru", "zh-hans"])
def test_main_pages_load_translated_without_script_errors(open_page, registry, language):
    paths = [
        "/",
        "/sites/",
        f"/sites/{registry.park.slug}/",
        "/organisations/",
        f"/events/{registry.mission.pk}/",
        "/agreements/",
        f"/targets/{registry.target.pk}/",
        "/bilateral/?a=BY&b=CN",
    ]
    for path in paths:
        page = open_page(path, language)
        assert page.locator("html").get_attribute("lang") == language, path
        assert (
            page.get_by_role("navigation")
            .get_by_role("link", name=NAV_SITES[language], exact=True)
            .is_visible()
        ), path
        assert page.script_errors == [], path
        page.context.close()
