"""REST API of the cooperation marketplace (profiles, matches, multilingual search, interests,
saved searches, notifications); the site-selection router lives in `api_selection.py`.

Reads of profiles are public; everything personal (interests, saved searches, notifications)
and every write needs a bearer token. No `from __future__ import annotations`: django-ninja
reads these annotations at run time.
"""

from datetime import datetime
from typing import Annotated, Any

from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, FilterLookup, FilterSchema, ModelSchema, Query, Router, Schema, Status
from ninja.pagination import paginate

from parkbridge.core.access import hide_references, request_user, sees_everything, visible
from parkbridge.core.api_auth import TokenAuth, write_auth
from parkbridge.core.api_crud import (
    ApiError,
    BoundedLimitOffset,
    ErrorOut,
    apply_payload,
    refuse_unless_allowed,
    resolve_sectors,
    save_validated,
    sector_filter_codes,
    shown,
)
from parkbridge.core.api_schemas import STRICT_INPUT, StrictSchema, partial
from parkbridge.marketplace import matching, services
from parkbridge.marketplace.api_selection import selection_router
from parkbridge.marketplace.models import (
    Interest,
    Notification,
    OrganisationMember,
    Profile,
    SavedSearch,
    organisation_ids_of,
    speaks_for,
)
from parkbridge.marketplace.queries import QueryError, profile_query, validate_saved
from parkbridge.marketplace_matching import Match

router = Router(tags=["marketplace"])
read_auth = TokenAuth("read")

__all__ = ["router", "selection_router"]

PROFILE_FIELDS = [
    "organisation", "direction", "kind", "title", "description", "language", "hs_codes",
    "countries", "quantity", "condition", "deal", "amount_usd", "site", "active",
]  # fmt: skip
MAX_MATCHES = matching.MAX_RESULTS


def _raise_for(error: Exception) -> None:
    """Service errors → API answers."""
    if isinstance(error, services.Denied):
        raise ApiError(403, str(error)) from error
    if isinstance(error, services.Conflict):
        raise ApiError(409, str(error)) from error
    if isinstance(error, services.Invalid):
        raise ApiError(422, {error.field: [str(error)]}) from error
    if isinstance(error, QueryError):
        raise ApiError(422, {error.field: [error.message]}) from error
    raise error


# ---------------------------------------------------------------------------------- profiles
class ProfileOut(ModelSchema):
    sectors: list[str]

    class Meta:
        model = Profile
        fields = ["id", *PROFILE_FIELDS, "created", "updated"]

    @staticmethod
    def resolve_sectors(obj: Profile) -> list[str]:
        return [s.code for s in obj.sectors.all()]


class ProfileIn(ModelSchema):
    model_config = STRICT_INPUT

    sectors: list[str] = []

    class Meta:
        model = Profile
        fields = PROFILE_FIELDS
        fields_optional = ["active", "language", "hs_codes", "countries"]


ProfilePatch = partial(ProfileIn, "ProfilePatch")


class ProfileFilter(FilterSchema):
    q: Annotated[
        str | None,
        FilterLookup(["title__icontains", "description__icontains"]),
        Field(description="Words in the title or description (for any-language search use "
              "/profiles/search)"),
    ] = None  # fmt: skip
    direction: Annotated[str | None, FilterLookup("direction")] = None
    kind: Annotated[list[str] | None, FilterLookup("kind__in")] = None
    organisation: Annotated[int | None, FilterLookup("organisation_id")] = None
    sector: str | None = Field(
        None, description="Sector in any language; covers its sub-sectors (422 when unknown)"
    )

    def filter_sector(self, value: str | None) -> Q:
        return Q(sectors__code__in=sector_filter_codes(value)) if value else Q()

    country: str | None = Field(None, description="The owner's country (ISO alpha-2)")
    hs: str | None = Field(None, description="An HS code prefix, e.g. 8705")
    active: bool | None = Field(True, description="Active profiles only (default); false: all")

    def filter_country(self, value: str | None) -> Q:
        return Q(organisation__country=value.upper()) if value else Q()

    def filter_hs(self, value: str | None) -> Q:
        # hs_codes is a JSON list of digit strings; a prefix search on its text is portable
        # across SQLite and PostgreSQL and exact enough for digits inside quotes.
        return Q(hs_codes__icontains=f'"{value}') if value and value.isdigit() else Q()

    def filter_active(self, value: bool | None) -> Q:
        return Q(active=True) if value else Q()


def _profiles(user):
    """The profiles ``user`` may see: one of a confidential organisation is part of it."""
    return visible(Profile.objects.select_related("organisation").prefetch_related("sectors"), user)


@router.get("/profiles", response=list[ProfileOut], operation_id="marketplace_profiles_list")
@paginate(BoundedLimitOffset)
def list_profiles(request: HttpRequest, filters: ProfileFilter = Query(...)):  # noqa: B008
    return filters.filter(_profiles(request_user(request))).distinct().order_by("-created", "id")


class MatchOut(Schema):
    profile: ProfileOut
    score: float
    breakdown: dict[str, float]
    reasons: list[str]


def _match_rows(matches: list[Match], user) -> list[dict[str, Any]]:
    by_id = _profiles(user).in_bulk([int(m.profile_id) for m in matches])
    hide_references(by_id.values(), user)
    return [
        {
            "profile": by_id[int(m.profile_id)],
            "score": round(m.score, 4),
            "breakdown": {k: round(v, 4) for k, v in m.breakdown.items()},
            "reasons": m.reasons,
        }
        for m in matches
        if int(m.profile_id) in by_id
    ]


class SearchParams(Schema):
    q: str = Field("", description="Free text in English, Russian or Chinese", max_length=2000)
    direction: str | None = Field(None, description="offer or seek: the profiles wanted")
    kind: str | None = None
    hs_codes: list[str] = Field([], description="HS codes (2, 4 or 6 digits), repeatable")
    sectors: list[str] = []
    countries: list[str] = Field([], description="Owner countries wanted (ISO alpha-2)")
    condition: str | None = None
    deal: str | None = None
    limit: int = Field(20, ge=1, le=MAX_MATCHES)


@router.get(
    "/profiles/search",
    response={200: list[MatchOut], 422: ErrorOut},
    operation_id="marketplace_profiles_search",
    summary="Search profiles in any language, best first, with reasons",
)
def search_profiles(request: HttpRequest, params: SearchParams = Query(...)):  # noqa: B008
    data = params.dict(exclude={"limit"})
    try:
        query = profile_query({k: v for k, v in data.items() if v not in (None, "", [])})
    except QueryError as error:
        _raise_for(error)
    index = matching.profile_index().index
    return _match_rows(matching.search(index, query, k=params.limit), request_user(request))


@router.get(
    "/profiles/{int:profile_id}",
    response={200: ProfileOut, 404: ErrorOut},
    operation_id="marketplace_profiles_detail",
)
def profile_detail(request: HttpRequest, profile_id: int):
    user = request_user(request)
    return shown(get_object_or_404(_profiles(user), pk=profile_id), user)


@router.get(
    "/profiles/{int:profile_id}/matches",
    response={200: list[MatchOut], 404: ErrorOut},
    operation_id="marketplace_profiles_matches",
    summary="Profiles that answer this one, best first, with reasons",
)
def profile_matches(
    request: HttpRequest,
    profile_id: int,
    limit: int = Query(10, ge=1, le=MAX_MATCHES),  # noqa: B008
):
    user = request_user(request)
    profile = get_object_or_404(_profiles(user), pk=profile_id)
    return _match_rows(matching.matches_for(profile, k=limit), user)


def _check_organisation(request: HttpRequest, organisation_id: int | None) -> None:
    if organisation_id is not None and not speaks_for(request.user, organisation_id):
        raise ApiError(403, "you do not speak for that organisation")


def _writable_profile(request: HttpRequest, profile_id: int) -> Profile:
    """The profile, if the caller sees it (404 otherwise) and may change it (403)."""
    profile = get_object_or_404(_profiles(request.user), pk=profile_id)
    refuse_unless_allowed(request.user, profile)
    return profile


@router.post(
    "/profiles",
    response={201: ProfileOut, 401: ErrorOut, 403: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    auth=write_auth,
    operation_id="marketplace_profiles_create",
)
def create_profile(request: HttpRequest, payload: ProfileIn):
    data = payload.dict()
    organisation = data.get("organisation")
    if organisation is None:
        raise ApiError(422, {"organisation": ["this field is required"]})
    _check_organisation(request, organisation)
    profile = Profile(created_by=request.user)
    with transaction.atomic():
        related = apply_payload(profile, data, {"sectors": resolve_sectors}, request.user)
        save_validated(profile, related)
        refuse_unless_allowed(request.user, profile)
    services.publish(profile)
    return Status(201, shown(_profiles(request.user).get(pk=profile.pk), request.user))


@router.patch(
    "/profiles/{int:profile_id}",
    response={200: ProfileOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=write_auth,
    operation_id="marketplace_profiles_update",
)
def update_profile(request: HttpRequest, profile_id: int, payload: ProfilePatch):
    data = payload.dict(exclude_unset=True)
    with transaction.atomic():
        profile = _writable_profile(request, profile_id)
        if data.get("organisation") is not None:
            _check_organisation(request, data["organisation"])
        related = apply_payload(profile, data, {"sectors": resolve_sectors}, request.user)
        save_validated(profile, related, changed=data.keys())
        refuse_unless_allowed(request.user, profile)
    services.publish(profile)
    return shown(_profiles(request.user).get(pk=profile.pk), request.user)


@router.delete(
    "/profiles/{int:profile_id}",
    response={204: None, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    auth=write_auth,
    operation_id="marketplace_profiles_delete",
)
def delete_profile(request: HttpRequest, profile_id: int):
    _writable_profile(request, profile_id).delete()
    return Status(204, None)


# --------------------------------------------------------------------------------- interests
class InterestOut(ModelSchema):
    to_organisation: int

    class Meta:
        model = Interest
        fields = [
            "id", "from_organisation", "from_profile", "to_profile", "status", "message",
            "created_by", "answered_by", "answered", "agreement", "created",
        ]  # fmt: skip

    @staticmethod
    def resolve_to_organisation(obj: Interest) -> int:
        return obj.to_profile.organisation_id


class InterestIn(StrictSchema):
    to_profile: int
    from_profile: int | None = None
    from_organisation: int | None = None
    message: str = Field("", max_length=5000)


class InterestFilter(FilterSchema):
    status: Annotated[str | None, FilterLookup("status")] = None
    box: str | None = Field(None, description="sent or received (by your organisations)")


def _interests():
    return Interest.objects.select_related("to_profile", "from_organisation")


def _interest_for(request: HttpRequest, interest_id: int) -> Interest:
    interest = get_object_or_404(_interests(), pk=interest_id)
    if not services.may_see_interest(request.user, interest):
        # Strangers learn nothing, not even that the interest exists.
        raise ApiError(404, "Not Found")
    return interest


@router.get(
    "/interests",
    response={200: list[InterestOut], 401: ErrorOut},
    auth=read_auth,
    operation_id="marketplace_interests_list",
)
@paginate(BoundedLimitOffset)
def list_interests(request: HttpRequest, filters: InterestFilter = Query(...)):  # noqa: B008
    user = request.user
    queryset = _interests()
    mine = organisation_ids_of(user)
    sent = Q(from_organisation_id__in=mine) | Q(created_by=user)
    received = Q(to_profile__organisation_id__in=mine)
    if filters.box == "sent":
        queryset = queryset.filter(sent)
    elif filters.box == "received":
        queryset = queryset.filter(received)
    elif not sees_everything(user):
        queryset = queryset.filter(sent | received)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    return queryset.order_by("-created", "id")


@router.post(
    "/interests",
    response={201: InterestOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut,
              422: ErrorOut},
    auth=write_auth,
    operation_id="marketplace_interests_create",
)  # fmt: skip
def create_interest(request: HttpRequest, payload: InterestIn):
    to_profile = _profiles(request.user).filter(pk=payload.to_profile).first()
    if to_profile is None:
        raise ApiError(422, {"to_profile": [f"no profile with id {payload.to_profile}"]})
    from_profile = None
    if payload.from_profile is not None:
        from_profile = _profiles(request.user).filter(pk=payload.from_profile).first()
        if from_profile is None:
            raise ApiError(422, {"from_profile": [f"no profile with id {payload.from_profile}"]})
    try:
        interest = services.express_interest(
            request.user, to_profile, payload.message, from_profile, payload.from_organisation
        )
    except (services.Denied, services.Conflict, services.Invalid) as error:
        _raise_for(error)
    return Status(201, _interests().get(pk=interest.pk))


@router.get(
    "/interests/{int:interest_id}",
    response={200: InterestOut, 401: ErrorOut, 404: ErrorOut},
    auth=read_auth,
    operation_id="marketplace_interests_detail",
)
def interest_detail(request: HttpRequest, interest_id: int):
    return _interest_for(request, interest_id)


def _answer(request: HttpRequest, interest_id: int, accept: bool):
    interest = get_object_or_404(_interests(), pk=interest_id)
    try:
        return services.answer_interest(request.user, interest, accept)
    except (services.Denied, services.Conflict) as error:
        _raise_for(error)


ANSWER_RESPONSES = {200: InterestOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


@router.post(
    "/interests/{int:interest_id}/accept",
    response=ANSWER_RESPONSES,
    auth=write_auth,
    operation_id="marketplace_interests_accept",
)
def accept_interest(request: HttpRequest, interest_id: int):
    return _answer(request, interest_id, accept=True)


@router.post(
    "/interests/{int:interest_id}/decline",
    response=ANSWER_RESPONSES,
    auth=write_auth,
    operation_id="marketplace_interests_decline",
)
def decline_interest(request: HttpRequest, interest_id: int):
    return _answer(request, interest_id, accept=False)


class AgreementDraftIn(StrictSchema):
    title: str = Field("", max_length=500)
    kind: str = "cooperation"


class AgreementDraftOut(Schema):
    id: int
    title: str
    kind: str
    status: str
    parties: list[int]
    site: int | None
    confidential: bool


@router.post(
    "/interests/{int:interest_id}/agreement",
    response={200: AgreementDraftOut, 201: AgreementDraftOut, 401: ErrorOut, 403: ErrorOut,
              404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    auth=write_auth,
    operation_id="marketplace_interests_agreement",
    summary="Start a planned agreement between the two organisations of an accepted interest",
)  # fmt: skip
def start_agreement(request: HttpRequest, interest_id: int, payload: AgreementDraftIn):
    interest = get_object_or_404(_interests(), pk=interest_id)
    try:
        agreement, created = services.start_agreement(
            request.user, interest, payload.title, payload.kind
        )
    except (services.Denied, services.Conflict, services.Invalid) as error:
        _raise_for(error)
    body = {
        "id": agreement.pk,
        "title": agreement.title,
        "kind": agreement.kind,
        "status": agreement.status,
        "parties": sorted(agreement.parties.values_list("pk", flat=True)),
        "site": agreement.site_id,
        "confidential": agreement.confidential,
    }
    return Status(201 if created else 200, body)


class MeetingIn(StrictSchema):
    event: int
    message: str = Field("", max_length=2000)


class MeetingRequestOut(Schema):
    id: int
    programme: int = Field(alias="programme_id")
    requester: int = Field(alias="requester_id")
    recipient: int = Field(alias="recipient_id")
    status: str
    message: str


@router.post(
    "/interests/{int:interest_id}/meeting",
    response={201: MeetingRequestOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut,
              409: ErrorOut, 422: ErrorOut},
    auth=write_auth,
    operation_id="marketplace_interests_meeting",
    summary="Request a B2B meeting at an event for the two organisations of an accepted "
    "interest",
)  # fmt: skip
def request_meeting(request: HttpRequest, interest_id: int, payload: MeetingIn):
    interest = get_object_or_404(_interests(), pk=interest_id)
    try:
        meeting = services.request_meeting(request.user, interest, payload.event, payload.message)
    except (services.Denied, services.Conflict, services.Invalid) as error:
        _raise_for(error)
    return Status(201, meeting)


# ------------------------------------------------------------ saved searches, notifications
class SavedSearchOut(ModelSchema):
    class Meta:
        model = SavedSearch
        fields = ["id", "name", "kind", "query", "created"]


class SavedSearchIn(StrictSchema):
    name: str = Field("", max_length=200)
    kind: str = Field(description="site_selection (query = a project) or profiles")
    query: dict[str, Any]


@router.get(
    "/saved-searches",
    response={200: list[SavedSearchOut], 401: ErrorOut},
    auth=read_auth,
    operation_id="marketplace_saved_searches_list",
)
@paginate(BoundedLimitOffset)
def list_saved_searches(request: HttpRequest):
    return SavedSearch.objects.filter(user=request.user)


@router.post(
    "/saved-searches",
    response={201: SavedSearchOut, 401: ErrorOut, 422: ErrorOut},
    auth=write_auth,
    operation_id="marketplace_saved_searches_create",
)
def create_saved_search(request: HttpRequest, payload: SavedSearchIn):
    try:
        validate_saved(payload.kind, payload.query)
    except QueryError as error:
        field = error.field if error.field == "kind" else f"query.{error.field}"
        raise ApiError(422, {field: [error.message]}) from error
    saved = SavedSearch.objects.create(
        user=request.user, name=payload.name, kind=payload.kind, query=payload.query
    )
    return Status(201, saved)


@router.delete(
    "/saved-searches/{int:search_id}",
    response={204: None, 401: ErrorOut, 404: ErrorOut},
    auth=write_auth,
    operation_id="marketplace_saved_searches_delete",
)
def delete_saved_search(request: HttpRequest, search_id: int):
    get_object_or_404(SavedSearch, pk=search_id, user=request.user).delete()
    return Status(204, None)


class NotificationOut(Schema):
    id: int
    kind: str
    saved_search: int | None = Field(None, alias="saved_search_id")
    object_type: str
    object_id: int
    message: str
    read: bool
    created: datetime

    @staticmethod
    def resolve_object_type(obj: Notification) -> str:
        return f"{obj.content_type.app_label}.{obj.content_type.model}"


@router.get(
    "/notifications",
    response={200: list[NotificationOut], 401: ErrorOut},
    auth=read_auth,
    operation_id="marketplace_notifications_list",
)
@paginate(BoundedLimitOffset)
def list_notifications(request: HttpRequest, unread: bool = False):
    queryset = Notification.objects.filter(user=request.user).select_related("content_type")
    return queryset.filter(read=False) if unread else queryset


@router.post(
    "/notifications/{int:notification_id}/read",
    response={200: NotificationOut, 401: ErrorOut, 404: ErrorOut},
    auth=write_auth,
    operation_id="marketplace_notifications_read",
)
def read_notification(request: HttpRequest, notification_id: int):
    note = get_object_or_404(Notification, pk=notification_id, user=request.user)
    if not note.read:
        note.read = True
        note.save(update_fields=["read"])
    return note


class MembershipOut(Schema):
    organisation: int = Field(alias="organisation_id")
    role: str


@router.get(
    "/memberships",
    response={200: list[MembershipOut], 401: ErrorOut},
    auth=read_auth,
    operation_id="marketplace_memberships_list",
    summary="The organisations you speak for",
)
def my_memberships(request: HttpRequest):
    return list(OrganisationMember.objects.filter(user=request_user(request)))
