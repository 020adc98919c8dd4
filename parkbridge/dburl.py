"""Turn a ``DATABASE_URL`` into Django's DATABASES entry (PostgreSQL or SQLite)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse


class DatabaseUrlError(ValueError):
    pass


# SQLite: a transaction takes the write lock when it begins (IMMEDIATE), so a second writer
# waits up to `timeout` seconds for it. With the default DEFERRED begin, a transaction that
# read first and then writes while another holds the lock fails at once with "database is
# locked" (SQLite can't wait there without risking a deadlock): concurrent PATCHes of one
# record answered 503.
SQLITE_OPTIONS = {"timeout": 30, "transaction_mode": "IMMEDIATE"}


def database_from_url(url: str, default_sqlite: Path) -> dict[str, Any]:
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(default_sqlite),
            "OPTIONS": dict(SQLITE_OPTIONS),
        }
    parsed = urlparse(url)
    if parsed.scheme in {"postgres", "postgresql"}:
        options = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": options.pop("host", parsed.hostname or ""),
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": options,
        }
    if parsed.scheme == "sqlite":
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": unquote(parsed.path) or str(default_sqlite),
            "OPTIONS": dict(SQLITE_OPTIONS),
        }
    raise DatabaseUrlError(f"DATABASE_URL scheme {parsed.scheme!r} is not supported")
