"""Every main page answers in English, Russian and Chinese, with translated navigation."""

from __future__ import annotations

import pytest

from parkbridge.web.tests.conftest import LANGUAGES

NAV_SITES = {"en": "Sites", "ru": "Площадки", "zh-hans": "园区"}


def page_urls(registry) -> list[str]:
    return [
        "/",
        "/sites/",
        f"/sites/{registry.park.slug}/",
        "/organisations/",
        f"/organisations/{registry.venture.pk}/",
        "/events/",
        f"/events/{registry.mission.pk}/",
        "/agreements/",
        f"/agreements/{registry.agreement.pk}/",
        "/targets/",
        f"/targets/{registry.target.pk}/",
        "/bilateral/",
        "/bilateral/?a=BY&b=CN",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_main_page_renders_in_each_language(registry, client_in, language):
    client = client_in(language)
    for url in page_urls(registry):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, url
        assert NAV_SITES[language] in html, url


def test_language_switcher_posts_to_set_language_and_keeps_the_page(registry, client_in):
    client = client_in("en")
    html = client.get("/sites/").content.decode()
    assert 'action="/i18n/setlang/"' in html
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/sites/"})
    assert response.status_code == 302 and response["Location"] == "/sites/"
    assert "Площадки" in client.get("/sites/").content.decode()


def test_pages_have_a_skip_link_and_labelled_filters(registry, client_in):
    html = client_in("en").get("/sites/").content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    for field in ("q", "country", "kind", "status", "min_free_ha"):
        assert f'for="id_{field}"' in html
