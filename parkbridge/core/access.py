"""Who is asking, and what they may see and change. Pages, API, exports and counts all go
through here so that a confidential record is hidden the same way everywhere.

The rules themselves live in :mod:`parkbridge.accounts.rights` (roles, memberships,
assignments); this module is the stable entry point the other apps import.
"""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest

from parkbridge.core.models import ApiToken


def bearer_token(request: HttpRequest) -> ApiToken | None:
    header = request.headers.get("Authorization", "")
    scheme, _, raw = header.partition(" ")
    if scheme.lower() != "bearer" or not raw.strip():
        return None
    return ApiToken.authenticate(raw.strip())


def request_user(request: HttpRequest):
    """The session user, or the owner of a valid bearer token, or the anonymous user."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return user
    token = bearer_token(request)
    if token is not None:
        request.user = token.user  # later calls in the same request skip the token look-up
        return token.user
    return user


def sees_everything(user) -> bool:
    """Administrators (superusers, staff, the administrator role) see confidential records."""
    from parkbridge.accounts.roles import is_administrator

    return is_administrator(user)


def visible(queryset: models.QuerySet, user) -> models.QuerySet:
    """The rows of ``queryset`` that ``user`` may see: confidential records (and the records
    that are part of them) only for administrators and the organisations they belong to."""
    from parkbridge.accounts.rights import visible as visible_rows

    return visible_rows(queryset, user)


def can_see(user, obj: models.Model) -> bool:
    return visible(obj.__class__._base_manager.filter(pk=obj.pk), user).exists()


def can_edit(user, obj: models.Model) -> bool:
    """May ``user`` create, change or delete ``obj``? Check it on the record before a change
    and again on the result, so nobody moves a record out of their own reach or into it."""
    from parkbridge.accounts.rights import can_edit as allowed

    return allowed(user, obj)
