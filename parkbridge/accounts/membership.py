"""Who belongs to an organisation and who decides it.

Membership is :class:`parkbridge.marketplace.models.OrganisationMember` (role member or
admin); ``marketplace.models.speaks_for`` stays the one check of who speaks for an
organisation. Here: asking to join, approving or refusing (an organisation's admins, or
administrators), changing roles and removing members — never the last admin.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from parkbridge.accounts.mail import language_for
from parkbridge.accounts.models import MembershipRequest, MembershipRequestStatus
from parkbridge.accounts.rights import forget_cached_rights
from parkbridge.accounts.roles import is_administrator
from parkbridge.marketplace.models import MemberRole, OrganisationMember


class MembershipError(Exception):
    """A membership change that is not allowed or not possible; the message is for people."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def is_organisation_admin(user, organisation_id: int | None) -> bool:
    """An admin of this organisation (administrators act for every organisation)."""
    if user is None or not user.is_authenticated or organisation_id is None:
        return False
    if is_administrator(user):
        return True
    return OrganisationMember.objects.filter(
        user=user, organisation_id=organisation_id, role=MemberRole.ADMIN
    ).exists()


def is_member(user, organisation_id: int) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return OrganisationMember.objects.filter(user=user, organisation_id=organisation_id).exists()


def administered_organisation_ids(user) -> set[int]:
    if user is None or not user.is_authenticated:
        return set()
    return set(
        OrganisationMember.objects.filter(user=user, role=MemberRole.ADMIN).values_list(
            "organisation_id", flat=True
        )
    )


def pending_requests_for(user):
    """Requests the user may decide: every one for administrators, else their organisations'."""
    pending = MembershipRequest.objects.filter(status=MembershipRequestStatus.PENDING)
    if not is_administrator(user):
        pending = pending.filter(organisation_id__in=administered_organisation_ids(user))
    return pending.select_related("user", "organisation")


def ask_to_join(user, organisation, message: str = "") -> MembershipRequest:
    if is_member(user, organisation.pk):
        raise MembershipError(_("You are already a member of this organisation."))
    try:
        with transaction.atomic():
            request = MembershipRequest.objects.create(
                user=user, organisation=organisation, message=message.strip()
            )
    except IntegrityError:
        raise MembershipError(
            _("You have already asked to join this organisation; its admins will answer.")
        ) from None
    for admin in _admins_of(organisation.pk):
        _tell(
            admin,
            "membership_request",
            lambda: (
                _("%(user)s asks to join %(organisation)s.")
                % {"user": user.get_username(), "organisation": organisation}
            ),
            request,
            reverse("organisation-members", args=[organisation.pk]) + "#requests",
        )
    return request


def _tell(user, kind: str, message, target, url: str) -> None:
    """Notify ``user`` in their own language (``message`` is called with it active)."""
    from parkbridge.accounts.notifications import notify

    with translation.override(language_for(user)):
        text = str(message())
    notify(user, kind=kind, message=text, target=target, url=url)


def _admins_of(organisation_id: int):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(
        memberships__organisation_id=organisation_id,
        memberships__role=MemberRole.ADMIN,
        is_active=True,
    )


def _decide(actor, request_id: int, status: str, reason: str = "") -> MembershipRequest:
    with transaction.atomic():
        request = (
            MembershipRequest.objects.select_for_update()
            .select_related("organisation", "user")
            .filter(pk=request_id)
            .first()
        )
        if request is None:
            raise MembershipError(_("No such request."), 404)
        if not is_organisation_admin(actor, request.organisation_id):
            raise MembershipError(_("Only the organisation's admins decide who joins it."), 403)
        if request.status != MembershipRequestStatus.PENDING:
            raise MembershipError(_("This request has already been answered."), 409)
        request.status = status
        request.reason = reason.strip()
        request.decided_by = actor
        request.decided = timezone.now()
        request.save(update_fields=["status", "reason", "decided_by", "decided"])
        if status == MembershipRequestStatus.APPROVED:
            OrganisationMember.objects.get_or_create(
                user=request.user,
                organisation=request.organisation,
                defaults={"role": MemberRole.MEMBER},
            )
            forget_cached_rights(request.user)
    return request


def approve(actor, request_id: int) -> MembershipRequest:
    request = _decide(actor, request_id, MembershipRequestStatus.APPROVED)
    _tell(
        request.user,
        "membership_answered",
        lambda: (
            _("You are now a member of %(organisation)s.") % {"organisation": request.organisation}
        ),
        request,
        reverse("my-parkbridge") + "#organisations",
    )
    return request


def refuse(actor, request_id: int, reason: str = "") -> MembershipRequest:
    request = _decide(actor, request_id, MembershipRequestStatus.REFUSED, reason)

    def message() -> str:
        text = _("Your request to join %(organisation)s was refused.") % {
            "organisation": request.organisation
        }
        return f"{text} {request.reason}" if request.reason else text

    _tell(
        request.user,
        "membership_answered",
        message,
        request,
        reverse("my-parkbridge") + "#organisations",
    )
    return request


def withdraw(user, request_id: int) -> None:
    updated = MembershipRequest.objects.filter(
        pk=request_id, user=user, status=MembershipRequestStatus.PENDING
    ).update(status=MembershipRequestStatus.WITHDRAWN, decided=timezone.now())
    if not updated:
        raise MembershipError(_("This request has already been answered."), 409)


def _lock_members(organisation_id: int) -> list[OrganisationMember]:
    # Locking every membership row of the organisation serialises concurrent removals and
    # demotions, so two admins can't each remove the other and leave nobody in charge.
    return list(
        OrganisationMember.objects.select_for_update().filter(organisation_id=organisation_id)
    )


def change_role(actor, membership_id: int, role: str) -> OrganisationMember:
    if role not in MemberRole.values:
        raise MembershipError(_("Unknown role."))
    with transaction.atomic():
        membership = OrganisationMember.objects.filter(pk=membership_id).first()
        if membership is None:
            raise MembershipError(_("No such member."), 404)
        if not is_organisation_admin(actor, membership.organisation_id):
            raise MembershipError(_("Only the organisation's admins change roles."), 403)
        members = _lock_members(membership.organisation_id)
        membership = next(m for m in members if m.pk == membership_id)
        if membership.role == MemberRole.ADMIN and role != MemberRole.ADMIN:
            _refuse_if_last_admin(members, membership)
        membership.role = role
        membership.save(update_fields=["role"])
    return membership


def remove_member(actor, membership_id: int) -> None:
    with transaction.atomic():
        membership = OrganisationMember.objects.filter(pk=membership_id).first()
        if membership is None:
            raise MembershipError(_("No such member."), 404)
        leaving = actor is not None and actor.pk == membership.user_id
        if not leaving and not is_organisation_admin(actor, membership.organisation_id):
            raise MembershipError(_("Only the organisation's admins remove members."), 403)
        members = _lock_members(membership.organisation_id)
        membership = next(m for m in members if m.pk == membership_id)
        if membership.role == MemberRole.ADMIN:
            _refuse_if_last_admin(members, membership)
        user = membership.user
        membership.delete()
        forget_cached_rights(user)


def _refuse_if_last_admin(members: list[OrganisationMember], leaving: OrganisationMember) -> None:
    others = [m for m in members if m.role == MemberRole.ADMIN and m.pk != leaving.pk]
    if not others:
        raise MembershipError(
            _("An organisation keeps at least one admin: make another member admin first."),
            409,
        )
