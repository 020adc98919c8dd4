"""Every page that needs a signed-in person sends an anonymous visitor to the sign-in form
with the way back, never to a 404; signing in returns them there."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from parkbridge.accounts.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _page_paths() -> list[str]:
    """Every page's path, with 1 (or "x") for its arguments; the API and admin aside."""
    paths: list[str] = []

    def walk(patterns, prefix: str) -> None:
        for entry in patterns:
            route = str(entry.pattern)
            if isinstance(entry, URLResolver):
                if route.startswith(("api/", "admin/", "i18n/")):
                    continue
                walk(entry.url_patterns, prefix + route)
            elif isinstance(entry, URLPattern):
                full = prefix + route
                if full.startswith("^") or "(?P" in full:
                    continue  # regular-expression routes (none are pages people open)
                full = re.sub(r"<int:[^>]+>", "1", full)
                full = re.sub(r"<[^>]+>", "x", full)
                paths.append("/" + full)

    walk(get_resolver().url_patterns, "")
    return sorted(set(paths))


PAGES = _page_paths()


def test_the_walk_finds_the_known_protected_pages():
    assert {"/press/", "/marketplace/notifications/", "/accounts/settings/"} <= set(PAGES)


@pytest.mark.parametrize("path", PAGES)
def test_an_anonymous_visit_never_ends_on_a_missing_sign_in_page(client, path):
    response = client.get(path)
    assert response.status_code < 500, path
    # allauth's steps inside a sign-in (two-factor code, login code) restart it from scratch.
    restarts = path.startswith(("/accounts/2fa/authenticate/", "/accounts/login/", "/admin/login/"))
    if response.status_code in (301, 302) and "/accounts/login/" in response["Location"]:
        if restarts:
            return
        location = urlsplit(response["Location"])
        assert location.path == "/accounts/login/"
        assert parse_qs(location.query)["next"] == [path]
        assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("path", ["/press/", "/marketplace/notifications/", "/accounts/settings/"])
def test_a_protected_page_leads_to_sign_in_and_back(client, member, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={path}"
    form = client.get(response["Location"])
    assert form.status_code == 200 and b'name="login"' in form.content
    from django.contrib.auth.models import Group

    member.groups.add(
        Group.objects.get_or_create(name="reviewer")[0]
    )  # the press queue is reviewers'
    back = client.post(response["Location"], {"login": "ada", "password": PASSWORD})
    assert back.status_code == 302 and back["Location"] == path
    assert client.get(path).status_code == 200


def test_the_admin_sign_in_is_the_sites_sign_in(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"
