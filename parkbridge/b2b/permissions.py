"""Who may do what in a B2B programme (object rights, kept deliberately simple for now)."""

from __future__ import annotations

from parkbridge.b2b.errors import B2BError
from parkbridge.b2b.models import B2BParticipant, B2BProgramme
from parkbridge.core.access import sees_everything


def is_organiser(user, programme: B2BProgramme) -> bool:
    """Staff, or a user listed among the programme's organisers."""
    if user is None or not user.is_authenticated:
        return False
    if sees_everything(user):
        return True
    return programme.organisers.filter(pk=user.pk).exists()


def require_organiser(user, programme: B2BProgramme) -> None:
    if not is_organiser(user, programme):
        raise B2BError(403, "only an organiser of this B2B programme may do this")


def acts_for(user, participant: B2BParticipant) -> bool:
    """Whether ``user`` is the account of ``participant``."""
    return bool(user is not None and user.is_authenticated and participant.user_id == user.pk)


def may_see_participant(user, participant: B2BParticipant) -> bool:
    return acts_for(user, participant) or is_organiser(user, participant.programme)
