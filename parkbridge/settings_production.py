"""Production settings: the base settings, hardened. Use with
``DJANGO_SETTINGS_MODULE=parkbridge.settings_production``.

Required environment: ``PARKBRIDGE_SECRET_KEY`` (50+ random characters), ``DATABASE_URL``
(PostgreSQL), ``PARKBRIDGE_ALLOWED_HOSTS``. The reference of every variable is in
``deploy/README.md``.
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

from parkbridge.settings import *  # noqa: F403
from parkbridge.settings import AUTH_PASSWORD_VALIDATORS, env_bool


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in production (see deploy/README.md)")
    return value


SECRET_KEY = _required("PARKBRIDGE_SECRET_KEY")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured("PARKBRIDGE_SECRET_KEY must be at least 50 random characters")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in _required("PARKBRIDGE_ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("PARKBRIDGE_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

# Behind the reverse proxy (deploy/nginx.conf), which terminates TLS and says so.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
USE_X_FORWARDED_HOST = False
PARKBRIDGE_BEHIND_PROXY = env_bool("PARKBRIDGE_BEHIND_PROXY", True)
# X-Forwarded-For is believed from these only: by default the nginx of deploy/ on this host.
PARKBRIDGE_TRUSTED_PROXIES = [
    p.strip()
    for p in os.environ.get(
        "PARKBRIDGE_TRUSTED_PROXIES", "127.0.0.1,::1" if PARKBRIDGE_BEHIND_PROXY else ""
    ).split(",")
    if p.strip()
]
SECURE_SSL_REDIRECT = env_bool("PARKBRIDGE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("PARKBRIDGE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("PARKBRIDGE_HSTS_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("PARKBRIDGE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("PARKBRIDGE_SESSION_SECONDS", 60 * 60 * 12))
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

# Accounts: roles are required to write, every login form is throttled, and every change made
# through a page is attributed to its user.
PARKBRIDGE_ROLELESS_WRITERS = env_bool("PARKBRIDGE_ROLELESS_WRITERS", False)
# Sign-up only with an invitation unless opened; staff and administrators must use
# two-factor authentication; links in e-mail use https.
PARKBRIDGE_SIGNUP = os.environ.get("PARKBRIDGE_SIGNUP", "invitation")
if PARKBRIDGE_SIGNUP not in {"open", "invitation"}:
    raise ImproperlyConfigured("PARKBRIDGE_SIGNUP must be 'open' or 'invitation'")
PARKBRIDGE_REQUIRE_MFA_FOR_STAFF = env_bool("PARKBRIDGE_REQUIRE_MFA_FOR_STAFF", True)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("PARKBRIDGE_HTTP_PROTOCOL", "https")

# Mail: SMTP (PARKBRIDGE_EMAIL_HOST, _PORT, _USER, _PASSWORD, _TLS; DEFAULT_FROM_EMAIL).
EMAIL_BACKEND = os.environ.get(
    "PARKBRIDGE_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("PARKBRIDGE_EMAIL_HOST", "localhost")

AUTH_PASSWORD_VALIDATORS = [
    *[v for v in AUTH_PASSWORD_VALIDATORS if not v["NAME"].endswith("MinimumLengthValidator")],
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": int(os.environ.get("PARKBRIDGE_PASSWORD_MIN_LENGTH", 12))},
    },
]

# Connections are kept between requests (fewer connects under load) and checked before use,
# so a database restart costs the requests in flight, not every later one.
for _database in DATABASES.values():  # noqa: F405
    if _database["ENGINE"].endswith("postgresql"):
        _database["CONN_MAX_AGE"] = int(os.environ.get("PARKBRIDGE_DB_CONN_MAX_AGE", 60))
        _database["CONN_HEALTH_CHECKS"] = True
        _database.setdefault("OPTIONS", {}).setdefault(
            "connect_timeout", int(os.environ.get("PARKBRIDGE_DB_CONNECT_TIMEOUT", 5))
        )

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # The level is on the handler too: records propagated from Django's own loggers skip
    # the root logger's level.
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "level": os.environ.get("PARKBRIDGE_LOG_LEVEL", "WARNING"),
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("PARKBRIDGE_LOG_LEVEL", "WARNING")},
    "loggers": {"django.security": {"level": "WARNING"}},
}
