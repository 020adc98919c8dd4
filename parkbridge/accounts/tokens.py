"""API tokens people make for themselves (the "My ParkBridge" page and the API): scopes from
``ApiToken.SCOPES`` and a lifetime never longer than ``PARKBRIDGE_TOKEN_MAX_DAYS``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from parkbridge.core.models import ApiToken

DEFAULT_MAX_DAYS = 365


class TokenError(ValueError):
    pass


def max_token_days() -> int:
    return int(getattr(settings, "PARKBRIDGE_TOKEN_MAX_DAYS", DEFAULT_MAX_DAYS))


def issue_token(
    user, *, name: str = "", scopes: Iterable[str], days: int | None
) -> tuple[ApiToken, str]:
    """A new token and its secret (returned once, never stored)."""
    wanted = sorted(set(scopes))
    if not wanted or not set(wanted) <= set(ApiToken.SCOPES):
        raise TokenError(_("Choose read, write or both."))
    limit = max_token_days()
    if days is None or not 1 <= days <= limit:
        raise TokenError(_("A token lives 1 to %(max)s days.") % {"max": limit})
    return ApiToken.issue(
        user, name=name.strip()[:100], scopes=wanted, expires=timezone.now() + timedelta(days=days)
    )


def revoke_token(user, token_id: int) -> bool:
    deleted, _counts = ApiToken.objects.filter(pk=token_id, user=user).delete()
    return bool(deleted)
