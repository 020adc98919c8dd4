"""Browser tests of the press pages: the shared Chromium fixtures, a signed-in reviewer, and a
task backend that leaves runs queued so the test plays the worker and the page shows the wait."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

from parkbridge.web.tests.browser.conftest import _orm_beside_playwright, browser  # noqa: F401


@pytest.fixture(autouse=True)
def immediate_tasks():
    """Overrides the press tests' immediate backend: here a run waits for "the worker"."""
    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    ):
        yield


@pytest.fixture
def reviewer_page(browser, live_server, reviewer):  # noqa: F811
    client = Client()
    client.force_login(reviewer)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url},
         {"name": "django_language", "value": "en", "url": live_server.url}]
    )  # fmt: skip
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.script_errors = []
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    yield page
    context.close()
