"""Issue 13, finding 13: every answer carries a Content-Security-Policy that lets only this
site's own scripts run (no inline script, no eval, no other origin), in development and in
production settings; the API documentation pages get their own looser policy."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

MANAGE = Path(__file__).resolve().parents[3] / "manage.py"


def _directives(header: str) -> dict[str, str]:
    return {d.split(" ", 1)[0]: d.partition(" ")[2] for d in header.split("; ")}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/sites/", "/api/sites", "/marketplace/"])
def test_pages_and_api_answers_allow_only_our_own_scripts(client, path):
    answer = client.get(path)
    policy = _directives(answer["Content-Security-Policy"])
    assert policy["script-src"].startswith("'self' 'nonce-")
    assert "unsafe-inline" not in policy["script-src"] and "unsafe-eval" not in policy["script-src"]
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"


@pytest.mark.django_db
def test_each_answer_has_a_fresh_nonce(client):
    first = client.get("/")["Content-Security-Policy"]
    second = client.get("/")["Content-Security-Policy"]
    assert first != second


@pytest.mark.django_db
def test_a_tile_server_is_allowed_for_images_only(client, settings):
    settings.PARKBRIDGE_TILE_URL = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    policy = _directives(client.get("/")["Content-Security-Policy"])
    assert "https://*.tile.example.org" in policy["img-src"]
    assert "tile.example.org" not in policy["script-src"]


def test_production_settings_send_the_policy_too(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "parkbridge.settings_production",
        "PARKBRIDGE_VAR_DIR": str(tmp_path),
        "PARKBRIDGE_SECRET_KEY": secrets.token_urlsafe(60),
        "PARKBRIDGE_ALLOWED_HOSTS": "parks.example.org",
    }
    code = "from django.conf import settings; print('\\n'.join(settings.MIDDLEWARE))"
    result = subprocess.run(
        [sys.executable, str(MANAGE), "shell", "-c", code],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "parkbridge.core.csp.ContentSecurityPolicyMiddleware" in result.stdout.split()
