"""Chromium through Playwright, as for the web app's browser tests (same skips), with people
signed in through a session cookie (``force_login``) until the sign-in pages are exercised
by their own tests."""

from __future__ import annotations

import pytest

from parkbridge.web.tests.browser.conftest import (  # noqa: F401  (fixtures)
    _orm_beside_playwright,
    browser,
)


@pytest.fixture
def page_as(browser, live_server):  # noqa: F811
    """A fresh browser page signed in as ``user`` (English interface)."""
    from django.test import Client

    contexts = []

    def open_(user, language: str = "en"):
        client = Client()
        client.force_login(user)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        context.add_cookies(
            [
                {"name": "sessionid", "value": client.cookies["sessionid"].value,
                 "url": live_server.url},
                {"name": "django_language", "value": language, "url": live_server.url},
            ]
        )  # fmt: skip
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.script_errors = []
        page.on("pageerror", lambda error: page.script_errors.append(str(error)))
        page.base = live_server.url
        return page

    yield open_
    for context in contexts:
        context.close()
