"""On a 390×844 phone screen no page scrolls sideways (wide tables scroll inside their own box),
and the navigation folds behind a menu button that opens and closes it."""

from __future__ import annotations

import pytest

PHONE = {"width": 390, "height": 844}
SELECTION = (
    "/marketplace/site-selection/?name=Plant&countries=by%2C+ru&plot_area_ha=10"
    "&site=great-stone&site=alabuga"
)


@pytest.fixture
def open_on_phone(browser, live_server, registry):
    contexts = []

    def open_(path: str, language: str = "en"):
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        context.add_cookies(
            [{"name": "django_language", "value": language, "url": live_server.url}]
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
        return page

    yield open_
    for context in contexts:
        context.close()


def _overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.fixture
def agenda_path(registry) -> str:
    from parkbridge.b2b.demo import create_demo_programme

    programme = create_demo_programme(event=registry.mission, participants=6, time_limit=1)
    return f"/b2b/agenda/{programme.participants.order_by('pk').first().agenda_key}/"


PAGES = {
    "home": lambda registry: "/",
    "sites": lambda registry: "/sites/",
    "a site card": lambda registry: f"/sites/{registry.park.slug}/",
    "site selection with results": lambda registry: SELECTION,
    "events": lambda registry: "/events/",
    "agreements": lambda registry: "/agreements/",
}


@pytest.mark.parametrize("language", ["en", "ru", "zh-hans"])
@pytest.mark.parametrize("name", list(PAGES))
def test_a_page_fits_a_phone_screen(open_on_phone, registry, name, language):
    page = open_on_phone(PAGES[name](registry), language)
    if name == "sites":
        page.wait_for_selector("#sites-map[data-state=ready]")
    if name == "site selection with results":
        page.wait_for_selector("table.comparison")
    assert _overflow(page) <= 0, f"{name} scrolls {_overflow(page)} px sideways"


def test_a_b2b_agenda_fits_a_phone_screen(open_on_phone, agenda_path):
    page = open_on_phone(agenda_path, "ru")
    page.get_by_role("heading", level=1).wait_for()
    assert _overflow(page) <= 0


def test_the_navigation_folds_behind_a_menu_button(open_on_phone, registry):
    page = open_on_phone("/")
    menu = page.get_by_role("button", name="Menu")
    assert menu.is_visible()
    sites_link = page.get_by_role("navigation", name="Main").get_by_role("link", name="Sites")
    assert not sites_link.is_visible()
    header_height = page.locator("header.site-header").bounding_box()["height"]
    assert header_height < 844 / 8, "the folded header still takes much of the screen"
    menu.click()
    assert menu.get_attribute("aria-expanded") == "true"
    sites_link.wait_for()
    sites_link.click()
    page.wait_for_url("**/sites/")
    assert page.get_by_role("heading", level=1).inner_text() == "Sites"


def test_on_a_desktop_the_navigation_is_open_and_there_is_no_menu_button(open_page, registry):
    page = open_page("/")
    assert not page.get_by_role("button", name="Menu").is_visible()
    assert (
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Sites").is_visible()
    )
