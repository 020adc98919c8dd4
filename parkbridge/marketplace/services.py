"""The marketplace's write paths, shared by the API, the pages and the admin: publishing a
profile, expressing and answering interest, and turning an accepted interest into an agreement
draft. Each checks who may act and raises `Denied` or `Conflict` with a plain message."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from parkbridge.core.access import sees_everything
from parkbridge.marketplace import notifications
from parkbridge.marketplace.models import (
    Interest,
    InterestStatus,
    Profile,
    organisation_ids_of,
    speaks_for,
)


class Denied(PermissionError):
    """The user may not do this (403)."""


class Conflict(RuntimeError):
    """The request clashes with the record's state (409)."""


class Invalid(ValueError):
    """The request names something that does not fit (422); `field` says where."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def publish(profile: Profile) -> int:
    """After a profile is saved with its sectors: notify saved searches it matches."""
    return notifications.profile_published(profile)


def may_see_interest(user, interest: Interest) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if sees_everything(user) or interest.created_by_id == user.pk:
        return True
    mine = organisation_ids_of(user)
    return bool(mine & {interest.from_organisation_id, interest.to_profile.organisation_id})


def sender_for(
    user, to_profile: Profile, from_profile: Profile | None, organisation_id: int | None
) -> int:
    """Which organisation expresses the interest: the one of `from_profile`, the one named, or
    the user's only organisation."""
    if from_profile is not None:
        if organisation_id is not None and organisation_id != from_profile.organisation_id:
            raise Invalid("from_profile", "the profile belongs to another organisation")
        organisation_id = from_profile.organisation_id
    if organisation_id is None:
        mine = organisation_ids_of(user) - {to_profile.organisation_id}
        if len(mine) != 1:
            raise Invalid(
                "from_organisation",
                "name the organisation that expresses the interest"
                if mine
                else "you are not a member of any organisation",
            )
        organisation_id = mine.pop()
    if not speaks_for(user, organisation_id):
        raise Denied("you do not speak for that organisation")
    return organisation_id


def express_interest(
    user,
    to_profile: Profile,
    message: str = "",
    from_profile: Profile | None = None,
    organisation_id: int | None = None,
) -> Interest:
    if not to_profile.active:
        raise Invalid("to_profile", "this profile is no longer active")
    sender = sender_for(user, to_profile, from_profile, organisation_id)
    if sender == to_profile.organisation_id:
        raise Invalid("to_profile", "an organisation cannot express interest in its own profile")
    interest = Interest(
        from_organisation_id=sender,
        from_profile=from_profile,
        to_profile=to_profile,
        message=message,
        created_by=user,
    )
    try:
        with transaction.atomic():
            interest.save()
    except IntegrityError:
        raise Conflict("your organisation has already expressed interest in this profile") from None
    notifications.interest_received(interest)
    return interest


def answer_interest(user, interest: Interest, accept: bool) -> Interest:
    """Only the profile owner's side answers, once."""
    if not speaks_for(user, interest.to_profile.organisation_id):
        raise Denied("only the profile owner's organisation may answer this interest")
    with transaction.atomic():
        locked = Interest.objects.select_for_update().get(pk=interest.pk)
        if locked.status != InterestStatus.PENDING:
            raise Conflict(f"this interest was already {locked.status}")
        locked.status = InterestStatus.ACCEPTED if accept else InterestStatus.DECLINED
        locked.answered_by = user
        locked.answered = timezone.now()
        locked.save(update_fields=["status", "answered_by", "answered"])
    notifications.interest_answered(locked)
    return locked


def start_agreement(user, interest: Interest, title: str = "", kind: str = "cooperation"):
    """An accepted interest becomes a planned, confidential agreement between the two
    organisations; asking again returns the same draft. Returns (agreement, created)."""
    from parkbridge.agreements.models import Agreement, AgreementKind, AgreementStatus

    parties = {interest.from_organisation_id, interest.to_profile.organisation_id}
    if not any(speaks_for(user, p) for p in parties):
        raise Denied("only the two organisations may start an agreement")
    if kind not in AgreementKind.values:
        raise Invalid("kind", f"must be one of {', '.join(AgreementKind.values)}")
    with transaction.atomic():
        locked = Interest.objects.select_for_update().get(pk=interest.pk)
        if locked.status != InterestStatus.ACCEPTED:
            raise Conflict("the interest must be accepted first")
        if locked.agreement_id is not None:
            return locked.agreement, False
        profile = locked.to_profile
        organisations = [locked.from_organisation, profile.organisation]
        agreement = Agreement.objects.create(
            title=(title or f"{organisations[0]} – {organisations[1]}: {profile.title}")[:500],
            kind=kind,
            status=AgreementStatus.PLANNED,
            site=profile.site,
            # A draft between two companies is theirs until they decide to publish it.
            confidential=True,
            countries=sorted({o.country for o in organisations if o.country}),
            description=f"Started from marketplace interest #{locked.pk}.\n\n{locked.message}",
        )
        agreement.parties.set(organisations)
        locked.agreement = agreement
        locked.save(update_fields=["agreement"])
    return agreement, True


def request_meeting(user, interest: Interest, event_id: int, message: str = ""):
    """An accepted pair asks for a B2B meeting at an event: the acting side's participant
    requests one with the other side's, through the B2B app's own request lifecycle (which
    checks that the user acts for the requesting participant)."""
    from parkbridge.b2b.lifecycle import create_request
    from parkbridge.b2b.models import B2BProgramme

    sides = (interest.from_organisation_id, interest.to_profile.organisation_id)
    if speaks_for(user, sides[0]):
        mine, theirs = sides
    elif speaks_for(user, sides[1]):
        theirs, mine = sides
    else:
        raise Denied("only the two organisations may request a meeting")
    if interest.status != InterestStatus.ACCEPTED:
        raise Conflict("the interest must be accepted first")
    programme = B2BProgramme.objects.filter(event_id=event_id).first()
    if programme is None:
        raise Invalid("event", "this event has no B2B matchmaking")
    participants = programme.participants.all()
    # Prefer the user's own participant record; otherwise any of their organisation's.
    requester = (
        participants.filter(organisation_id=mine, user=user).first()
        or participants.filter(organisation_id=mine).first()
    )
    recipient = participants.filter(organisation_id=theirs).first()
    if requester is None or recipient is None:
        missing = "your organisation" if requester is None else "the other organisation"
        raise Invalid("event", f"{missing} is not registered for this event's B2B meetings")
    return create_request(user, requester, recipient, message=message)
