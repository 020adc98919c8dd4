"""With every request beyond the test server refused, Swagger UI still draws the API's
operations at /api/docs."""

from __future__ import annotations

from urllib.parse import urlsplit


def test_swagger_ui_draws_the_operations_with_no_internet(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    own_host = urlsplit(live_server.url).netloc
    refused: list[str] = []

    def only_this_server(route) -> None:
        if urlsplit(route.request.url).netloc == own_host:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_this_server)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/api/docs")
        page.wait_for_selector(".opblock", timeout=20_000)
        assert page.locator(".opblock").count() > 10
        assert refused == []
    finally:
        context.close()
