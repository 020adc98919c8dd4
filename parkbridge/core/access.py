"""Who is asking, and what they may see and change. Pages, API, exports and counts all go
through here so that a confidential record is hidden the same way everywhere.

The rules live in :mod:`parkbridge.accounts.rights` (roles, memberships, assignments), which
installs them here when the accounts app is ready (:func:`install_policy`). ``core`` knows
only this interface and never imports ``accounts`` or ``marketplace`` (lower layers don't
import higher ones); every app imports the entry points below.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.http import HttpRequest

from parkbridge.core.models import ApiToken


class AccessPolicy(Protocol):
    def is_administrator(self, user) -> bool: ...

    def visible(self, queryset: models.QuerySet, user) -> models.QuerySet: ...

    def can_edit(self, user, obj: models.Model) -> bool: ...

    def hide_references(self, objs: Iterable[models.Model], user) -> None: ...

    def acts_for(self, user, organisation_id: int | None) -> bool: ...


_policy: AccessPolicy | None = None


def install_policy(policy: AccessPolicy) -> None:
    """Called once by the accounts app with the rules of seeing and editing."""
    global _policy
    _policy = policy


def policy() -> AccessPolicy:
    if _policy is None:
        raise ImproperlyConfigured(
            "no access policy installed (is parkbridge.accounts in INSTALLED_APPS?)"
        )
    return _policy


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
    return policy().is_administrator(user)


def visible(queryset: models.QuerySet, user) -> models.QuerySet:
    """The rows of ``queryset`` that ``user`` may see: confidential records (and the records
    that are part of them, or are about them) only for administrators and the people they
    belong to."""
    return policy().visible(queryset, user)


def can_see(user, obj: models.Model) -> bool:
    return visible(obj.__class__._base_manager.filter(pk=obj.pk), user).exists()


def hide_references(objs: Iterable[models.Model], user) -> None:
    """Blank, on these loaded records, every reference to a record ``user`` may not see (a
    public site operated by a confidential organisation shows no operator). Call it on what
    is about to be shown; never save the records afterwards."""
    policy().hide_references(objs, user)


def acts_for(user, organisation_id: int | None) -> bool:
    """Does ``user`` speak for the organisation (a member of it, or an administrator)? What
    lets a user publish its marketplace profiles, answer interests, register it for B2B."""
    return policy().acts_for(user, organisation_id)


def can_edit(user, obj: models.Model) -> bool:
    """May ``user`` create, change or delete ``obj``? Check it on the record before a change
    and again on the result, so nobody moves a record out of their own reach or into it."""
    return policy().can_edit(user, obj)
