"""Content-Security-Policy: the browser runs only scripts served by this site (no inline
script, no eval, no third-party origin), so markup that slipped through escaping can't run.

Our pages have no inline scripts: data for scripts travels as ``json_script`` blocks
(``type="application/json"``, never executed) and behaviour lives in static files. A template
that must have an inline script gives it ``nonce="{{ request.csp_nonce }}"``. Styles allow
``'unsafe-inline'``: a few ``style`` attributes (progress bars) and the styles htmx, Leaflet
and Plotly set; a style can't run code. The API documentation pages (Swagger UI, ReDoc,
rendered by django-ninja with an inline start-up script) get their own, looser policy.

Settings: ``PARKBRIDGE_CSP`` replaces the policy entirely; ``PARKBRIDGE_CSP_REPORT_ONLY``
sends it as ``Content-Security-Policy-Report-Only`` (try a change without breaking pages);
``PARKBRIDGE_TILE_URL``'s origin is allowed for map tiles.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse

DOCS_PREFIXES = ("/api/docs", "/api/redoc")


def _origin(url: str) -> str:
    parts = urlsplit(url.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    host = parts.netloc.replace("a.", "*.", 1) if "{s}" in url else parts.netloc
    return f"{parts.scheme}://{host}"


def policy(nonce: str, docs: bool = False) -> str:
    custom = getattr(settings, "PARKBRIDGE_CSP", "")
    if custom:
        return custom.replace("{nonce}", nonce)
    tiles = _origin(getattr(settings, "PARKBRIDGE_TILE_URL", "") or "")
    scripts = "'self' 'unsafe-inline'" if docs else f"'self' 'nonce-{nonce}'"
    directives = [
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: blob:{' ' + tiles if tiles else ''}",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
    return "; ".join(directives)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        nonce = secrets.token_urlsafe(16)
        request.csp_nonce = nonce
        response = self.get_response(request)
        header = (
            "Content-Security-Policy-Report-Only"
            if getattr(settings, "PARKBRIDGE_CSP_REPORT_ONLY", False)
            else "Content-Security-Policy"
        )
        if header not in response:
            response[header] = policy(nonce, docs=request.path.startswith(DOCS_PREFIXES))
        return response
