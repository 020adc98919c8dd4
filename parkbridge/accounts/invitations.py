"""Invitations: who may invite whom to what, the secret link, and what accepting it grants.

An invitation is to an event (the person is registered: an ``events.Participant`` for them or
the organisation named, and a ``b2b.B2BParticipant`` with their account when the event has a
B2B programme), to an organisation (membership as member or admin) or to a role (the groups
of :mod:`parkbridge.accounts.roles`; administrators only). Accepting is all or nothing: a new
person's account and what the invitation grants are written in one transaction, and the link
is marked used in the same one, so it works exactly once.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from parkbridge.accounts.mail import queue_mail
from parkbridge.accounts.membership import is_organisation_admin
from parkbridge.accounts.models import Invitation, InvitationKind
from parkbridge.accounts.rights import assigned_event_ids, forget_cached_rights, organisation_ids
from parkbridge.accounts.roles import Role, is_administrator, roles_of
from parkbridge.marketplace.models import MemberRole, OrganisationMember

DEFAULT_DAYS = 14
MAX_DAYS = 90
# Roles an administrator hands out by e-mail; making someone an administrator stays a
# deliberate act in the admin or the CLI.
INVITABLE_ROLES: tuple[str, ...] = tuple(r.value for r in Role if r is not Role.ADMINISTRATOR)


class InvitationError(Exception):
    """An invitation that can't be made or used; the message is for people."""

    def __init__(self, message: str, status: int = 400, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.reason = reason


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def invitation_days() -> int:
    return int(getattr(settings, "PARKBRIDGE_INVITATION_DAYS", DEFAULT_DAYS))


# ---- who may invite -------------------------------------------------------------------------


def may_invite_to_event(user, event) -> bool:
    """Administrators; the event's B2B organisers and assignees; event organisers whose
    organisation organises it."""
    if user is None or not user.is_authenticated or event is None:
        return False
    if is_administrator(user) or event.pk in assigned_event_ids(user):
        return True
    programme_model = apps.get_model("b2b", "B2BProgramme")
    if programme_model.objects.filter(event=event, organisers=user).exists():
        return True
    orgs = organisation_ids(user)
    return bool(
        Role.EVENT_ORGANISER in roles_of(user)
        and orgs
        and event.organisers.filter(pk__in=orgs).exists()
    )


def may_invite_to_organisation(user, organisation) -> bool:
    return organisation is not None and is_organisation_admin(user, organisation.pk)


def may_invite_to_role(user) -> bool:
    return is_administrator(user)


def may_manage(user, invitation: Invitation) -> bool:
    """Whoever may make an invitation like this one may see and revoke it."""
    if invitation.kind == InvitationKind.EVENT:
        return may_invite_to_event(user, invitation.event)
    if invitation.kind == InvitationKind.ORGANISATION:
        return may_invite_to_organisation(user, invitation.organisation)
    return may_invite_to_role(user)


def pending(queryset=None):
    """Invitations still waiting for their person."""
    queryset = Invitation.objects.all() if queryset is None else queryset
    return queryset.filter(accepted__isnull=True, revoked__isnull=True, expires__gt=timezone.now())


# ---- making one -----------------------------------------------------------------------------


def invite(
    inviter,
    *,
    kind: str,
    email: str,
    link_for,
    language: str | None = None,
    event=None,
    organisation=None,
    member_role: str = MemberRole.MEMBER,
    role: str = "",
    participant_role: str = "delegate",
    message: str = "",
    days: int | None = None,
) -> Invitation:
    """Create an invitation and queue its e-mail. ``link_for(raw)`` turns the secret into the
    absolute address of the link. Inviting the same address to the same thing again replaces
    the earlier pending invitation (its link stops working)."""
    email = email.strip()
    if kind == InvitationKind.EVENT:
        allowed = may_invite_to_event(inviter, event)
        target = Q(event=event)
    elif kind == InvitationKind.ORGANISATION:
        allowed = may_invite_to_organisation(inviter, organisation)
        target = Q(organisation=organisation)
        if member_role not in MemberRole.values:
            raise InvitationError(_("Unknown organisation role."))
        if OrganisationMember.objects.filter(
            organisation=organisation, user__email__iexact=email
        ).exists():
            raise InvitationError(_("%(email)s is already a member.") % {"email": email}, 409)
    elif kind == InvitationKind.ROLE:
        allowed = may_invite_to_role(inviter)
        target = Q(role=role)
        if role not in INVITABLE_ROLES:
            raise InvitationError(_("Unknown role."))
    else:
        raise InvitationError(_("Unknown kind of invitation."))
    if not allowed:
        raise InvitationError(_("You may not invite people to this."), 403)
    days = invitation_days() if days is None else days
    if not 1 <= days <= MAX_DAYS:
        raise InvitationError(_("A link is valid for 1 to %(max)s days.") % {"max": MAX_DAYS})
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    raw = secrets.token_urlsafe(32)
    now = timezone.now()
    with transaction.atomic():
        pending(Invitation.objects.filter(target, kind=kind, email__iexact=email)).update(
            revoked=now, revoked_by=inviter
        )
        invitation = Invitation.objects.create(
            kind=kind,
            email=email,
            token_hash=_hash(raw),
            language=language,
            message=message.strip(),
            event=event if kind == InvitationKind.EVENT else None,
            organisation=organisation,
            member_role=member_role if kind == InvitationKind.ORGANISATION else "",
            role=role if kind == InvitationKind.ROLE else "",
            participant_role=participant_role if kind == InvitationKind.EVENT else "",
            invited_by=inviter,
            expires=now + timedelta(days=days),
        )
        queue_mail(
            to=email,
            template="people/email/invitation",
            context=_mail_context(invitation, link_for(raw)),
            language=language,
        )
    return invitation


def describe(invitation: Invitation, language: str | None = None) -> str:
    """What the invitation is to, in words of ``language`` (default: the active one)."""
    with translation.override(language or translation.get_language()):
        lang = translation.get_language() or "en"
        if invitation.kind == InvitationKind.EVENT:
            return _("the event %(event)s") % {"event": invitation.event.display_name(lang)}
        if invitation.kind == InvitationKind.ORGANISATION:
            name = invitation.organisation.display_name(lang)
            if invitation.member_role == MemberRole.ADMIN:
                return _("%(organisation)s, as an admin") % {"organisation": name}
            return _("%(organisation)s, as a member") % {"organisation": name}
        return _("the role of %(role)s") % {"role": _(invitation.role)}


def _mail_context(invitation: Invitation, link: str) -> dict[str, object]:
    inviter = invitation.invited_by
    return {
        "link": link,
        "what": describe(invitation, invitation.language),
        "inviter": (inviter.get_full_name() or inviter.get_username()) if inviter else "",
        "message": invitation.message,
        "expires": invitation.expires.strftime("%Y-%m-%d %H:%M UTC"),
    }


def revoke(actor, invitation_id: int) -> Invitation:
    invitation = Invitation.objects.filter(pk=invitation_id).first()
    if invitation is None:
        raise InvitationError(_("No such invitation."), 404)
    if not may_manage(actor, invitation):
        raise InvitationError(_("You may not revoke this invitation."), 403)
    updated = Invitation.objects.filter(
        pk=invitation.pk, accepted__isnull=True, revoked__isnull=True
    ).update(revoked=timezone.now(), revoked_by=actor)
    if not updated:
        raise InvitationError(_("This invitation has already been used or revoked."), 409)
    invitation.refresh_from_db()
    return invitation


# ---- using one ------------------------------------------------------------------------------


def find(raw: str) -> Invitation:
    """The invitation of a link, if it can still be used; else an error saying why."""
    invitation = (
        Invitation.objects.select_related("event", "organisation", "invited_by")
        .filter(token_hash=_hash(raw))
        .first()
        if raw and len(raw) <= 100
        else None
    )
    if invitation is None:
        raise InvitationError(_("This invitation link is not valid."), 404, "unknown")
    _check_usable(invitation)
    return invitation


def _check_usable(invitation: Invitation) -> None:
    state = invitation.state
    if state == "accepted":
        raise InvitationError(_("This invitation link has already been used."), 410, "used")
    if state == "revoked":
        raise InvitationError(_("This invitation has been withdrawn."), 410, "revoked")
    if state == "expired":
        raise InvitationError(_("This invitation link has expired."), 410, "expired")


def existing_account(email: str):
    """The account that already uses this e-mail address, if any."""
    users = get_user_model().objects.filter(email__iexact=email)
    if apps.is_installed("allauth.account"):
        from allauth.account.models import EmailAddress

        users = get_user_model().objects.filter(
            Q(email__iexact=email)
            | Q(pk__in=EmailAddress.objects.filter(email__iexact=email).values("user_id"))
        )
    return users.order_by("pk").first()


def addressed_to(invitation: Invitation, user) -> bool:
    """Is ``user`` the person the invitation was sent to? A verified address of theirs must
    be the invited one (or their account's address, where no sign-in record of it exists:
    accounts made by an administrator). A forwarded link grants nothing to someone else."""
    email = invitation.email.strip()
    if apps.is_installed("allauth.account"):
        from allauth.account.models import EmailAddress

        records = EmailAddress.objects.filter(user=user, email__iexact=email)
        if records.filter(verified=True).exists():
            return True
        if records.exists():
            return False
    return bool(user.email) and user.email.strip().lower() == email.lower()


def accept(raw: str, user) -> Invitation:
    """An existing account accepts: it gets what the invitation grants, nothing else."""
    with transaction.atomic():
        invitation = _lock(raw)
        if not addressed_to(invitation, user):
            raise InvitationError(
                _(
                    "This invitation was sent to %(email)s, and you are signed in with "
                    "another address. Sign in as the invited person, or ask for an "
                    "invitation to your own address."
                )
                % {"email": invitation.email},
                403,
                "other-address",
            )
        _grant(invitation, user)
    return invitation


def accept_as_new_person(raw: str, *, username: str, password: str):
    """A new person: the account (with the invited address, verified) and what the invitation
    grants, in one transaction. Returns the user."""
    with transaction.atomic():
        invitation = _lock(raw)
        if existing_account(invitation.email) is not None:
            raise InvitationError(
                _("An account with this e-mail address exists: sign in to accept."),
                409,
                "exists",
            )
        user = get_user_model().objects.create_user(
            username=username, email=invitation.email, password=password
        )
        _mark_address_verified(user, invitation.email)
        _grant(invitation, user)
    return user


def _mark_address_verified(user, email: str) -> None:
    """The invitation reached this address, so it is confirmed: allauth needs no other proof
    (its record may already exist, made when the user was saved)."""
    if not apps.is_installed("allauth.account"):
        return
    from allauth.account.models import EmailAddress

    address = EmailAddress.objects.filter(user=user, email__iexact=email).first()
    if address is None:
        address = EmailAddress(user=user, email=email)
    EmailAddress.objects.filter(user=user, primary=True).exclude(pk=address.pk).update(
        primary=False
    )
    address.verified = True
    address.primary = True
    address.save()


def _lock(raw: str) -> Invitation:
    invitation = find(raw)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    _check_usable(invitation)  # again, under the lock: a parallel use may have won
    return invitation


def _grant(invitation: Invitation, user) -> None:
    if invitation.kind == InvitationKind.ORGANISATION:
        membership, created = OrganisationMember.objects.get_or_create(
            user=user,
            organisation_id=invitation.organisation_id,
            defaults={"role": invitation.member_role or MemberRole.MEMBER},
        )
        if not created and invitation.member_role == MemberRole.ADMIN:
            membership.role = MemberRole.ADMIN
            membership.save(update_fields=["role"])
        from parkbridge.accounts.models import MembershipRequest, MembershipRequestStatus

        MembershipRequest.objects.filter(
            user=user,
            organisation_id=invitation.organisation_id,
            status=MembershipRequestStatus.PENDING,
        ).update(status=MembershipRequestStatus.APPROVED, decided=timezone.now())
    elif invitation.kind == InvitationKind.ROLE:
        group, _created = Group.objects.get_or_create(name=invitation.role)
        user.groups.add(group)
    else:
        invitation.registration = _register(invitation, user)
    invitation.accepted = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted", "accepted_by", "registration"])
    forget_cached_rights(user)


def _register(invitation: Invitation, user):
    """The person's registration for the event (reused when they already have one)."""
    participant_model = apps.get_model("events", "Participant")
    person_model = apps.get_model("organisations", "Person")
    programme_model = apps.get_model("b2b", "B2BProgramme")
    b2b_participant_model = apps.get_model("b2b", "B2BParticipant")
    event = invitation.event
    role = invitation.participant_role or "delegate"
    programme = programme_model.objects.filter(event=event).first()
    existing = (
        b2b_participant_model.objects.filter(programme=programme, user=user)
        .select_related("participant")
        .first()
        if programme
        else None
    )
    if existing is not None and existing.participant_id:
        _approve(existing)
        return existing.participant
    earlier = (
        Invitation.objects.filter(event=event, accepted_by=user, registration__isnull=False)
        .select_related("registration")
        .first()
    )
    if earlier is not None:
        participant = earlier.registration
    elif invitation.organisation_id:
        participant = participant_model.objects.filter(
            event=event, organisation_id=invitation.organisation_id
        ).first() or participant_model.objects.create(
            event=event, organisation_id=invitation.organisation_id, role=role
        )
    else:
        person = person_model.objects.create(name=user.get_full_name() or user.get_username())
        participant = participant_model.objects.create(event=event, person=person, role=role)
    if programme is not None:
        if existing is not None:
            existing.participant = participant
            existing.save(update_fields=["participant"])
            _approve(existing)
        else:
            b2b_participant_model.objects.create(
                programme=programme,
                participant=participant,
                organisation_id=invitation.organisation_id,
                user=user,
                display_name="" if invitation.organisation_id else str(participant),
                contact_email=user.email or invitation.email,
                max_meetings=programme.default_max_meetings,
            )
    return participant


def _approve(b2b_participant) -> None:
    # The organiser's invitation is their approval of someone who registered themselves.
    if not getattr(b2b_participant, "approved", True):
        b2b_participant.approved = True
        b2b_participant.save(update_fields=["approved"])
