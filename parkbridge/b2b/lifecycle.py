"""The life of a meeting request: requested → accepted / declined / expired / cancelled.

Only the recipient's side answers (its user, a member of its organisation, or an
administrator); the requester's side (or, once accepted, either side, or an organiser) cancels. Each transition checks the current status in the same UPDATE that changes it, so two
clicks racing each other cannot both win.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from parkbridge.b2b.errors import B2BError, status_words
from parkbridge.b2b.models import (
    OPEN_STATUSES,
    B2BParticipant,
    MeetingRequest,
    RequestStatus,
)
from parkbridge.b2b.permissions import acts_for, is_organiser

MAX_ANSWER = 1000

# Why a transition was refused, by its verb; ``%(status)s`` is the request's status in words.
REFUSED_MOVES = {
    "accept": _("this request cannot be accepted: it is %(status)s"),
    "decline": _("this request cannot be declined: it is %(status)s"),
    "cancel": _("this request cannot be cancelled: it is %(status)s"),
    "expire": _("this request cannot expire: it is %(status)s"),
}


def create_request(
    user,
    requester: B2BParticipant,
    recipient: B2BParticipant,
    *,
    weight: int = 2,
    message: str = "",
    expires_at: datetime | None = None,
) -> MeetingRequest:
    programme = requester.programme
    if recipient.programme_id != requester.programme_id:
        raise B2BError(422, _("requester and recipient must take part in the same B2B programme"))
    if requester.pk == recipient.pk:
        raise B2BError(422, _("a participant cannot request a meeting with themself"))
    if not (acts_for(user, requester) or is_organiser(user, programme)):
        raise B2BError(403, _("you may send requests only on behalf of your own participant"))
    if not (requester.approved and recipient.approved):
        raise B2BError(409, _("both participants must be approved by an organiser first"))
    if not 1 <= weight <= 3:
        raise B2BError(422, _("weight must be 1, 2 or 3"))
    now = timezone.now()
    if expires_at is not None and expires_at <= now:
        raise B2BError(422, _("expires_at must be in the future"))
    pair = Q(requester=requester, recipient=recipient) | Q(requester=recipient, recipient=requester)
    existing = programme.requests.filter(pair, status__in=OPEN_STATUSES).first()
    if existing is not None:
        raise B2BError(
            409,
            _("an open request between these participants exists already (#%(number)s)"),
            number=existing.pk,
        )
    if expires_at is None and programme.request_ttl_hours:
        expires_at = now + timedelta(hours=programme.request_ttl_hours)
    return MeetingRequest.objects.create(
        programme=programme,
        requester=requester,
        recipient=recipient,
        weight=weight,
        message=message,
        expires_at=expires_at,
    )


def _move(
    request: MeetingRequest,
    allowed_from: tuple[str, ...],
    new: str,
    verb: str,
    answer: str | None = None,
) -> None:
    from parkbridge.accounts.history import ChangeAction, record_change, snapshot

    now = timezone.now()
    before = snapshot(request, with_m2m=False)
    fields: dict[str, object] = {"status": new, "answered_at": now}
    if answer is not None:
        fields["answer"] = answer[:MAX_ANSWER]
    changed = MeetingRequest.objects.filter(pk=request.pk, status__in=allowed_from).update(**fields)
    request.refresh_from_db()
    if not changed:
        raise B2BError(409, REFUSED_MOVES[verb], status=status_words(request.status))
    # The guarded UPDATE bypasses the history signals: record the change with the actor.
    record_change(request, ChangeAction.UPDATE, before, snapshot(request, with_m2m=False))


def _expire_if_due(request: MeetingRequest) -> None:
    if (
        request.status == RequestStatus.REQUESTED
        and request.expires_at is not None
        and request.expires_at <= timezone.now()
    ):
        _move(request, (RequestStatus.REQUESTED,), RequestStatus.EXPIRED, "expire")
        raise B2BError(
            409, _("this request expired at %(moment)s"), moment=request.expires_at.isoformat()
        )


def accept(user, request: MeetingRequest, answer: str | None = None) -> MeetingRequest:
    if not acts_for(user, request.recipient):
        raise B2BError(403, _("only the recipient of a request may accept it"))
    _expire_if_due(request)
    _move(request, (RequestStatus.REQUESTED,), RequestStatus.ACCEPTED, "accept", answer)
    return request


def decline(user, request: MeetingRequest, answer: str | None = None) -> MeetingRequest:
    if not acts_for(user, request.recipient):
        raise B2BError(403, _("only the recipient of a request may decline it"))
    _expire_if_due(request)
    _move(request, (RequestStatus.REQUESTED,), RequestStatus.DECLINED, "decline", answer)
    return request


def cancel(user, request: MeetingRequest, answer: str | None = None) -> MeetingRequest:
    """The requester withdraws; an accepted meeting may also be called off by the recipient or
    an organiser (a late cancellation: the next run drops it and reports it as removed)."""
    organiser = is_organiser(user, request.programme)
    if acts_for(user, request.requester) or organiser:
        allowed: tuple[str, ...] = OPEN_STATUSES
    elif acts_for(user, request.recipient):
        allowed = (RequestStatus.ACCEPTED,)
        if request.status == RequestStatus.REQUESTED:
            raise B2BError(
                403, _("the recipient declines a request; only the requester cancels it")
            )
    else:
        raise B2BError(403, _("only the requester or an organiser may cancel a request"))
    _move(request, allowed, RequestStatus.CANCELLED, "cancel", answer)
    return request


def expire_requests(now: datetime | None = None, programme=None) -> int:
    """Mark unanswered requests past ``expires_at`` as expired; returns how many."""
    now = now or timezone.now()
    due = MeetingRequest.objects.filter(status=RequestStatus.REQUESTED, expires_at__lte=now)
    if programme is not None:
        due = due.filter(programme=programme)
    return due.update(status=RequestStatus.EXPIRED, answered_at=now)
