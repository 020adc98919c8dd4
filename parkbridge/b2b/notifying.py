"""Telling participants what changed, through the accounts app's ``notify()`` (in-app, and
e-mail by each person's preference)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext_noop

from parkbridge.accounts.notifications import notify
from parkbridge.b2b.models import B2BParticipant

# The accounts app's kinds (people choose per kind: at once, daily digest or never).
REQUEST_RECEIVED = "meeting_request_received"
REQUEST_ANSWERED = "meeting_request_answered"
AGENDA_CHANGED = "agenda_published"

# Messages (translated per recipient in :func:`tell`).
ASKED = gettext_noop("%(name)s asks for a B2B meeting at %(event)s.")
ANSWERED = {
    "accept": gettext_noop("%(name)s accepted the B2B meeting at %(event)s. %(reason)s"),
    "decline": gettext_noop("%(name)s declined the B2B meeting at %(event)s. %(reason)s"),
    "cancel": gettext_noop("%(name)s cancelled the B2B meeting at %(event)s. %(reason)s"),
}
CHANGED = gettext_noop("Your B2B meetings at %(event)s changed (version %(version)s).")


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


def tell(participants: Iterable[B2BParticipant], *, kind: str, message: str,
         params: dict[str, object] | None = None, url: str = "", target=None) -> int:  # fmt: skip
    """Notify everyone behind ``participants``; returns how many people were told.

    ``message`` is an English msgid with ``%(name)s`` placeholders: each person gets it in
    their own language (their profile's), not the language of whoever caused it."""
    from django.utils import translation

    from parkbridge.accounts.mail import language_for

    people = people_behind(participants)
    for user in people:
        with translation.override(language_for(user)):
            text = (translation.gettext(message) % (params or {})).strip()
        notify(user, kind=kind, message=text, target=target, url=url)
    return len(people)
