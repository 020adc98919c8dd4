"""Django settings. Everything a deployment changes comes from environment variables.

Defaults give the embedded set-up: SQLite in ``var/`` next to the code, debug off unless asked.
"""

from __future__ import annotations

import os
from pathlib import Path

from parkbridge.dburl import database_from_url

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(os.environ.get("PARKBRIDGE_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("PARKBRIDGE_DEBUG", False)
# The embedded default runs on loopback only, so a fixed development key is acceptable there;
# production settings refuse to start without a real one.
SECRET_KEY = os.environ.get(
    "PARKBRIDGE_SECRET_KEY", "parkbridge-embedded-development-key-change-me"
)
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("PARKBRIDGE_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
    if h.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    # django-ninja's own copies of Swagger UI and ReDoc (templates + static files), so /api/docs
    # and /api/redoc work without the internet; without the app ninja loads them from a CDN.
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "parkbridge.core",
    "parkbridge.accounts",
    "parkbridge.organisations",
    "parkbridge.sites",
    "parkbridge.events",
    "parkbridge.agreements",
    "parkbridge.targets",
    "parkbridge.press",
    "parkbridge.b2b",
    "parkbridge.marketplace",
    "parkbridge.web",
    # After our apps, so our templates (allauth's pages inside the site's layout) win.
    "allauth",
    "allauth.account",
    "allauth.mfa",
]

MIDDLEWARE = [
    "parkbridge.core.client_address.UntrustedForwardingHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "parkbridge.core.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "parkbridge.accounts.middleware.ProfileMiddleware",
    "parkbridge.accounts.middleware.RequireMfaMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "parkbridge.accounts.middleware.HistoryMiddleware",
]

# Logins are throttled per username and address (see parkbridge/accounts/throttle.py).
AUTHENTICATION_BACKENDS = ["parkbridge.accounts.backends.ThrottledModelBackend"]

# Accounts (django-allauth): sign-in by username or e-mail, sign-up confirmed by e-mail,
# password reset, e-mail change, two-factor authentication (TOTP and recovery codes).
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "parkbridge.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"login": "parkbridge.accounts.forms.LoginForm"}
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# A reset asked for an unknown address sends nothing; the page says the same either way.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[ParkBridge] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("PARKBRIDGE_HTTP_PROTOCOL", "http")
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "ParkBridge"
# "open": anyone may sign up; "invitation": only with an invitation (people's invitation
# link puts its key in the session, see parkbridge/accounts/adapter.py).
PARKBRIDGE_SIGNUP = os.environ.get("PARKBRIDGE_SIGNUP", "open")
PARKBRIDGE_REQUIRE_MFA_FOR_STAFF = env_bool("PARKBRIDGE_REQUIRE_MFA_FOR_STAFF", False)

ROOT_URLCONF = "parkbridge.urls"
WSGI_APPLICATION = "parkbridge.wsgi.application"
ASGI_APPLICATION = "parkbridge.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "parkbridge.accounts.navigation.sections",
            ],
        },
    },
]

if not os.environ.get("DATABASE_URL"):
    # The SQLite database lives here: readable by this account only (core/apps.py keeps the
    # database file itself at 0600).
    VAR_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL", ""), default_sqlite=VAR_DIR / "parkbridge.sqlite3"
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ru", "Русский"), ("zh-hans", "中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("PARKBRIDGE_STATIC_ROOT", VAR_DIR / "static"))
if not os.environ.get("PARKBRIDGE_STATIC_ROOT"):
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [d for d in [BASE_DIR / "static_vendor"] if d.is_dir()]

# Uploads and API bodies above this are refused before they reach a view.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("PARKBRIDGE_MAX_BODY_BYTES", 10 * 1024 * 1024))
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE
PARKBRIDGE_IMPORT_MAX_BYTES = int(os.environ.get("PARKBRIDGE_IMPORT_MAX_BYTES", 50 * 1024 * 1024))

# Background work (scheduling runs, article ingestion) goes through Django's task framework;
# the database backend needs no extra service. `parkbridge worker` runs the queue.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("PARKBRIDGE_TASK_BACKEND", "django_tasks_db.DatabaseBackend")
    }
}

# An online tile layer for the map (e.g. an OpenStreetMap tile server); empty: the offline
# country-borders layer only.
PARKBRIDGE_TILE_URL = os.environ.get("PARKBRIDGE_TILE_URL", "")

# Content-Security-Policy (parkbridge/core/csp.py): a replacement policy, or report-only.
PARKBRIDGE_CSP = os.environ.get("PARKBRIDGE_CSP", "")
PARKBRIDGE_CSP_REPORT_ONLY = env_bool("PARKBRIDGE_CSP_REPORT_ONLY", False)

# Proxies whose X-Forwarded-For is believed (addresses or networks, comma-separated); none in
# development: the client address is the peer's (parkbridge/core/client_address.py).
PARKBRIDGE_TRUSTED_PROXIES = [
    p.strip() for p in os.environ.get("PARKBRIDGE_TRUSTED_PROXIES", "").split(",") if p.strip()
]

# Press facts linked to the registry with at least this confidence are applied without review;
# above 1 (the default) nothing is.
PARKBRIDGE_AUTO_ACCEPT_CONFIDENCE = float(
    os.environ.get("PARKBRIDGE_AUTO_ACCEPT_CONFIDENCE", "1.01")
)

# API tokens people create for themselves live at most this many days; invitation links
# expire after PARKBRIDGE_INVITATION_DAYS.
PARKBRIDGE_TOKEN_MAX_DAYS = int(os.environ.get("PARKBRIDGE_TOKEN_MAX_DAYS", "365"))
PARKBRIDGE_INVITATION_DAYS = int(os.environ.get("PARKBRIDGE_INVITATION_DAYS", "14"))

# Press feeds and pages: fetching guards (see parkbridge/press/fetching.py). Private, loopback,
# link-local and reserved addresses are refused unless allowed (tests and intranets only).
PARKBRIDGE_FETCH_ALLOW_PRIVATE = env_bool("PARKBRIDGE_FETCH_ALLOW_PRIVATE", False)
PARKBRIDGE_FETCH_MAX_BYTES = int(os.environ.get("PARKBRIDGE_FETCH_MAX_BYTES", 5 * 1024 * 1024))
PARKBRIDGE_FETCH_READ_TIMEOUT = float(os.environ.get("PARKBRIDGE_FETCH_READ_TIMEOUT", "20"))
PARKBRIDGE_FETCH_DEADLINE = float(os.environ.get("PARKBRIDGE_FETCH_DEADLINE", "60"))
PARKBRIDGE_FETCH_MAX_REDIRECTS = int(os.environ.get("PARKBRIDGE_FETCH_MAX_REDIRECTS", "5"))

NINJA_PAGINATION_PER_PAGE = 50
NINJA_PAGINATION_MAX_LIMIT = 1000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("PARKBRIDGE_LOG_LEVEL", "WARNING")},
}

# E-mail goes through the outbox (parkbridge/accounts/mail.py) and is sent by the worker.
# Without PARKBRIDGE_EMAIL_HOST it is printed to the worker's console (development).
EMAIL_HOST = os.environ.get("PARKBRIDGE_EMAIL_HOST", "")
EMAIL_BACKEND = os.environ.get(
    "PARKBRIDGE_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = int(os.environ.get("PARKBRIDGE_EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("PARKBRIDGE_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("PARKBRIDGE_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("PARKBRIDGE_EMAIL_TLS", True)
EMAIL_USE_SSL = env_bool("PARKBRIDGE_EMAIL_SSL", False) and not EMAIL_USE_TLS
EMAIL_TIMEOUT = int(os.environ.get("PARKBRIDGE_EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ParkBridge <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The address links in e-mails start with.
PARKBRIDGE_SITE_URL = os.environ.get("PARKBRIDGE_SITE_URL", "http://127.0.0.1:8000")
PARKBRIDGE_MAIL_MAX_ATTEMPTS = int(os.environ.get("PARKBRIDGE_MAIL_MAX_ATTEMPTS", "8"))
