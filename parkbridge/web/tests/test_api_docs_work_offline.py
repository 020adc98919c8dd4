"""/api/docs (Swagger UI) and /api/redoc load only from this server: every script, style and icon
they reference is a local path, and the server answers each with the file."""

from __future__ import annotations

import json
import re
import urllib.request
from urllib.parse import urljoin

import pytest

REFERENCE = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
ABSOLUTE = re.compile(r"""["'(]\s*(?:https?:)?//[^"')\s]+""", re.IGNORECASE)


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
        return response.status, response.read()


@pytest.mark.parametrize("path", ["/api/docs", "/api/redoc"])
def test_the_api_docs_page_references_nothing_outside_the_server(live_server, path):
    status, body = _get(live_server.url + path)
    html = body.decode()
    assert status == 200
    assert ABSOLUTE.findall(html) == []
    assets = REFERENCE.findall(html)
    assert any(asset.endswith(".js") for asset in assets)
    for asset in assets:
        asset_status, content = _get(urljoin(live_server.url + path, asset))
        assert asset_status == 200, asset
        assert len(content) > 100, asset


def test_the_docs_scripts_load_the_schema_from_this_server(live_server):
    _, body = _get(live_server.url + "/api/docs")
    settings_json = re.search(
        r'<script type="application/json" id="swagger-settings">(.*?)</script>', body.decode(), re.S
    )
    assert settings_json is not None
    assert '"url": "/api/openapi.json"' in settings_json.group(1)
    assert '"validatorUrl": null' in settings_json.group(1)
    status, schema = _get(live_server.url + "/api/openapi.json")
    assert status == 200 and b'"openapi"' in schema


def test_the_schema_has_no_duplicated_keys(client):
    duplicated: list[str] = []

    def refuse_duplicates(pairs: list[tuple[str, object]]) -> dict:
        keys = [key for key, _ in pairs]
        duplicated.extend(key for key in set(keys) if keys.count(key) > 1)
        return dict(pairs)

    response = client.get("/api/openapi.json")
    json.loads(response.content, object_pairs_hook=refuse_duplicates)
    assert duplicated == []
