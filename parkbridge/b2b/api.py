"""REST API of B2B matchmaking, mounted at ``/api/b2b``.

Programme structure and scheduling runs are for the programme's organisers (or staff); requests
are answered only by their recipient; reads of anything personal need a token. Errors are
:class:`B2BError` answers with a clear ``detail``.

No ``from __future__ import annotations``: django-ninja reads the annotations at run time.
"""

import functools
from datetime import date, datetime
from typing import Annotated, Any, Literal

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.responses import Status

from parkbridge.b2b import followup, lifecycle, onsite, runs
from parkbridge.b2b.agenda import agenda_items
from parkbridge.b2b.errors import B2BError
from parkbridge.b2b.instance import build_instance
from parkbridge.b2b.models import (
    B2BParticipant,
    B2BProgramme,
    B2BSession,
    MeetingRequest,
    RequestStatus,
    ScheduleRun,
    Slot,
    Table,
)
from parkbridge.b2b.permissions import (
    acts_for,
    is_organiser,
    is_party,
    require_may_create_programme,
    require_organiser,
    speaks_for_organisation,
)
from parkbridge.b2b.preferences import ProgrammeTimes, preferred_from, whole_sessions
from parkbridge.b2b.stats import programme_statistics
from parkbridge.b2b.times import local, zone_of
from parkbridge.core.access import request_user, sees_everything, visible
from parkbridge.core.api_auth import TokenAuth, write_auth
from parkbridge.core.api_crud import ErrorOut
from parkbridge.core.api_schemas import StrictSchema
from parkbridge.events.models import Event, Participant
from parkbridge.organisations.models import Organisation
from parkbridge.scheduling import InstanceError

router = Router(tags=["b2b"])
read_auth = TokenAuth("read")

MAX_SLOTS_PER_SESSION = 100
# Ids in bodies are bounded so that an absurd number is a 422, not a database overflow.
Id = Annotated[int, Field(ge=1, le=2**31 - 1)]
MAX_TABLES_PER_CALL = 5000


# ---------------------------------------------------------------------------------- helpers


def _aware(value: datetime, programme: B2BProgramme) -> datetime:
    """A time without an offset is read in the event's time zone (where it happens)."""
    if timezone.is_aware(value):
        return value
    return value.replace(tzinfo=zone_of(programme))


def recorded(operation):
    """Attribute the operation's changes in the history to the token's user, via "api" (the
    history middleware saw the request before the token was read)."""

    @functools.wraps(operation)
    def wrapper(request: HttpRequest, *args, **kwargs):
        from parkbridge.accounts.history import acting_as

        with acting_as(request_user(request), "api"):
            return operation(request, *args, **kwargs)

    return wrapper


def _programmes(user) -> QuerySet[B2BProgramme]:
    """Programmes this user may see: those of events they may see, and their own."""
    qs = B2BProgramme.objects.select_related("event")
    if sees_everything(user):
        return qs
    events = visible(Event.objects.all(), user).values("pk")
    if user is not None and user.is_authenticated:
        return qs.filter(Q(event__in=events) | Q(organisers=user)).distinct()
    return qs.filter(event__in=events)


def _programme(request: HttpRequest, programme_id: int) -> B2BProgramme:
    return get_object_or_404(_programmes(request_user(request)), pk=programme_id)


def _organised(request: HttpRequest, programme_id: int) -> B2BProgramme:
    programme = _programme(request, programme_id)
    require_organiser(request_user(request), programme)
    return programme


def _run(request: HttpRequest, run_id: int) -> ScheduleRun:
    run = get_object_or_404(ScheduleRun.objects.select_related("programme__event"), pk=run_id)
    require_organiser(request_user(request), run.programme)
    return run


def _request(request: HttpRequest, request_id: int) -> MeetingRequest:
    meeting_request = get_object_or_404(
        MeetingRequest.objects.select_related("programme", "requester", "recipient"),
        pk=request_id,
    )
    user = request_user(request)
    if not (is_party(user, meeting_request) or is_organiser(user, meeting_request.programme)):
        raise B2BError(403, "only the two parties or an organiser may see this request")
    return meeting_request


# ---------------------------------------------------------------------------------- schemas


class SlotOut(Schema):
    """Times in ISO 8601 with the event's UTC offset (e.g. 2026-05-20T10:00:00+03:00)."""

    id: int
    starts_at: datetime
    ends_at: datetime
    time_zone: str

    @staticmethod
    def resolve_starts_at(obj: Slot) -> datetime:
        return local(obj.starts_at, obj.session.programme)

    @staticmethod
    def resolve_ends_at(obj: Slot) -> datetime:
        return local(obj.ends_at, obj.session.programme)

    @staticmethod
    def resolve_time_zone(obj: Slot) -> str:
        return obj.session.programme.time_zone


class SessionOut(Schema):
    id: int
    label: str
    order: int
    slots: list[SlotOut]

    @staticmethod
    def resolve_slots(obj: B2BSession) -> list[Slot]:
        return list(
            obj.slots.select_related("session__programme__event").order_by("starts_at", "pk")
        )


class TableOut(Schema):
    id: int
    number: int
    label: str
    location: str


class ProgrammeOut(Schema):
    id: int
    event: int = Field(..., alias="event_id")
    title: str
    default_max_meetings: int
    request_ttl_hours: int | None
    time_zone: str
    self_registration: bool
    approval_required: bool
    video_url_template: str
    tables: int
    participants: int
    published_version: int | None

    @staticmethod
    def resolve_tables(obj: B2BProgramme) -> int:
        return obj.tables.count()

    @staticmethod
    def resolve_participants(obj: B2BProgramme) -> int:
        return obj.participants.count()

    @staticmethod
    def resolve_published_version(obj: B2BProgramme) -> int | None:
        run = runs.last_published(obj)
        return run.number if run else None


class ProgrammeDetailOut(ProgrammeOut):
    sessions: list[SessionOut]
    table_list: list[TableOut]
    organisers: list[int]

    @staticmethod
    def resolve_sessions(obj: B2BProgramme) -> list[B2BSession]:
        return list(obj.sessions.order_by("order", "pk"))

    @staticmethod
    def resolve_table_list(obj: B2BProgramme) -> list[Table]:
        return list(obj.ordered_tables())

    @staticmethod
    def resolve_organisers(obj: B2BProgramme) -> list[int]:
        return list(obj.organisers.values_list("pk", flat=True))


class ProgrammeIn(StrictSchema):
    event: Id
    title: str = Field("", max_length=300)
    default_max_meetings: int = Field(8, ge=0, le=200)
    request_ttl_hours: int | None = Field(72, ge=1, le=24 * 365)
    time_zone: str | None = Field(None, max_length=64, description="IANA name; sets the event's")
    self_registration: bool = True
    approval_required: bool = False
    video_url_template: str = Field("", max_length=300)


class ProgrammePatch(StrictSchema):
    title: str | None = Field(None, max_length=300)
    default_max_meetings: int | None = Field(None, ge=0, le=200)
    request_ttl_hours: int | None = Field(None, ge=1, le=24 * 365)
    organisers: list[Id] | None = Field(None, max_length=100)
    time_zone: str | None = Field(None, max_length=64)
    self_registration: bool | None = None
    approval_required: bool | None = None
    video_url_template: str | None = Field(None, max_length=300)


class SlotIn(StrictSchema):
    starts_at: datetime
    ends_at: datetime


class SessionIn(StrictSchema):
    label: str = Field(..., min_length=1, max_length=100)
    order: int | None = Field(None, ge=0, le=10000)
    slots: list[SlotIn] = Field(..., min_length=1, max_length=MAX_SLOTS_PER_SESSION)


class TablesIn(StrictSchema):
    count: int = Field(..., ge=1, le=MAX_TABLES_PER_CALL)
    location: str = Field("", max_length=200)


class B2BParticipantOut(Schema):
    id: int
    name: str
    country: str
    role: str
    booth: str
    max_meetings: int
    offer: str
    seek: str
    languages: list[str]
    online: bool
    organisation: int | None = Field(None, alias="organisation_id")
    participant: int | None = Field(None, alias="participant_id")


class B2BParticipantPrivateOut(B2BParticipantOut):
    user: int | None = Field(None, alias="user_id")
    unavailable_slots: list[int]
    preferred_slots: list[SlotOut] = Field(
        ..., description="soft wishes: the scheduler meets them after weight, before idle gaps"
    )
    preferred_sessions: list[int] = Field(
        ..., description="sessions all of whose slots are preferred"
    )
    agenda_url: str
    approved: bool
    contact_email: str
    contact_phone: str

    @staticmethod
    def resolve_unavailable_slots(obj: B2BParticipant) -> list[int]:
        return list(obj.unavailable_slots.values_list("pk", flat=True))

    @staticmethod
    def resolve_preferred_slots(obj: B2BParticipant) -> list[Slot]:
        return list(
            obj.preferred_slots.select_related("session__programme__event").order_by(
                "starts_at", "pk"
            )
        )

    @staticmethod
    def resolve_preferred_sessions(obj: B2BParticipant) -> list[int]:
        return [session.pk for session in whole_sessions(obj)]

    @staticmethod
    def resolve_agenda_url(obj: B2BParticipant) -> str:
        return reverse("b2b:agenda", args=[obj.agenda_key])


Role = Literal["", "buyer", "seller", "investor", "park_operator", "agency"]
# A slot by id, or by its start time in ISO 8601 (with an offset; without one, the event's zone).
SlotRef = Id | Annotated[str, Field(min_length=1, max_length=100)]
# A session by id or by its label.
SessionRef = Id | Annotated[str, Field(min_length=1, max_length=100)]
# ISO 639-1 language code, lower case.
Language = Annotated[str, Field(pattern=r"^[a-z]{2}$")]


class ParticipantIn(StrictSchema):
    display_name: str = Field("", max_length=300)
    organisation: Id | None = None
    participant: Id | None = None
    user: Id | None = None
    country: str = Field("", max_length=2)
    role: Role = ""
    max_meetings: int | None = Field(None, ge=0, le=200)
    booth: str = Field("", max_length=100)
    unavailable_slots: list[Id] = Field([], max_length=1000)
    preferred_slots: list[SlotRef] = Field([], max_length=1000)
    preferred_sessions: list[SessionRef] = Field([], max_length=100)
    offer: str = Field("", max_length=3000)
    seek: str = Field("", max_length=3000)
    languages: list[Language] = Field([], max_length=20)
    online: bool = False
    contact_email: str = Field("", max_length=254)
    contact_phone: str = Field("", max_length=40)


class ParticipantPatch(StrictSchema):
    display_name: str | None = Field(None, max_length=300)
    country: str | None = Field(None, max_length=2)
    role: Role | None = None
    max_meetings: int | None = Field(None, ge=0, le=200)
    booth: str | None = Field(None, max_length=100)
    unavailable_slots: list[Id] | None = Field(None, max_length=1000)
    # Either replaces the preferences with the slots both name together.
    preferred_slots: list[SlotRef] | None = Field(None, max_length=1000)
    preferred_sessions: list[SessionRef] | None = Field(None, max_length=100)
    offer: str | None = Field(None, max_length=3000)
    seek: str | None = Field(None, max_length=3000)
    languages: list[Language] | None = Field(None, max_length=20)
    online: bool | None = None
    contact_email: str | None = Field(None, max_length=254)
    contact_phone: str | None = Field(None, max_length=40)
    approved: bool | None = None


class RequestOut(Schema):
    id: int
    programme: int = Field(..., alias="programme_id")
    requester: int = Field(..., alias="requester_id")
    recipient: int = Field(..., alias="recipient_id")
    weight: int
    status: str
    message: str
    answer: str
    walk_in: bool
    expires_at: datetime | None
    created_at: datetime
    answered_at: datetime | None


class RequestIn(StrictSchema):
    requester: Id
    recipient: Id
    weight: int = Field(2, ge=1, le=3)
    message: str = Field("", max_length=2000)
    expires_at: datetime | None = None


class RunIn(StrictSchema):
    time_limit: float = Field(10.0, gt=0, le=runs.MAX_TIME_LIMIT)
    keep_published: bool = True
    allow_moves: bool = False


class RunOut(Schema):
    id: int
    programme: int = Field(..., alias="programme_id")
    version: int = Field(..., alias="number")
    status: str
    progress: int
    phase: str
    error: str
    time_limit: float
    keep_published: bool
    allow_moves: bool
    based_on_version: int | None
    weight: int | None
    meetings: int | None = Field(None, alias="meetings_count")
    bound: int | None
    bound_source: str = Field(
        ...,
        description="which relaxation gave the bound: slot-free LP, slot-free LP with slot-set "
        "cuts, full LP or CP-SAT",
    )
    bound_tight: bool = Field(..., description="W reaches the bound, so W is the optimum")
    proven_optimal: bool
    gaps: float | None
    gaps_proven_minimal: bool = Field(
        ..., description="W is the optimum and no schedule of that W has fewer idle slots"
    )
    fairness: float | None
    preferences_met: int | None
    preferences_total: int | None
    published: bool
    published_at: datetime | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    diff_summary: dict[str, int]

    @staticmethod
    def resolve_based_on_version(obj: ScheduleRun) -> int | None:
        return obj.based_on.number if obj.based_on_id else None

    @staticmethod
    def resolve_bound_tight(obj: ScheduleRun) -> bool:
        return obj.proven_optimal

    @staticmethod
    def resolve_diff_summary(obj: ScheduleRun) -> dict[str, int]:
        return {k: len(obj.diff.get(k, [])) for k in ("added", "removed", "moved")}


class MeetingOut(Schema):
    request: int
    a: int
    a_name: str
    b: int
    b_name: str
    slot: int
    starts_at: str
    table: int | None
    table_label: str | None
    booth_host: int | None
    online: bool = Field(False, description="a video call in the host's room: no table")
    video_url: str = Field("", description="the room, from the programme's pattern")


class AgreementSpec(StrictSchema):
    title: str = Field("", max_length=500)
    kind: str = Field("cooperation", max_length=20)
    status: Literal["signed", "planned"] = "signed"
    signed_on: date | None = None
    description: str = Field("", max_length=5000)


class OutcomeIn(StrictSchema):
    status: Literal["no_contact", "negotiation", "agreement_reached"]
    note: str = Field("", max_length=5000)
    agreement: AgreementSpec | None = None


class OutcomeOut(Schema):
    request: int = Field(..., alias="request_id")
    status: str
    note: str
    agreement: int | None = Field(None, alias="agreement_id")
    updated_at: datetime


class AgendaItemOut(Schema):
    starts_at: datetime
    ends_at: datetime
    session: str
    partner: int
    partner_name: str
    partner_country: str
    place: str
    request: int


class GivenAwayOut(Schema):
    meeting: MeetingOut
    reason: str


class CheckInOut(Schema):
    participant: int
    checked_in_at: datetime
    version: int | None = Field(
        None, description="the new published version with the meetings given back, if any"
    )
    restored: list[MeetingOut]
    given_away: list[GivenAwayOut]


class NoShowOut(Schema):
    participant: int
    slots_taken: int = Field(..., description="remaining slots the participant leaves")


class AgendaOut(Schema):
    participant: int
    time_zone: str
    version: int | None
    html: str
    pdf: str
    ical: str
    items: list[AgendaItemOut]


ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


# ---------------------------------------------------------------------------------- programmes


@router.get("/programmes", response=list[ProgrammeOut], summary="List B2B programmes")
def list_programmes(request: HttpRequest, event: int | None = None):
    qs = _programmes(request_user(request)).order_by("-created_at")
    if event is not None:
        qs = qs.filter(event_id=event)
    return list(qs[:500])


@router.post(
    "/programmes",
    response={201: ProgrammeDetailOut, **ERRORS},
    auth=write_auth,
    summary="Create the B2B programme of an event (you become its organiser)",
)
@recorded
def create_programme(request: HttpRequest, payload: ProgrammeIn):
    # Hidden events answer like missing ones: a refusal would tell that the id exists.
    event = visible(Event.objects.all(), request.user).filter(pk=payload.event).first()
    if event is None:
        raise B2BError(422, {"event": [f"no event with id {payload.event}"]})
    require_may_create_programme(request.user, event)
    if B2BProgramme.objects.filter(event=event).exists():
        raise B2BError(409, "this event has a B2B programme already")
    with transaction.atomic():
        if payload.time_zone is not None:
            _set_time_zone(event, payload.time_zone)
        programme = B2BProgramme.objects.create(
            event=event,
            title=payload.title,
            default_max_meetings=payload.default_max_meetings,
            request_ttl_hours=payload.request_ttl_hours,
            self_registration=payload.self_registration,
            approval_required=payload.approval_required,
            video_url_template=_video_template(payload.video_url_template),
        )
        programme.organisers.add(request.user)
    return Status(201, programme)


def _set_time_zone(event: Event, name: str) -> None:
    from django.core.exceptions import ValidationError

    from parkbridge.core.validators import validate_time_zone

    try:
        validate_time_zone(name)
    except ValidationError as error:
        raise B2BError(422, {"time_zone": error.messages}) from error
    if event.time_zone != name:
        event.time_zone = name
        event.save(update_fields=["time_zone", "updated"])


def _video_template(value: str) -> str:
    if value and not value.startswith("https://"):
        raise B2BError(422, {"video_url_template": ["the room address must start with https://"]})
    return value


@router.get(
    "/programmes/{int:programme_id}",
    response={200: ProgrammeDetailOut, 404: ErrorOut},
    summary="A B2B programme with its sessions, slots and tables",
)
def programme_detail(request: HttpRequest, programme_id: int):
    return _programme(request, programme_id)


@router.patch(
    "/programmes/{int:programme_id}",
    response={200: ProgrammeDetailOut, **ERRORS},
    auth=write_auth,
    summary="Change a programme (organiser)",
)
@recorded
def update_programme(request: HttpRequest, programme_id: int, payload: ProgrammePatch):
    programme = _organised(request, programme_id)
    data = payload.dict(exclude_unset=True)
    organisers = data.pop("organisers", None)
    zone = data.pop("time_zone", None)
    if zone is not None:
        _set_time_zone(programme.event, zone)
    if data.get("video_url_template") is not None:
        _video_template(data["video_url_template"])
    for key, value in data.items():
        if value is None and key != "request_ttl_hours":
            continue
        setattr(programme, key, value)
    programme.save()
    if organisers is not None:
        users = list(get_user_model().objects.filter(pk__in=organisers))
        missing = sorted(set(organisers) - {u.pk for u in users})
        if missing:
            raise B2BError(422, {"organisers": [f"no user with id {missing}"]})
        if not users:
            raise B2BError(422, {"organisers": ["a programme keeps at least one organiser"]})
        programme.organisers.set(users)
    return programme


@router.post(
    "/programmes/{int:programme_id}/sessions",
    response={201: SessionOut, **ERRORS},
    auth=write_auth,
    summary="Add a session with its slots (organiser)",
)
@recorded
def add_session(request: HttpRequest, programme_id: int, payload: SessionIn):
    programme = _organised(request, programme_id)
    if programme.sessions.filter(label=payload.label).exists():
        raise B2BError(409, f"a session labelled {payload.label!r} exists already")
    slots = sorted(
        (_aware(s.starts_at, programme), _aware(s.ends_at, programme)) for s in payload.slots
    )
    for i, (start, end) in enumerate(slots):
        if end <= start:
            raise B2BError(422, {"slots": [f"slot {i}: ends_at must be after starts_at"]})
        if i and start < slots[i - 1][1]:
            raise B2BError(422, {"slots": [f"slot {i}: overlaps the previous slot"]})
    order = payload.order
    if order is None:
        order = programme.sessions.count()
    with transaction.atomic():
        session = B2BSession.objects.create(programme=programme, label=payload.label, order=order)
        Slot.objects.bulk_create(
            [Slot(session=session, starts_at=start, ends_at=end) for start, end in slots]
        )
    return Status(201, session)


@router.post(
    "/programmes/{int:programme_id}/tables",
    response={201: list[TableOut], **ERRORS},
    auth=write_auth,
    summary="Add tables numbered after the existing ones (organiser)",
)
@recorded
def add_tables(request: HttpRequest, programme_id: int, payload: TablesIn):
    programme = _organised(request, programme_id)
    first = (programme.tables.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    tables = Table.objects.bulk_create(
        [
            Table(programme=programme, number=n, label=f"Table {n}", location=payload.location)
            for n in range(first, first + payload.count)
        ]
    )
    return Status(201, tables)


# ---------------------------------------------------------------------------------- participants


def _programme_slots(programme: B2BProgramme, ids: list[int]) -> list[Slot]:
    slots = list(Slot.objects.filter(session__programme=programme, pk__in=ids))
    missing = sorted(set(ids) - {s.pk for s in slots})
    if missing:
        raise B2BError(
            422, {"unavailable_slots": [f"slot {missing} is not a slot of this programme"]}
        )
    return slots


def _preferred(
    programme: B2BProgramme, slots: list[int | str] | None, sessions: list[int | str] | None
) -> list[Slot]:
    """The preferred slots the two fields name together; a clear 422 for an unknown one."""
    times = ProgrammeTimes(programme)
    try:
        chosen = preferred_from(times, slots=slots or ())
    except ValueError as error:
        raise B2BError(422, {"preferred_slots": [str(error)]}) from error
    try:
        chosen += preferred_from(times, sessions=sessions or ())
    except ValueError as error:
        raise B2BError(422, {"preferred_sessions": [str(error)]}) from error
    return sorted(set(chosen), key=times.slots.index)


def _check_country(value: str) -> None:
    from django.core.exceptions import ValidationError

    from parkbridge.core.validators import validate_country

    try:
        validate_country(value)
    except ValidationError as error:
        raise B2BError(422, {"country": error.messages}) from error


@router.get(
    "/programmes/{int:programme_id}/participants",
    response=list[B2BParticipantOut],
    summary="Who takes part in a programme's B2B meetings",
)
def list_participants(request: HttpRequest, programme_id: int, q: str | None = None):
    programme = _programme(request, programme_id)
    user = request_user(request)
    qs = programme.participants.select_related("organisation", "participant")
    if not is_organiser(user, programme):
        # Only approved participants are listed, and none of a confidential organisation the
        # asker may not see (the name would tell it takes part).
        orgs = visible(Organisation.objects.all(), user).values("pk")
        qs = qs.filter(approved=True).filter(
            Q(organisation__isnull=True) | Q(organisation__in=orgs)
        )
    if q:
        qs = qs.filter(Q(display_name__icontains=q) | Q(organisation__name_en__icontains=q))
    return list(qs[:5000])


@router.post(
    "/programmes/{int:programme_id}/participants",
    response={201: B2BParticipantPrivateOut, **ERRORS},
    auth=write_auth,
    summary="Register a participant (an organiser registers anyone; a user registers themself)",
)
@recorded
def add_participant(request: HttpRequest, programme_id: int, payload: ParticipantIn):
    programme = _programme(request, programme_id)
    user = request.user
    organiser = is_organiser(user, programme)
    if not organiser and not programme.self_registration:
        raise B2BError(403, "this programme registers participants through its organisers only")
    if not organiser and payload.user not in (None, user.pk):
        raise B2BError(403, "only an organiser may register someone else")
    if not organiser and (payload.booth or payload.max_meetings is not None):
        raise B2BError(403, "only an organiser assigns booths and meeting caps")
    linked_user = user if not organiser else None
    if payload.user is not None:
        linked_user = get_user_model().objects.filter(pk=payload.user).first()
        if linked_user is None:
            raise B2BError(422, {"user": [f"no user with id {payload.user}"]})
    organisation = None
    if payload.organisation is not None:
        # Hidden organisations answer like missing ones (the reply would show the name).
        organisation = (
            visible(Organisation.objects.all(), user).filter(pk=payload.organisation).first()
        )
        if organisation is None:
            raise B2BError(
                422, {"organisation": [f"no organisation with id {payload.organisation}"]}
            )
        if not organiser and not speaks_for_organisation(user, organisation.pk):
            raise B2BError(
                403, "only a member of an organisation may register it (or an organiser)"
            )
    event_participant = None
    if payload.participant is not None:
        event_participant = (
            visible(Participant.objects.filter(event=programme.event), user)
            .filter(pk=payload.participant)
            .first()
        )
        if (
            event_participant is not None
            and not organiser
            and not speaks_for_organisation(user, event_participant.organisation_id)
        ):
            raise B2BError(403, "only a member of its organisation may register this participant")
        if event_participant is None:
            raise B2BError(
                422, {"participant": [f"no participant {payload.participant} of this event"]}
            )
    if not (payload.display_name or organisation or event_participant):
        raise B2BError(422, "give a display_name, an organisation or an event participant")
    _check_country(payload.country)
    country = (
        payload.country
        or (organisation.country if organisation else "")
        or (event_participant.country if event_participant else "")
    )
    slots = _programme_slots(programme, payload.unavailable_slots)
    liked = _preferred(programme, payload.preferred_slots, payload.preferred_sessions)
    try:
        with transaction.atomic():
            person = B2BParticipant.objects.create(
                programme=programme,
                display_name=payload.display_name,
                organisation=organisation
                or (event_participant.organisation if event_participant else None),
                participant=event_participant,
                user=linked_user,
                country=country,
                role=payload.role,
                max_meetings=payload.max_meetings
                if payload.max_meetings is not None
                else programme.default_max_meetings,
                booth=payload.booth,
                offer=payload.offer,
                seek=payload.seek,
                languages=sorted(set(payload.languages)),
                online=payload.online,
                contact_email=_email(payload.contact_email),
                contact_phone=payload.contact_phone,
                approved=organiser or not programme.approval_required,
            )
            person.unavailable_slots.set(slots)
            person.preferred_slots.set(liked)
    except IntegrityError as error:
        raise B2BError(409, "this user is registered in this programme already") from error
    return Status(201, person)


def _email(value: str) -> str:
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    if value:
        try:
            validate_email(value)
        except ValidationError as error:
            raise B2BError(422, {"contact_email": error.messages}) from error
    return value


def _own_or_organised_participant(request: HttpRequest, participant_id: int, refusal: str):
    """The participant, if the user is that participant or an organiser of its programme;
    also says whether the user is an organiser."""
    person = get_object_or_404(
        B2BParticipant.objects.select_related("programme"), pk=participant_id
    )
    organiser = is_organiser(request.user, person.programme)
    if not (organiser or acts_for(request.user, person)):
        raise B2BError(403, refusal)
    return person, organiser


@router.get(
    "/participants/{int:participant_id}",
    response={200: B2BParticipantPrivateOut, **ERRORS},
    auth=read_auth,
    summary="A participant's own profile (the participant or an organiser)",
)
def participant_detail(request: HttpRequest, participant_id: int):
    person, _ = _own_or_organised_participant(
        request, participant_id, "only the participant or an organiser may see this profile"
    )
    return person


@router.patch(
    "/participants/{int:participant_id}",
    response={200: B2BParticipantPrivateOut, **ERRORS},
    auth=write_auth,
    summary="Change availability, cap, booth… (the participant or an organiser)",
)
@recorded
def update_participant(request: HttpRequest, participant_id: int, payload: ParticipantPatch):
    person, organiser = _own_or_organised_participant(
        request, participant_id, "only the participant or an organiser may change this profile"
    )
    data = payload.dict(exclude_unset=True)
    if not organiser and ({"booth", "max_meetings", "approved"} & set(data)):
        raise B2BError(403, "only an organiser assigns booths and meeting caps and approves")
    if data.get("languages") is not None:
        data["languages"] = sorted(set(data["languages"]))
    if data.get("contact_email") is not None:
        data["contact_email"] = _email(data["contact_email"])
    slots = data.pop("unavailable_slots", None)
    liked_slots = data.pop("preferred_slots", None)
    liked_sessions = data.pop("preferred_sessions", None)
    liked = None
    if liked_slots is not None or liked_sessions is not None:
        liked = _preferred(person.programme, liked_slots, liked_sessions)
    if "country" in data and data["country"] is not None:
        _check_country(data["country"])
    for key, value in data.items():
        if value is not None:
            setattr(person, key, value)
    with transaction.atomic():
        person.save()
        if slots is not None:
            person.unavailable_slots.set(_programme_slots(person.programme, slots))
        if liked is not None:
            person.preferred_slots.set(liked)
    return person


def _organised_participant(request: HttpRequest, participant_id: int) -> B2BParticipant:
    person = get_object_or_404(
        B2BParticipant.objects.select_related("programme__event"), pk=participant_id
    )
    require_organiser(request_user(request), person.programme)
    return person


@router.post(
    "/participants/{int:participant_id}/no-show",
    response={200: NoShowOut, **ERRORS},
    auth=write_auth,
    summary="On the day: the participant did not come (leaves every remaining slot; organiser)",
)
@recorded
def mark_no_show(request: HttpRequest, participant_id: int):
    person = _organised_participant(request, participant_id)
    taken = onsite.mark_no_show(request_user(request), person)
    return {"participant": person.pk, "slots_taken": taken}


@router.post(
    "/participants/{int:participant_id}/check-in",
    response={200: CheckInOut, **ERRORS},
    auth=write_auth,
    summary="On the day: check in; after a no-show, gives back what nobody took (organiser)",
)
@recorded
def check_in(request: HttpRequest, participant_id: int):
    person = _organised_participant(request, participant_id)
    done = onsite.check_in(request_user(request), person)
    return {
        "participant": person.pk,
        "checked_in_at": done.participant.checked_in_at,
        "version": done.version.number if done.version is not None else None,
        "restored": [runs.meeting_dict(m) for m in done.restored],
        "given_away": [
            {"meeting": runs.meeting_dict(m), "reason": str(why)} for m, why in done.given_away
        ],
    }


@router.get(
    "/participants/{int:participant_id}/agenda",
    response={200: AgendaOut, **ERRORS},
    auth=read_auth,
    summary="A participant's meetings in the published schedule, with HTML/PDF/iCal links",
)
def participant_agenda(request: HttpRequest, participant_id: int):
    person, _ = _own_or_organised_participant(
        request, participant_id, "only the participant or an organiser may see this agenda"
    )
    items = agenda_items(person)
    return {
        "participant": person.pk,
        "time_zone": person.programme.time_zone,
        "version": items[0].version if items else None,
        "html": reverse("b2b:agenda", args=[person.agenda_key]),
        "pdf": reverse("b2b:agenda-pdf", args=[person.agenda_key]),
        "ical": reverse("b2b:agenda-ics", args=[person.agenda_key]),
        "items": [
            {
                "starts_at": local(i.starts_at, person.programme),
                "ends_at": local(i.ends_at, person.programme),
                "session": i.session,
                "partner": i.partner.pk,
                "partner_name": i.partner.name,
                "partner_country": i.partner.country,
                "place": i.place,
                "request": i.request.pk,
            }
            for i in items
        ],
    }


# ---------------------------------------------------------------------------------- requests


@router.get(
    "/programmes/{int:programme_id}/requests",
    response={200: list[RequestOut], **ERRORS},
    auth=read_auth,
    summary="Meeting requests (all for organisers, your own otherwise)",
)
def list_requests(request: HttpRequest, programme_id: int, status: str | None = None):
    programme = _programme(request, programme_id)
    qs = programme.requests.all()
    if not is_organiser(request.user, programme):
        qs = qs.filter(Q(requester__user=request.user) | Q(recipient__user=request.user))
    if status:
        if status not in RequestStatus.values:
            raise B2BError(422, f"status must be one of {', '.join(RequestStatus.values)}")
        qs = qs.filter(status=status)
    return list(qs.order_by("-created_at", "pk")[:10000])


@router.post(
    "/programmes/{int:programme_id}/requests",
    response={201: RequestOut, **ERRORS},
    auth=write_auth,
    summary="Ask for a meeting (on behalf of your participant, or any as organiser)",
)
@recorded
def create_request(request: HttpRequest, programme_id: int, payload: RequestIn):
    programme = _programme(request, programme_id)
    people = {
        p.pk: p
        for p in programme.participants.filter(pk__in=[payload.requester, payload.recipient])
    }
    for field in ("requester", "recipient"):
        if getattr(payload, field) not in people:
            raise B2BError(
                422, {field: [f"no participant {getattr(payload, field)} in this programme"]}
            )
    created = lifecycle.create_request(
        request.user,
        people[payload.requester],
        people[payload.recipient],
        weight=payload.weight,
        message=payload.message,
        expires_at=_aware(payload.expires_at, programme) if payload.expires_at else None,
    )
    return Status(201, created)


@router.get("/requests/{int:request_id}", response={200: RequestOut, **ERRORS}, auth=read_auth)
def request_detail(request: HttpRequest, request_id: int):
    return _request(request, request_id)


def _transition(name: str, action):
    @router.post(
        f"/requests/{{int:request_id}}/{name}",
        response={200: RequestOut, **ERRORS},
        auth=write_auth,
        operation_id=f"b2b_request_{name}",
        summary=f"{name.capitalize()} a meeting request",
    )
    @recorded
    def transition(request: HttpRequest, request_id: int, reason: str | None = None):
        """``?reason=`` is shown to the other side (e.g. why a request was declined)."""
        meeting_request = get_object_or_404(
            MeetingRequest.objects.select_related("programme", "requester", "recipient"),
            pk=request_id,
        )
        if reason is not None and len(reason) > lifecycle.MAX_ANSWER:
            raise B2BError(422, {"reason": [f"at most {lifecycle.MAX_ANSWER} characters"]})
        return action(request.user, meeting_request, reason)

    return transition


accept_request = _transition("accept", lifecycle.accept)
decline_request = _transition("decline", lifecycle.decline)
cancel_request = _transition("cancel", lifecycle.cancel)


@router.post(
    "/programmes/{int:programme_id}/expire-requests",
    response={200: dict[str, int], **ERRORS},
    auth=write_auth,
    summary="Expire unanswered requests past their deadline (organiser)",
)
@recorded
def expire_programme_requests(request: HttpRequest, programme_id: int):
    programme = _organised(request, programme_id)
    return {"expired": lifecycle.expire_requests(programme=programme)}


@router.get(
    "/requests/{int:request_id}/outcome", response={200: OutcomeOut, **ERRORS}, auth=read_auth
)
def get_outcome(request: HttpRequest, request_id: int):
    meeting_request = _request(request, request_id)
    outcome = getattr(meeting_request, "outcome", None)
    if outcome is None:
        raise B2BError(404, "no outcome recorded for this meeting yet")
    return outcome


@router.post(
    "/requests/{int:request_id}/outcome",
    response={200: OutcomeOut, **ERRORS},
    auth=write_auth,
    summary="Record what came of a meeting; agreement_reached may create the agreement",
)
@recorded
def set_outcome(request: HttpRequest, request_id: int, payload: OutcomeIn):
    meeting_request = _request(request, request_id)
    spec = payload.agreement.dict() if payload.agreement is not None else None
    return followup.record_outcome(
        request.user, meeting_request, payload.status, payload.note, agreement=spec
    )


# ---------------------------------------------------------------------------------- runs


@router.post(
    "/programmes/{int:programme_id}/runs",
    response={202: RunOut, **ERRORS},
    auth=write_auth,
    summary="Start a scheduling run in the background (organiser); poll /runs/{id}",
)
@recorded
def start_run(request: HttpRequest, programme_id: int, payload: RunIn):
    programme = _organised(request, programme_id)
    run = runs.start_run(
        programme,
        user=request.user,
        time_limit=payload.time_limit,
        keep_published=payload.keep_published,
        allow_moves=payload.allow_moves,
    )
    run.refresh_from_db()
    return Status(202, run)


@router.get(
    "/programmes/{int:programme_id}/runs",
    response={200: list[RunOut], **ERRORS},
    auth=read_auth,
    summary="Schedule versions of a programme, newest first (organiser)",
)
def list_runs(request: HttpRequest, programme_id: int):
    programme = _organised(request, programme_id)
    runs.fail_stalled_runs(programme)
    return list(programme.runs.select_related("based_on").order_by("-number")[:200])


@router.get("/runs/{int:run_id}", response={200: RunOut, **ERRORS}, auth=read_auth)
def run_detail(request: HttpRequest, run_id: int):
    return runs.stall_checked(_run(request, run_id))


@router.get(
    "/runs/{int:run_id}/meetings", response={200: list[MeetingOut], **ERRORS}, auth=read_auth
)
def run_meetings(request: HttpRequest, run_id: int):
    run = _run(request, run_id)
    qs = run.meetings.select_related(
        "a", "b", "slot__session__programme__event", "table", "booth_host"
    )
    return [runs.meeting_dict(m) for m in qs]


@router.get(
    "/runs/{int:run_id}/compare",
    response={200: dict[str, Any], **ERRORS},
    auth=read_auth,
    summary="Meetings added, removed and moved since another version (default: the previous)",
)
def compare(request: HttpRequest, run_id: int, with_version: int | None = None):
    run = _run(request, run_id)
    if run.status != "done":
        raise B2BError(409, f"run {run.number} is {run.status}; only finished runs compare")
    if with_version is None:
        other = run.based_on or (
            run.programme.runs.filter(status="done", number__lt=run.number)
            .order_by("-number")
            .first()
        )
        if other is None:
            raise B2BError(404, "there is no earlier finished version to compare with")
    else:
        other = run.programme.runs.filter(number=with_version, status="done").first()
        if other is None:
            raise B2BError(404, f"no finished version {with_version} in this programme")
    return runs.compare_runs(other, run)


@router.post(
    "/runs/{int:run_id}/publish",
    response={200: RunOut, **ERRORS},
    auth=write_auth,
    summary="Publish a finished version: it goes on agendas and stays fixed in later runs",
)
@recorded
def publish_run(request: HttpRequest, run_id: int):
    return runs.publish(_run(request, run_id))


@router.get(
    "/programmes/{int:programme_id}/statistics",
    response={200: dict[str, Any], **ERRORS},
    auth=read_auth,
    summary="Requests, acceptance rate, meetings per participant and per country pair",
)
def statistics(request: HttpRequest, programme_id: int, version: int | None = None):
    programme = _organised(request, programme_id)
    run = None
    if version is not None:
        run = programme.runs.filter(number=version, status="done").first()
        if run is None:
            raise B2BError(404, f"no finished version {version} in this programme")
    return programme_statistics(programme, run)


@router.get(
    "/programmes/{int:programme_id}/instance",
    response={200: dict[str, Any], **ERRORS},
    auth=read_auth,
    summary="The programme as a scheduler instance (FORMAT.md JSON), for inspection",
)
def instance(request: HttpRequest, programme_id: int):
    programme = _organised(request, programme_id)
    try:
        return build_instance(programme).data
    except InstanceError as error:
        raise B2BError(422, f"the programme is not a valid scheduling instance: {error}") from error
