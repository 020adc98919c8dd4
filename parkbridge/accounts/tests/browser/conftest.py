"""Real-browser tests of the people pages: Debian's Chromium through Playwright (the browser
fixtures are the web app's), pages opened as a given person by handing the browser that
person's session cookie."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client

from parkbridge.web.tests.browser.conftest import _orm_beside_playwright, browser  # noqa: F401


@pytest.fixture(autouse=True)
def _catalogues(compiled_translations) -> None:
    pass


@pytest.fixture(autouse=True)
def _role_groups(transactional_db) -> None:
    """Live-server tests empty the database after each test, so the role groups a migration
    created would be gone for the next one: put them back."""
    from django.contrib.auth.models import Group

    from parkbridge.accounts.roles import ROLE_NAMES

    for name in ROLE_NAMES:
        Group.objects.get_or_create(name=name)


@pytest.fixture
def new_page(browser, live_server) -> Callable:  # noqa: F811
    """A fresh browser page, signed in as ``user`` when one is given."""
    contexts = []

    def open_(user=None, language: str = "en"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        cookies = [{"name": "django_language", "value": language, "url": live_server.url}]
        if user is not None:
            client = Client()
            client.force_login(user)
            session = client.cookies[settings.SESSION_COOKIE_NAME].value
            cookies.append(
                {"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}
            )
        context.add_cookies(cookies)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_
    for context in contexts:
        context.close()
