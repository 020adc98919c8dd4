"""The production settings pass Django's deployment checks and refuse to start without a
real secret key."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

MANAGE = Path(__file__).resolve().parents[3] / "manage.py"


def _check(tmp_path, **env_overrides) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "parkbridge.settings_production",
        "PARKBRIDGE_VAR_DIR": str(tmp_path),
        "PARKBRIDGE_SECRET_KEY": secrets.token_urlsafe(60),
        "PARKBRIDGE_ALLOWED_HOSTS": "parks.example.org",
        **env_overrides,
    }
    env = {k: v for k, v in env.items() if v is not None}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # a test-only flag; deployment checks refuse it
    return subprocess.run(
        [sys.executable, str(MANAGE), "check", "--deploy", "--fail-level", "WARNING"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_the_deployment_checks_are_clean(tmp_path):
    result = _check(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = _check(tmp_path, PARKBRIDGE_SECRET_KEY=None)
    assert result.returncode != 0 and "PARKBRIDGE_SECRET_KEY" in result.stderr


def test_production_refuses_a_short_secret_key(tmp_path):
    result = _check(tmp_path, PARKBRIDGE_SECRET_KEY="short")
    assert result.returncode != 0 and "50 random characters" in result.stderr


def test_production_settings_harden_cookies_and_accounts(monkeypatch, tmp_path):
    import importlib

    monkeypatch.setenv("PARKBRIDGE_SECRET_KEY", secrets.token_urlsafe(60))
    monkeypatch.setenv("PARKBRIDGE_ALLOWED_HOSTS", "parks.example.org")
    monkeypatch.setenv("PARKBRIDGE_VAR_DIR", str(tmp_path))
    production = importlib.import_module("parkbridge.settings_production")
    production = importlib.reload(production)
    assert production.DEBUG is False
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
    assert production.SECURE_HSTS_SECONDS >= 31536000
    assert production.PARKBRIDGE_ROLELESS_WRITERS is False
    assert "parkbridge.accounts.middleware.HistoryMiddleware" in production.MIDDLEWARE
    assert production.AUTHENTICATION_BACKENDS == [
        "parkbridge.accounts.backends.ThrottledModelBackend"
    ]
