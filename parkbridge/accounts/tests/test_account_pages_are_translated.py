"""The account pages (allauth's, inside the site's layout) and the header's user menu read in
Russian and Chinese as well as English."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
]
# (header's sign-in link, allauth's sign-in heading)
EXPECTED = {"en": ("Sign in", "Sign In"), "ru": ("Войти", "Войти"), "zh-hans": ("登录", "登录")}


@pytest.fixture(autouse=True)
def _catalogues(compiled_translations) -> None:
    pass


@pytest.mark.parametrize("language", sorted(EXPECTED))
@pytest.mark.parametrize("path", PAGES)
def test_account_pages_render_in_the_site_layout_in_each_language(client, path, language):
    client.cookies["django_language"] = language
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert 'class="site-header' in html and 'class="user-menu"' in html  # the site's layout
    assert EXPECTED[language][0] in html


@pytest.mark.parametrize("language", ["ru", "zh-hans"])
def test_the_sign_in_form_itself_is_translated(client, language):
    client.cookies["django_language"] = language
    main = client.get("/accounts/login/").content.decode().split("<main", 1)[1]
    assert EXPECTED[language][1] in main
    assert "Forgot your password?" not in main


@pytest.mark.parametrize("language", ["ru", "zh-hans"])
def test_the_settings_page_is_translated(client, member, language):
    client.force_login(member)
    client.cookies["django_language"] = language
    html = client.get("/accounts/settings/").content.decode()
    assert ("Настройки" if language == "ru" else "设置") in html
    assert "Daily digest" not in html and "E-mail about notifications" not in html
