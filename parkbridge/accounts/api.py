"""Accounts API: who am I, session login/logout (throttled), my API tokens, roles (for
administrators), and the per-record change history with restore.

No ``from __future__ import annotations``: django-ninja reads the annotations at run time.
"""

from datetime import datetime
from typing import Any, Literal

from django.apps import apps
from django.contrib.auth import authenticate, get_user_model, login, logout
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.responses import Status
from ninja.security import django_auth

from parkbridge.accounts.history import snapshot, version_of
from parkbridge.accounts.models import ChangeAction, ChangeRecord
from parkbridge.accounts.restore import RestoreError, restore
from parkbridge.accounts.rights import (
    assigned_event_ids,
    assigned_site_ids,
    can_edit,
    could_see,
    forget_cached_rights,
    organisation_ids,
    visible,
)
from parkbridge.accounts.roles import ROLE_NAMES, Role, is_administrator, roles_of
from parkbridge.accounts.throttle import client_address, locked_until
from parkbridge.core.api_auth import TokenAuth, write_auth
from parkbridge.core.api_crud import ApiError, ErrorOut
from parkbridge.core.api_schemas import StrictSchema
from parkbridge.core.models import ApiToken

router = Router(tags=["accounts"])
history_router = Router(tags=["history"])

read_auth = [TokenAuth("read"), django_auth]
write_or_session = [write_auth, django_auth]


class MeOut(Schema):
    id: int
    username: str
    roles: list[str]
    administrator: bool
    organisations: list[int]
    sites: list[int]
    events: list[int]


def _me(user) -> dict[str, Any]:
    return {
        "id": user.pk,
        "username": user.get_username(),
        "roles": sorted(roles_of(user)),
        "administrator": is_administrator(user),
        "organisations": sorted(organisation_ids(user)),
        "sites": sorted(assigned_site_ids(user)),
        "events": sorted(assigned_event_ids(user)),
    }


@router.get("/me", response={200: MeOut, 401: ErrorOut}, auth=read_auth, operation_id="accounts_me")
def me(request: HttpRequest):
    """The caller's account, roles and the organisations, sites and events it acts for."""
    return _me(request.auth)


def refuse_cross_site(request: HttpRequest, body: bool) -> None:
    """Refuse a request a browser sent from another site's page: a JSON body (a form can't
    send one, and a cross-site script can't without a CORS preflight we never answer), and an
    ``Origin`` / ``Sec-Fetch-Site`` of this site or of ``CSRF_TRUSTED_ORIGINS``. Clients
    that aren't browsers send neither header and pass."""
    from parkbridge.core.same_origin import cross_site

    if body and request.content_type != "application/json":
        raise ApiError(415, "send the body as application/json")
    if cross_site(request):
        raise ApiError(403, "refused: the request came from another site")


class LoginIn(StrictSchema):
    username: str = Field(..., min_length=1, max_length=150)
    password: str = Field(..., min_length=1, max_length=4096)


@router.post(
    "/login",
    response={200: MeOut, 401: ErrorOut, 403: ErrorOut, 415: ErrorOut, 429: ErrorOut},
    operation_id="accounts_login",
    summary="Start a session (throttled)",
)
def session_login(request: HttpRequest, payload: LoginIn, response: HttpResponse):
    """Log in with a password; the session cookie then authorises the API and the pages.
    Too many failures from one address lock that username there for a while (429). The body
    must be `application/json` and the request may not come from another site's page (login
    CSRF: a page elsewhere signing the visitor in to an account of its choosing)."""
    refuse_cross_site(request, body=True)
    address = client_address(request)
    until = locked_until(payload.username, address)
    if until is not None:
        seconds = max(1, int((until - timezone.now()).total_seconds()))
        response["Retry-After"] = str(seconds)
        return Status(429, {"detail": f"too many failed logins; try again in {seconds} s"})
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None:
        # authenticate() has counted the failure (user_login_failed signal).
        raise ApiError(401, "wrong username or password")
    login(request, user)
    return _me(user)


@router.post("/logout", response={204: None, 403: ErrorOut}, operation_id="accounts_logout")
def session_logout(request: HttpRequest):
    """End the session; refused when another site's page sends it."""
    refuse_cross_site(request, body=False)
    logout(request)
    return Status(204, None)


# ---- tokens ---------------------------------------------------------------------------------


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    scopes: list[str]
    expires: datetime | None
    created: datetime
    last_used: datetime | None


class TokenIn(StrictSchema):
    name: str = Field("", max_length=100)
    scopes: list[Literal["read", "write"]] = Field(default_factory=lambda: ["read"], min_length=1)
    expires_in_days: int = Field(
        90, ge=1, description="At most PARKBRIDGE_TOKEN_MAX_DAYS (365 by default)."
    )


class TokenCreated(TokenOut):
    token: str = Field(..., description="The secret; shown once, never stored.")


@router.get(
    "/tokens", response={200: list[TokenOut], 401: ErrorOut}, auth=read_auth,
    operation_id="accounts_tokens",
)  # fmt: skip
def list_tokens(request: HttpRequest):
    return ApiToken.objects.filter(user=request.auth).order_by("-created")


@router.post(
    "/tokens",
    response={201: TokenCreated, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
    auth=write_or_session,
    operation_id="accounts_token_create",
)
def create_token(request: HttpRequest, payload: TokenIn):
    """Issue a token with the given scopes and lifetime. A token can't issue one with more
    scopes than itself, nor one that outlives it; tokens that never expire come from the
    command line only (`parkbridge token create`)."""
    from parkbridge.core.access import bearer_token

    current = bearer_token(request)
    if current is not None and not set(payload.scopes) <= set(current.scopes or []):
        raise ApiError(403, "a token can't issue a token with more scopes than its own")
    from parkbridge.accounts.tokens import TokenError, issue_token

    try:
        token, raw = issue_token(
            request.auth,
            name=payload.name,
            scopes=payload.scopes,
            days=payload.expires_in_days,
            minting=current,
            explicit="expires_in_days" in payload.model_fields_set,
        )
    except TokenError as error:
        raise ApiError(422, str(error)) from error
    return Status(201, {**TokenOut.from_orm(token).dict(), "token": raw})


@router.delete(
    "/tokens/{int:token_id}",
    response={204: None, 401: ErrorOut, 404: ErrorOut},
    auth=write_or_session,
    operation_id="accounts_token_revoke",
)
def revoke_token(request: HttpRequest, token_id: int):
    get_object_or_404(ApiToken, pk=token_id, user=request.auth).delete()
    return Status(204, None)


# ---- roles (administrators) -----------------------------------------------------------------


class RolesIn(StrictSchema):
    roles: list[Literal[tuple(ROLE_NAMES)]]  # type: ignore[valid-type]


@router.put(
    "/users/{int:user_id}/roles",
    response={200: MeOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    auth=write_or_session,
    operation_id="accounts_set_roles",
)
def set_roles(request: HttpRequest, user_id: int, payload: RolesIn):
    """Replace a user's roles (administrators only)."""
    if not is_administrator(request.auth):
        raise ApiError(403, "only administrators assign roles")
    user = get_object_or_404(get_user_model(), pk=user_id)
    from parkbridge.accounts.roles_admin import set_user_roles

    set_user_roles(user, payload.roles)
    forget_cached_rights(user)
    return _me(user)


# ---- history --------------------------------------------------------------------------------


class ChangeOut(Schema):
    id: int
    record_type: str
    record_id: str
    action: str
    user: str
    via: str
    timestamp: datetime
    changed: list[str]
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _change_out(change: ChangeRecord, label: str) -> dict[str, Any]:
    return {
        "id": change.pk,
        "record_type": label,
        "record_id": change.object_id,
        "action": change.action,
        "user": change.username,
        "via": change.via,
        "timestamp": change.timestamp,
        "changed": change.changed_fields(),
        "before": change.before,
        "after": change.after,
    }


def _model_for(label: str) -> type[models.Model]:
    app_label, _, model_name = label.partition(".")
    try:
        model = apps.get_model(app_label, model_name)
    except (LookupError, ValueError) as error:
        raise ApiError(
            404, f"no record type {label!r} (use app_label.model, e.g. sites.site)"
        ) from error
    from parkbridge.accounts.history import is_tracked

    if not is_tracked(model):
        raise ApiError(404, f"{label} has no history")
    return model


# Whose history anyone with a token may read (the records the API shows them); the history of
# everything else — accounts, API tokens, memberships, saved searches, interests, B2B
# requests, mail — is their administrators' only, like the records themselves.
SHARED_HISTORY_APPS = frozenset({"sites", "organisations", "events", "agreements", "targets"})
SHARED_HISTORY_MODELS = frozenset({
    "core.source", "core.provenance", "core.sector", "press.proposal", "marketplace.profile",
})  # fmt: skip


def history_is_shared(model: type[models.Model]) -> bool:
    return (
        model._meta.app_label in SHARED_HISTORY_APPS
        or model._meta.label_lower in SHARED_HISTORY_MODELS
    )


def _recorded_states(model: type[models.Model], record_id: str, changes) -> list:
    """Every state the history holds of a record, as unsaved instances."""
    from parkbridge.accounts.restore import RestoreError, build_instance

    states = []
    for change in changes:
        for state in (change.before, change.after):
            if not state:
                continue
            try:
                states.append(build_instance(model, record_id, state)[1])
            except RestoreError:
                continue
    return states


def _changes_you_may_see(request: HttpRequest, label: str, record_id: str) -> models.QuerySet:
    """The record's changes, if the caller may see the record (a deleted record: if it may see
    every state it had, and the records it was part of or about)."""
    model = _model_for(label)
    user = request.auth
    if not is_administrator(user) and not history_is_shared(model):
        raise ApiError(404, "no such record")
    changes = ChangeRecord.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_id=str(record_id)
    )
    if model._base_manager.filter(pk=record_id).exists():
        if not visible(model._base_manager.filter(pk=record_id), user).exists():
            raise ApiError(404, "no such record")
    elif not is_administrator(user) and (
        # Gone: only administrators and analysts, and only if every state it had (and the
        # record it was part of) is one the analyst may see.
        Role.ANALYST not in roles_of(user)
        or not all(could_see(user, s) for s in _recorded_states(model, record_id, changes))
    ):
        raise ApiError(404, "no such record")
    return changes


@history_router.get(
    "/{label}/{record_id}",
    response={200: list[ChangeOut], 401: ErrorOut, 404: ErrorOut},
    auth=read_auth,
    operation_id="history_of_record",
    summary="Changes of one record, newest first",
)
@paginate(LimitOffsetPagination)
def history_of(request: HttpRequest, label: str, record_id: int):
    """``label`` is ``app_label.model`` (e.g. ``sites.site``)."""
    changes = _changes_you_may_see(request, label, str(record_id))
    return [_change_out(c, label.lower()) for c in changes.select_related(None)]


class RestoreIn(StrictSchema):
    change: int = Field(..., ge=1, description="The id of a change of this record.")
    state: Literal["after", "before"] = Field(
        "after", description="Restore the record as it was after that change, or before it."
    )


class RestoredOut(Schema):
    record_type: str
    record_id: str
    version: str
    state: dict[str, Any]


@history_router.post(
    "/{label}/{record_id}/restore",
    response={200: RestoredOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    auth=write_or_session,
    operation_id="history_restore",
    summary="Put a record back as one of its changes shows it",
)
def restore_record(request: HttpRequest, label: str, record_id: int, payload: RestoreIn):
    changes = _changes_you_may_see(request, label, str(record_id))
    change = changes.filter(pk=payload.change).first()
    if change is None:
        raise ApiError(404, f"record has no change {payload.change}")
    user = request.auth

    def authorise(existing, restored) -> None:
        if (existing is not None and not can_edit(user, existing)) or not can_edit(user, restored):
            raise ApiError(403, "you may not change this record")
        if not could_see(user, restored):
            # Restoring into a record the caller can't see (a confidential parent) is refused
            # as if the record weren't there.
            raise ApiError(404, "no such record")

    try:
        obj = restore(change, payload.state, user=user, authorise=authorise)
    except RestoreError as error:
        raise ApiError(409, str(error)) from error
    state = snapshot(obj)
    return {
        "record_type": label.lower(),
        "record_id": str(obj.pk),
        "version": version_of(state),
        "state": state,
    }


__all__ = ["router", "history_router", "ChangeAction"]

# Mounted once at the API root: /api/accounts/… and /api/history/….
api_router = Router()
api_router.add_router("/accounts", router)
api_router.add_router("/history", history_router)

fallback_router = Router()
api_router.add_router("", fallback_router)  # after the others: it must match last


@fallback_router.api_operation(
    ["GET", "POST", "PUT", "PATCH", "DELETE"],
    "/{path:rest}",
    include_in_schema=False,
    response={404: ErrorOut},
)
def no_such_endpoint(request: HttpRequest, rest: str):
    """Mounted last: any /api/ address no operation matched (a malformed id included) is a
    JSON 404 like the rest of the API, not Django's HTML page."""
    return Status(404, {"detail": f"no such API endpoint: {request.method} /api/{rest}"})
