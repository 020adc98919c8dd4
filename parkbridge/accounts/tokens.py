"""API tokens people make for themselves (the "My ParkBridge" page and the API): scopes from
``ApiToken.SCOPES`` and a lifetime never longer than ``PARKBRIDGE_TOKEN_MAX_DAYS``. A token
made with a token never outlives it (a stolen one-day token must not become a lasting one);
tokens that never expire come from the command line only (``parkbridge token create``)."""

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
    user,
    *,
    name: str = "",
    scopes: Iterable[str],
    days: int | None,
    minting: ApiToken | None = None,
    explicit: bool = True,
) -> tuple[ApiToken, str]:
    """A new token and its secret (returned once, never stored). ``minting``: the token the
    request came with, if any — the new one expires no later than it (a default lifetime,
    ``explicit`` false, is shortened to it; an explicit longer one is refused)."""
    wanted = sorted(set(scopes))
    if not wanted or not set(wanted) <= set(ApiToken.SCOPES):
        raise TokenError(_("Choose read, write or both."))
    limit = max_token_days()
    if days is None or not 1 <= days <= limit:
        raise TokenError(_("A token lives 1 to %(max)s days.") % {"max": limit})
    expires = timezone.now() + timedelta(days=days)
    if minting is not None and minting.expires is not None and expires > minting.expires:
        if explicit:
            raise TokenError(
                _("A token can't make one that outlives it: this one expires %(when)s.")
                % {"when": minting.expires.strftime("%Y-%m-%d %H:%M UTC")}
            )
        expires = minting.expires
    return ApiToken.issue(user, name=name.strip()[:100], scopes=wanted, expires=expires)


def revoke_token(user, token_id: int) -> bool:
    deleted, _counts = ApiToken.objects.filter(pk=token_id, user=user).delete()
    return bool(deleted)
