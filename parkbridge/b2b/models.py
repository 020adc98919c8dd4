"""B2B matchmaking of an event: the programme (sessions of slots, tables), participants with
their availability and caps, meeting requests and their lifecycle, schedule versions produced
by :mod:`parkbridge.scheduling`, the meetings of each version and the follow-up of meetings.

A schedule version is immutable once done: re-scheduling creates a new version, so what was
published (and printed on agendas) stays on record and versions can be compared.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext, gettext_lazy, gettext_noop

from parkbridge.core.validators import validate_country
from parkbridge.scheduling.model import (
    BOUND_CP_SAT,
    BOUND_CUT_LP,
    BOUND_FULL_LP,
    BOUND_SLOT_FREE_LP,
)

# The scheduler names the relaxation that gave its bound; organisers read it in their language.
BOUND_SOURCE_LABELS = {
    BOUND_SLOT_FREE_LP: gettext_lazy("linear relaxation without slots"),
    BOUND_CUT_LP: gettext_lazy("linear relaxation without slots, tightened by slot-set cuts"),
    BOUND_FULL_LP: gettext_lazy("linear relaxation with slots and tables"),
    BOUND_CP_SAT: gettext_lazy("exact CP-SAT search"),
}


class B2BProgramme(models.Model):
    """The matchmaking part of one event."""

    event = models.OneToOneField("events.Event", on_delete=models.CASCADE, related_name="b2b")
    title = models.CharField(max_length=300, blank=True)
    default_max_meetings = models.PositiveSmallIntegerField(
        default=8, validators=[MaxValueValidator(200)]
    )
    # Requests not answered within this time expire; null means they wait until answered.
    request_ttl_hours = models.PositiveIntegerField(null=True, blank=True, default=72)
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="b2b_programmes"
    )
    # Whether signed-in members of registered organisations may register themselves (else
    # only organisers and invitations register people), and whether they then wait for approval.
    self_registration = models.BooleanField(default=True)
    approval_required = models.BooleanField(default=False)
    # Online meetings get a link from this pattern: {event}, {programme}, {request} and {slot}
    # are replaced (e.g. https://meet.example.org/forum-{event}-{request}).
    video_url_template = models.CharField(max_length=300, blank=True)
    # When a check-in or a "did not come" mark last changed who can meet: a version computed
    # before it would undo that change, so it cannot be published.
    attendance_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "B2B programme"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title or f"B2B of {self.event}"

    @property
    def time_zone(self) -> str:
        return self.event.time_zone

    def ordered_slots(self) -> models.QuerySet[Slot]:
        # Chronological by session, then start: the scheduler's slot ids follow this order.
        return Slot.objects.filter(session__programme=self).order_by(
            "session__order", "session_id", "starts_at", "pk"
        )

    def ordered_tables(self) -> models.QuerySet[Table]:
        return self.tables.order_by("number", "pk")


class B2BSession(models.Model):
    """A run of consecutive slots without a break (e.g. day 1, morning)."""

    programme = models.ForeignKey(B2BProgramme, on_delete=models.CASCADE, related_name="sessions")
    label = models.CharField(max_length=100)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "B2B session"
        ordering = ["programme", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "label"], name="b2b_session_label_unique")
        ]

    def __str__(self) -> str:
        return self.label


class Slot(models.Model):
    session = models.ForeignKey(B2BSession, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="b2b_slot_ends")
        ]

    def __str__(self) -> str:
        from parkbridge.b2b.times import label

        programme = self.session.programme
        return f"{self.session.label} {label(self.starts_at, programme)} {programme.time_zone}"


class Table(models.Model):
    """A meeting table provided by the organiser; the same tables exist in every slot."""

    programme = models.ForeignKey(B2BProgramme, on_delete=models.CASCADE, related_name="tables")
    number = models.PositiveIntegerField()
    label = models.CharField(max_length=100, blank=True)
    location = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["programme", "number"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "number"], name="b2b_table_unique")
        ]

    def __str__(self) -> str:
        return self.label or gettext("Table %(number)d") % {"number": self.number}


class B2BRole(models.TextChoices):
    BUYER = "buyer", "Buyer"
    SELLER = "seller", "Seller"
    INVESTOR = "investor", "Investor"
    PARK_OPERATOR = "park_operator", "Park operator"
    AGENCY = "agency", "Agency"


def new_agenda_key() -> str:
    return secrets.token_urlsafe(18)


class B2BParticipant(models.Model):
    """Someone who may meet: a company or person, acting through an optional user account."""

    programme = models.ForeignKey(
        B2BProgramme, on_delete=models.CASCADE, related_name="participants"
    )
    participant = models.ForeignKey(
        "events.Participant",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="b2b_profiles",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="b2b_profiles",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="b2b_profiles",
    )
    display_name = models.CharField(max_length=300, blank=True)
    country = models.CharField(max_length=2, blank=True, validators=[validate_country])
    role = models.CharField(max_length=20, choices=B2BRole.choices, blank=True)
    max_meetings = models.PositiveSmallIntegerField(default=8, validators=[MaxValueValidator(200)])
    # A booth holder meets at their booth (no table); the text says where the booth is.
    booth = models.CharField(max_length=100, blank=True)
    # Stored as the exceptions: most people attend the whole event, and new slots then need
    # no availability update.
    unavailable_slots = models.ManyToManyField(Slot, blank=True, related_name="unavailable")
    # Soft wishes, unlike unavailability: the scheduler meets them after the weight and before
    # short days, when it can.
    preferred_slots = models.ManyToManyField(Slot, blank=True, related_name="preferred_by")
    # The secret in the personal agenda / calendar feed address (calendar apps send no token).
    agenda_key = models.CharField(max_length=40, unique=True, default=new_agenda_key)
    # The event profile: what the participant offers and seeks, in which sectors and languages.
    offer = models.TextField(blank=True, max_length=3000)
    seek = models.TextField(blank=True, max_length=3000)
    sectors = models.ManyToManyField("core.Sector", blank=True, related_name="b2b_participants")
    # ISO 639-1 codes of the working languages ("en", "ru", "zh"); a meeting whose sides share
    # none needs an interpreter.
    languages = models.JSONField(default=list, blank=True)
    # Meets online (a video link, no table) rather than at the venue.
    online = models.BooleanField(default=False)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    # Self-registrations wait for an organiser when the programme asks for approval; only
    # approved participants are listed, requested and scheduled.
    approved = models.BooleanField(default=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    no_show = models.BooleanField(default=False)
    # What a "did not come" mark took away, so that checking in after all gives back what is
    # still ahead: the slots it made unavailable, and the published version whose meetings
    # were the participant's then.
    no_show_slots = models.ManyToManyField(Slot, blank=True, related_name="no_show_of")
    no_show_version = models.ForeignKey(
        "ScheduleRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "B2B participant"
        ordering = ["programme", "display_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "user"],
                condition=Q(user__isnull=False),
                name="b2b_one_profile_per_user",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        if self.display_name:
            return self.display_name
        if self.organisation_id:
            return str(self.organisation)
        if self.participant_id:
            return str(self.participant)
        return f"Participant {self.pk}"

    @property
    def has_booth(self) -> bool:
        return bool(self.booth)

    @property
    def hosts_without_table(self) -> bool:
        """Meets without a table: at the own booth, or online in the own video room."""
        return bool(self.booth) or self.online

    @property
    def solver_id(self) -> str:
        return f"p{self.pk}"


class RequestStatus(models.TextChoices):
    REQUESTED = "requested", "Requested"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    EXPIRED = "expired", "Expired"
    CANCELLED = "cancelled", "Cancelled"


# Requests that still count: a second request for the same pair is refused while one is open.
OPEN_STATUSES = (RequestStatus.REQUESTED, RequestStatus.ACCEPTED)


class MeetingRequest(models.Model):
    programme = models.ForeignKey(B2BProgramme, on_delete=models.CASCADE, related_name="requests")
    requester = models.ForeignKey(
        B2BParticipant, on_delete=models.CASCADE, related_name="requests_sent"
    )
    recipient = models.ForeignKey(
        B2BParticipant, on_delete=models.CASCADE, related_name="requests_received"
    )
    weight = models.PositiveSmallIntegerField(
        default=2, validators=[MinValueValidator(1), MaxValueValidator(3)]
    )
    status = models.CharField(
        max_length=12, choices=RequestStatus.choices, default=RequestStatus.REQUESTED
    )
    message = models.TextField(blank=True, max_length=2000)
    # The recipient's reason when declining (or a note when accepting), shown to the requester.
    answer = models.TextField(blank=True, max_length=1000)
    # Placed by the organiser on the day (a walk-in), not asked for in advance.
    walk_in = models.BooleanField(default=False)
    expires_at = models.DateTimeField(null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(requester=F("recipient")), name="b2b_request_not_self"
            ),
            models.CheckConstraint(
                condition=Q(weight__gte=1, weight__lte=3), name="b2b_request_weight_1_3"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.requester} → {self.recipient} ({self.status})"


# A run still running this many minutes past twice its time limit lost its worker (runs.py);
# the message is stored in English and shown in the reader's language (``error_shown``).
STALL_MINUTES = 10
RUN_STALLED = gettext_noop(
    "the worker stopped during this run (no result in twice its time limit plus %(minutes)s "
    "minutes); start a new run"
)


class RunStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


# The scheduler's phases (``parkbridge.scheduling.solve`` reports them) as the run page says them.
RUN_PHASES: dict[str, object] = {
    "prepare": gettext_lazy("Preparing"),
    "bound": gettext_lazy("Computing the bound"),
    "place": gettext_lazy("Placing meetings"),
    "slot-set cuts": gettext_lazy("Tightening the bound"),
    "tighter bound": gettext_lazy("Tightening the bound"),
    "exact search": gettext_lazy("Searching exactly"),
    "compact": gettext_lazy("Closing gaps"),
    "polish": gettext_lazy("Polishing"),
    "fewest gaps": gettext_lazy("Proving the fewest gaps"),
    "done": gettext_lazy("Finishing"),
}


class ScheduleRun(models.Model):
    """One run of the scheduler; when done, a version of the schedule with its meetings."""

    programme = models.ForeignKey(B2BProgramme, on_delete=models.CASCADE, related_name="runs")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(100)])
    phase = models.CharField(max_length=40, blank=True)
    error = models.TextField(blank=True)
    time_limit = models.FloatField(default=10.0)
    keep_published = models.BooleanField(default=True)
    allow_moves = models.BooleanField(default=False)
    # The published version whose meetings were kept (the comparison base of ``diff``).
    based_on = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="followers"
    )
    weight = models.PositiveIntegerField(null=True, blank=True)
    meetings_count = models.PositiveIntegerField(null=True, blank=True)
    bound = models.PositiveIntegerField(null=True, blank=True)
    # Which relaxation gave ``bound`` (the scheduler's ``SolveStats.bound_source``), kept so a
    # published version still says how good it was proven to be.
    bound_source = models.CharField(max_length=40, blank=True)
    # The bound is tight: W reaches it, so W is the optimum.
    proven_optimal = models.BooleanField(default=False)
    # W is the optimum and no schedule of that W has fewer idle slots.
    gaps_proven_minimal = models.BooleanField(default=False)
    gaps = models.FloatField(null=True, blank=True)
    fairness = models.FloatField(null=True, blank=True)
    # Soft time preferences: sides of scheduled meetings placed in a slot they prefer, of all
    # sides (with preferences) of scheduled meetings.
    preferences_met = models.PositiveIntegerField(null=True, blank=True)
    preferences_total = models.PositiveIntegerField(null=True, blank=True)
    diff = models.JSONField(default=dict, blank=True)
    instance = models.JSONField(default=dict, blank=True, help_text="What the scheduler solved.")
    published = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["programme", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "number"], name="b2b_run_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.programme} v{self.number} ({self.status})"

    @property
    def error_shown(self) -> str:
        """The stored error in the reader's language when it is one of ours."""
        params = {"minutes": STALL_MINUTES}
        if self.error == RUN_STALLED % params:
            return gettext(RUN_STALLED) % params
        return self.error

    @property
    def bound_source_label(self) -> str:
        """Which bound it is, in the reader's language (an unknown name is shown as is)."""
        return str(BOUND_SOURCE_LABELS.get(self.bound_source, self.bound_source))

    @property
    def phase_label(self) -> str:
        """What the scheduler is doing now, in the reader's language."""
        return str(RUN_PHASES.get(self.phase, self.phase))


class Meeting(models.Model):
    """A request placed in a slot of one version, at a table or at ``booth_host``'s booth."""

    run = models.ForeignKey(ScheduleRun, on_delete=models.CASCADE, related_name="meetings")
    request = models.ForeignKey(MeetingRequest, on_delete=models.CASCADE, related_name="meetings")
    # ``a`` / ``b`` as in the scheduler's request (``a`` is the requester).
    a = models.ForeignKey(B2BParticipant, on_delete=models.CASCADE, related_name="+")
    b = models.ForeignKey(B2BParticipant, on_delete=models.CASCADE, related_name="+")
    # RESTRICT: deleting a slot or table alone must not silently rewrite a stored version (deleting
    # the whole programme or event still cascades).
    slot = models.ForeignKey(Slot, on_delete=models.RESTRICT, related_name="meetings")
    table = models.ForeignKey(
        Table, null=True, blank=True, on_delete=models.RESTRICT, related_name="meetings"
    )
    booth_host = models.ForeignKey(
        B2BParticipant, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        ordering = ["run", "slot__starts_at", "table__number", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["run", "request"], name="b2b_meeting_once_per_run"),
            models.CheckConstraint(
                condition=Q(table__isnull=True) | Q(booth_host__isnull=True),
                name="b2b_meeting_one_place",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.a} – {self.b} @ {self.slot}"

    @property
    def online(self) -> bool:
        """Hosted by an online participant: a video call, no table. An online participant is
        not at the venue, so a booth it may also have listed is not where it meets."""
        return bool(self.booth_host_id and self.booth_host.online)

    @property
    def video_url(self) -> str:
        if not self.online:
            return ""
        return video_url(self.run.programme, self.request_id, self.slot_id)

    @property
    def place(self) -> str:
        if self.table_id:
            return str(self.table)
        if self.online:
            return str(gettext_lazy("Online"))
        if self.booth_host_id:
            host = self.booth_host
            return gettext("Booth %(booth)s (%(name)s)") % {"booth": host.booth, "name": host.name}
        return ""


def video_url(programme: B2BProgramme, request_id: int, slot_id: int) -> str:
    """The video room of an online meeting, from the organiser's pattern."""
    pattern = programme.video_url_template
    if not pattern:
        return ""
    values = {
        "{event}": str(programme.event_id),
        "{programme}": str(programme.pk),
        "{request}": str(request_id),
        "{slot}": str(slot_id),
    }
    for key, value in values.items():
        pattern = pattern.replace(key, value)
    return pattern


class OutcomeStatus(models.TextChoices):
    NO_CONTACT = "no_contact", "No further contact"
    NEGOTIATION = "negotiation", "Negotiation started"
    AGREEMENT_REACHED = "agreement_reached", "Agreement reached"


class MeetingOutcome(models.Model):
    """What came of a meeting. Keyed by the request: the pair met once, whatever the version."""

    request = models.OneToOneField(MeetingRequest, on_delete=models.CASCADE, related_name="outcome")
    status = models.CharField(max_length=20, choices=OutcomeStatus.choices)
    note = models.TextField(blank=True, max_length=5000)
    agreement = models.ForeignKey(
        "agreements.Agreement",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="b2b_outcomes",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.request}: {self.get_status_display()}"


class MeetingFeedback(models.Model):
    """One side's word on a meeting after the event: a rating and what came of it. The
    meeting's :class:`MeetingOutcome` follows the furthest of the two sides' answers."""

    request = models.ForeignKey(MeetingRequest, on_delete=models.CASCADE, related_name="feedback")
    participant = models.ForeignKey(B2BParticipant, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    status = models.CharField(max_length=20, choices=OutcomeStatus.choices)
    note = models.TextField(blank=True, max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["request", "participant"], name="b2b_feedback_once_per_side"
            ),
            models.CheckConstraint(
                condition=Q(rating__gte=1, rating__lte=5), name="b2b_feedback_rating_1_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant} on {self.request}: {self.rating}"


class Interpreter(models.Model):
    """A person the organiser can send to a meeting whose sides share no language."""

    programme = models.ForeignKey(
        B2BProgramme, on_delete=models.CASCADE, related_name="interpreters"
    )
    name = models.CharField(max_length=200)
    # Language pairs as "ru-zh" (either direction).
    language_pairs = models.JSONField(default=list, blank=True)
    unavailable_slots = models.ManyToManyField(Slot, blank=True, related_name="+")

    class Meta:
        ordering = ["programme", "name", "pk"]

    def __str__(self) -> str:
        return self.name

    def covers(self, first: set[str], second: set[str]) -> bool:
        """Whether one of the pairs joins a language of each side."""
        for pair in self.language_pairs:
            x, _, y = str(pair).partition("-")
            if (x in first and y in second) or (y in first and x in second):
                return True
        return False
