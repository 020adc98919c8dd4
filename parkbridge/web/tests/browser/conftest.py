"""Real-browser tests: Playwright for Python driving Debian's Chromium against a live server.

Without /usr/bin/chromium (or without the static assets `parkbridge setup-assets` installs) the
tests skip with the reason, except in CI (``CI`` set), where a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VENDOR = Path(__file__).resolve().parents[3] / "static_vendor"


@pytest.fixture(scope="package", autouse=True)
def _orm_beside_playwright():
    """Playwright's sync API runs an event loop in this thread; the fixtures still use the ORM
    synchronously from it, which is safe here (one thread, the live server has its own). Only
    for these tests: the flag must not leak into the rest of the run."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="package")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        _unavailable("no Chromium at /usr/bin/chromium (install it: apt-get install chromium)")
    if not (VENDOR / "leaflet" / "leaflet.js").exists():
        _unavailable("static assets are not installed (run `parkbridge setup-assets`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser, live_server, registry):
    """Open a path of the live server in a fresh page, in a given interface language; page
    script errors are collected so tests can assert there were none."""
    contexts = []

    def open_(path: str, language: str = "en"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        context.add_cookies(
            [{"name": "django_language", "value": language, "url": live_server.url}]
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.script_errors = []
        page.on("pageerror", lambda error: page.script_errors.append(str(error)))
        # What the Content-Security-Policy blocked (Chromium reports it on the console).
        page.csp_violations = []
        page.on(
            "console",
            lambda message: (
                page.csp_violations.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        page.goto(live_server.url + path)
        return page

    yield open_
    for context in contexts:
        context.close()
