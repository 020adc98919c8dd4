"""A list page answers htmx's filter requests with its results fragment (never stored by the
browser), and htmx's history-restore requests with the whole page."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["/sites/?country=RU", "/events/?kind=business_mission"])
def test_a_filter_request_gets_the_fragment_and_it_is_never_cached(client, registry, path):
    response = client.get(path, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<header" not in html and 'class="results-body"' in html
    assert "no-store" in response["Cache-Control"]
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize("path", ["/sites/?country=RU", "/events/?kind=business_mission"])
def test_a_history_restore_request_gets_the_whole_page(client, registry, path):
    response = client.get(
        path, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    html = response.content.decode()
    assert "<header" in html and "<form" in html and 'class="results-body"' in html
    assert "HX-History-Restore-Request" in response["Vary"]
