"""After the event: what came of each meeting, and the agreement it may have produced."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from parkbridge.agreements.models import Agreement, AgreementKind, AgreementStatus
from parkbridge.b2b.errors import B2BError, status_words
from parkbridge.b2b.models import (
    B2BParticipant,
    MeetingFeedback,
    MeetingOutcome,
    MeetingRequest,
    OutcomeStatus,
    RequestStatus,
)
from parkbridge.b2b.permissions import acts_for, is_organiser, is_party

ONE_OF_STATUSES = _("status must be one of %(choices)s")

# How far a meeting got, for merging the two sides' answers (the furthest wins).
PROGRESS = {
    OutcomeStatus.NO_CONTACT: 0,
    OutcomeStatus.NEGOTIATION: 1,
    OutcomeStatus.AGREEMENT_REACHED: 2,
}

# An agreement recorded from a meeting is either already signed or planned (to be signed).
AGREEMENT_STATUSES = (AgreementStatus.SIGNED, AgreementStatus.PLANNED)


def organisation_of(participant: B2BParticipant):
    if participant.organisation_id:
        return participant.organisation
    if participant.participant_id and participant.participant.organisation_id:
        return participant.participant.organisation
    return None


def record_outcome(
    user,
    request: MeetingRequest,
    status: str,
    note: str = "",
    agreement: dict[str, Any] | None = None,
) -> MeetingOutcome:
    """Record (or update) a meeting's outcome; with ``agreement`` and status
    ``agreement_reached``, also create the agreement linked to the event and both parties."""
    if not (is_party(user, request) or is_organiser(user, request.programme)):
        raise B2BError(
            403, _("only the two parties or an organiser may record a meeting's outcome")
        )
    if agreement is not None and not is_party(user, request):
        raise B2BError(403, _("only one of the two parties may turn a meeting into an agreement"))
    if request.status != RequestStatus.ACCEPTED:
        raise B2BError(
            409,
            _("only an accepted meeting has an outcome; this request is %(status)s"),
            status=status_words(request.status),
        )
    if status not in OutcomeStatus.values:
        raise B2BError(422, ONE_OF_STATUSES, choices=", ".join(OutcomeStatus.values))
    current = MeetingOutcome.objects.filter(request=request).first()
    if current is not None and current.agreement_id and status != OutcomeStatus.AGREEMENT_REACHED:
        raise B2BError(409, _("this meeting already led to an agreement; its outcome is final"))
    if agreement is not None and status != OutcomeStatus.AGREEMENT_REACHED:
        raise B2BError(422, _("an agreement can be created only with status agreement_reached"))
    if agreement is not None and current is not None and current.agreement_id:
        raise B2BError(
            409,
            _("this meeting is already linked to agreement #%(number)s"),
            number=current.agreement_id,
        )

    with transaction.atomic():
        outcome = current or MeetingOutcome(request=request)
        outcome.status = status
        outcome.note = note
        outcome.recorded_by = user if user.is_authenticated else None
        if agreement is not None:
            outcome.agreement = _create_agreement(request, agreement)
        outcome.save()
    return outcome


def _create_agreement(request: MeetingRequest, spec: dict[str, Any]) -> Agreement:
    parties = [organisation_of(request.requester), organisation_of(request.recipient)]
    if any(p is None for p in parties):
        raise B2BError(
            422, _("both participants need an organisation for an agreement to name its parties")
        )
    status = spec.get("status") or AgreementStatus.SIGNED
    if status not in AGREEMENT_STATUSES:
        raise B2BError(422, _("a new agreement's status must be signed or planned"))
    kind = spec.get("kind") or AgreementKind.COOPERATION
    if kind not in AgreementKind.values:
        raise B2BError(
            422, _("kind must be one of %(choices)s"), choices=", ".join(AgreementKind.values)
        )
    signed_on: date | None = spec.get("signed_on")
    if status == AgreementStatus.SIGNED and signed_on is None:
        event = request.programme.event
        signed_on = event.end or event.start  # signed at the event unless told otherwise
    title = spec.get("title") or (
        f"Agreement between {parties[0]} and {parties[1]} ({request.programme.event})"
    )
    agreement = Agreement.objects.create(
        title=title[:500],
        kind=kind,
        status=status,
        event=request.programme.event,
        signed_on=signed_on if status == AgreementStatus.SIGNED else None,
        countries=sorted({p.country for p in parties if p.country}),
        description=spec.get("description") or "",
    )
    agreement.parties.set(parties)
    return agreement


def record_feedback(
    user,
    request: MeetingRequest,
    participant: B2BParticipant,
    rating: int,
    status: str,
    note: str = "",
) -> MeetingFeedback:
    """One side rates the meeting and says what came of it; the meeting's outcome becomes the
    furthest of the two answers (an agreement recorded with its record stays final)."""
    if participant.pk not in (request.requester_id, request.recipient_id):
        raise B2BError(422, _("this participant is not a side of this meeting"))
    if not acts_for(user, participant):
        raise B2BError(403, _("only the participant (or its organisation) rates its meetings"))
    if request.status != RequestStatus.ACCEPTED:
        raise B2BError(
            409,
            _("only an accepted meeting is rated; this request is %(status)s"),
            status=status_words(request.status),
        )
    if not 1 <= int(rating) <= 5:
        raise B2BError(422, _("rating must be 1 to 5"))
    if status not in OutcomeStatus.values:
        raise B2BError(422, ONE_OF_STATUSES, choices=", ".join(OutcomeStatus.values))
    with transaction.atomic():
        feedback, _created = MeetingFeedback.objects.update_or_create(
            request=request,
            participant=participant,
            defaults={"rating": int(rating), "status": status, "note": note[:5000]},
        )
        answers = [f.status for f in request.feedback.all()]
        furthest = max(answers, key=lambda s: PROGRESS[OutcomeStatus(s)])
        outcome = MeetingOutcome.objects.filter(request=request).first()
        if outcome is None:
            MeetingOutcome.objects.create(
                request=request, status=furthest, recorded_by=user, note=note[:5000]
            )
        elif not outcome.agreement_id and outcome.status != furthest:
            outcome.status = furthest
            outcome.recorded_by = user
            outcome.save(update_fields=["status", "recorded_by", "updated_at"])
    return feedback
