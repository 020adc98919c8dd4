"""A password-reset link works once and for a limited time; a used, expired or forged link
shows a clear page and the password stays as it was."""

from __future__ import annotations

import re

import pytest

from parkbridge.accounts.models import OutgoingMail
from parkbridge.accounts.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "another-Long-passphrase-77"


def _reset_link(client) -> str:
    client.post("/accounts/password/reset/", {"email": "ada@example.org"})
    body = OutgoingMail.objects.latest("id").body_text
    return re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", body).group(1)


def _set_password(client, link: str, password: str):
    page = client.get(link, follow=True)
    return page, client.post(
        page.redirect_chain[-1][0] if page.redirect_chain else link,
        {"password1": password, "password2": password},
        follow=True,
    )


def _says_the_link_is_bad(response) -> bool:
    text = response.content.decode()
    return response.status_code == 200 and "invalid" in text and 'name="password1"' not in text


def test_a_link_sets_the_password_once(client, member):
    link = _reset_link(client)
    _, done = _set_password(client, link, NEW_PASSWORD)
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)

    page, again = _set_password(client, link, "a-third-Long-passphrase-99")
    assert _says_the_link_is_bad(page)
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)


def test_an_expired_link_shows_a_clear_page_and_changes_nothing(client, member, settings):
    link = _reset_link(client)
    settings.PASSWORD_RESET_TIMEOUT = -1  # every token issued so far is now too old
    page, _ = _set_password(client, link, NEW_PASSWORD)
    assert _says_the_link_is_bad(page)
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


@pytest.mark.parametrize(
    "link", ["/accounts/password/reset/key/zz-forged/", "/accounts/password/reset/key/1-x/"]
)
def test_a_forged_link_shows_a_clear_page(client, member, link):
    page, _ = _set_password(client, link, NEW_PASSWORD)
    assert _says_the_link_is_bad(page)
    member.refresh_from_db()
    assert member.check_password(PASSWORD)
