"""Did a browser send this request from another site's page? Read from the ``Origin`` header
(every browser sends it on a cross-origin POST) and ``Sec-Fetch-Site``; a request without
either (curl, scripts, API clients) is not a browser's cross-site request."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest


def _origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def cross_site(request: HttpRequest) -> bool:
    origin = request.headers.get("Origin")
    if origin is not None:
        if origin == "null":
            return True  # sandboxed frames, data: and file: pages
        try:
            own = f"{request.scheme}://{request.get_host()}".lower()
        except Exception:  # a Host outside ALLOWED_HOSTS
            return True
        trusted = {_origin_of(o) for o in getattr(settings, "CSRF_TRUSTED_ORIGINS", [])}
        return _origin_of(origin) not in {own, *trusted}
    return request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site"
