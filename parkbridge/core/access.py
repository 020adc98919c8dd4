"""Who is asking, and what they may see. Pages, API, exports and counts all go through here so
that a confidential record is hidden the same way everywhere."""

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
        return token.user
    return user


def sees_everything(user) -> bool:
    return bool(user is not None and user.is_authenticated and (user.is_superuser or user.is_staff))


def visible(queryset: models.QuerySet, user) -> models.QuerySet:
    """Hide confidential records from everyone but administrators and staff."""
    model = queryset.model
    if sees_everything(user):
        return queryset
    if any(f.name == "confidential" for f in model._meta.get_fields()):
        return queryset.filter(confidential=False)
    return queryset
