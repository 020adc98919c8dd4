"""Adding and changing feeds: the checks every entry point (CLI, API, Sources page) shares."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from parkbridge.press.fetching import FetchError, check_url
from parkbridge.press.models import MAX_POLL_MINUTES, MIN_POLL_MINUTES, Feed

MAX_URLS_PER_RUN = 50


class BadFeed(ValueError):
    """The feed cannot be added as given; the message says why."""


def clean_url(url: str) -> str:
    url = (url or "").strip()
    try:
        check_url(url)
        URLValidator(schemes=["http", "https"])(url)
    except FetchError as error:
        raise BadFeed(str(error)) from error
    except ValidationError as error:
        raise BadFeed(f"not a valid web address: {url}") from error
    if len(url) > 1000:
        raise BadFeed("the address is longer than 1000 characters")
    return url


def add_feed(url: str, *, name: str = "", every_minutes: int = 60, user: Any = None) -> Feed:
    url = clean_url(url)
    if not MIN_POLL_MINUTES <= every_minutes <= MAX_POLL_MINUTES:
        raise BadFeed(f"poll every {MIN_POLL_MINUTES} to {MAX_POLL_MINUTES} minutes")
    if Feed.objects.filter(url=url).exists():
        raise BadFeed(f"this feed is already followed: {url}")
    return Feed.objects.create(
        url=url, name=(name or "").strip()[:200], every_minutes=every_minutes,
        created_by=user if getattr(user, "is_authenticated", False) else None,
    )  # fmt: skip
