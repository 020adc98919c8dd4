"""The WSGI application (granian in production, see parkbridge/cli/web_server.py)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parkbridge.settings")
application = get_wsgi_application()


def _settle() -> None:
    """Import the URL map (every app's views and API schemas) now, then move everything loaded
    so far out of the cyclic garbage collector's reach: collections then walk one request's
    objects, not the tens of thousands that live as long as the process."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports every urls and api module)
    gc.collect()
    gc.freeze()


_settle()
