"""Telling participants what changed, through the accounts app's ``notify()`` (in-app, and
e-mail by each person's preference)."""

from __future__ import annotations

from collections.abc import Iterable

from parkbridge.accounts.notifications import notify
from parkbridge.b2b.models import B2BParticipant

# The accounts app's kinds (people choose per kind: at once, daily digest or never).
REQUEST_RECEIVED = "meeting_request_received"
REQUEST_ANSWERED = "meeting_request_answered"
AGENDA_CHANGED = "agenda_published"


def people_behind(participants: Iterable[B2BParticipant]) -> set:
    """The user accounts that speak for ``participants``: each one's own account, or else the
    members of its organisation."""
    from parkbridge.marketplace.models import OrganisationMember

    users = {}
    org_ids = set()
    for participant in participants:
        if participant.user_id:
            users[participant.user_id] = participant.user
        elif participant.organisation_id:
            org_ids.add(participant.organisation_id)
    if org_ids:
        for member in OrganisationMember.objects.filter(organisation_id__in=org_ids).select_related(
            "user"
        ):
            users.setdefault(member.user_id, member.user)
    return set(users.values())


def tell(participants: Iterable[B2BParticipant], *, kind: str, message: str, url: str = "",
         target=None) -> int:  # fmt: skip
    """Notify everyone behind ``participants``; returns how many people were told."""
    people = people_behind(participants)
    for user in people:
        notify(user, kind=kind, message=message, target=target, url=url)
    return len(people)
