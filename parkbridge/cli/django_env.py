"""Start Django from the CLI only when a command needs the database."""

from __future__ import annotations

import os


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parkbridge.settings")
    import django

    django.setup()
