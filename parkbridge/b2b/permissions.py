"""Who may do what in a B2B programme: one place for every page and API operation.

Three relations to a programme, plus administrators, who act for anyone:

- **organiser**: listed among the programme's organisers, or organiser of its event (assigned
  to the event, or with the event organiser role in an organisation that organises it);
- **participant**: the user account of a :class:`B2BParticipant`;
- **member** of the participant's organisation (``OrganisationMember``): speaks for it.

Creating a programme needs more than a write token: an administrator, an analyst, or an
organiser of the event (issue 13: a reviewer made themself organiser of someone else's event).
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from parkbridge.b2b.errors import B2BError
from parkbridge.b2b.models import B2BParticipant, B2BProgramme, MeetingRequest
from parkbridge.core.access import sees_everything


def _signed_in(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def _organisation_ids(user) -> frozenset[int]:
    from parkbridge.accounts.rights import organisation_ids

    return organisation_ids(user)


def organises_event(user, event) -> bool:
    """Assigned to the event, or an event organiser (the role) in one of the organisations
    that organise it: the same rule as editing the event and inviting people to it."""
    if not _signed_in(user):
        return False
    from parkbridge.accounts.rights import assigned_event_ids
    from parkbridge.accounts.roles import Role, has_role

    if event.pk in assigned_event_ids(user):
        return True
    if not has_role(user, Role.EVENT_ORGANISER):
        return False
    orgs = _organisation_ids(user)
    return bool(orgs and event.organisers.filter(pk__in=orgs).exists())


def may_create_programme(user, event) -> bool:
    if not _signed_in(user):
        return False
    from parkbridge.accounts.roles import Role, has_role

    return sees_everything(user) or has_role(user, Role.ANALYST) or organises_event(user, event)


def require_may_create_programme(user, event) -> None:
    if not may_create_programme(user, event):
        raise B2BError(
            403,
            _(
                "only an administrator, an analyst or an organiser of this event may add its "
                "B2B programme"
            ),
        )


def is_organiser(user, programme: B2BProgramme) -> bool:
    """An administrator, one of the programme's organisers, or an organiser of its event."""
    if not _signed_in(user):
        return False
    if sees_everything(user):
        return True
    if programme.organisers.filter(pk=user.pk).exists():
        return True
    return organises_event(user, programme.event)


def require_organiser(user, programme: B2BProgramme) -> None:
    if not is_organiser(user, programme):
        raise B2BError(403, _("only an organiser of this B2B programme may do this"))


def speaks_for_organisation(user, organisation_id: int | None) -> bool:
    """A member of the organisation (or an administrator)."""
    if not _signed_in(user) or organisation_id is None:
        return False
    return sees_everything(user) or organisation_id in _organisation_ids(user)


def acts_for(user, participant: B2BParticipant) -> bool:
    """Whether ``user`` may act as ``participant``: its own account, a member of its
    organisation, or an administrator (who may, e.g., accept on someone's behalf)."""
    if not _signed_in(user):
        return False
    if participant.user_id == user.pk or sees_everything(user):
        return True
    return bool(
        participant.organisation_id and participant.organisation_id in _organisation_ids(user)
    )


def is_party(user, request: MeetingRequest) -> bool:
    return acts_for(user, request.requester) or acts_for(user, request.recipient)


def may_see_participant(user, participant: B2BParticipant) -> bool:
    return acts_for(user, participant) or is_organiser(user, participant.programme)


def own_participants(user, programme: B2BProgramme):
    """The participants of ``programme`` the user acts for (not as an administrator: the
    pages show a person their own, and an administrator picks whom to act for)."""
    from django.db.models import Q

    if not _signed_in(user):
        return programme.participants.none()
    condition = Q(user=user)
    orgs = _organisation_ids(user)
    if orgs:
        condition |= Q(organisation_id__in=orgs)
    return programme.participants.filter(condition).order_by("pk")
