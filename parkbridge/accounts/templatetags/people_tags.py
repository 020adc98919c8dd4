"""Blocks other apps' pages show: an organisation's membership box (ask to join, or the
members page) and an event's "invite participants" link for its organisers."""

from __future__ import annotations

from django import template
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("people/_organisation_box.html", takes_context=True)
def organisation_membership(context: template.Context, organisation) -> dict:
    from parkbridge.accounts.membership import is_member, is_organisation_admin
    from parkbridge.accounts.models import MembershipRequest, MembershipRequestStatus

    request = context.get("request")
    user = getattr(request, "user", None)
    signed_in = bool(user is not None and user.is_authenticated)
    member = signed_in and is_member(user, organisation.pk)
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "organisation": organisation,
        "signed_in": signed_in,
        "member": member,
        "admin": signed_in and is_organisation_admin(user, organisation.pk),
        "asked": signed_in
        and not member
        and MembershipRequest.objects.filter(
            user=user, organisation=organisation, status=MembershipRequestStatus.PENDING
        ).exists(),
        "next": request.get_full_path() if request is not None else "",
    }


@register.simple_tag(takes_context=True)
def event_invitations_url(context: template.Context, event) -> str:
    """The event's invitations page for someone who may invite to it, else ""."""
    from parkbridge.accounts.invitations import may_invite_to_event

    request = context.get("request")
    user = getattr(request, "user", None)
    if may_invite_to_event(user, event):
        return reverse("event-invitations", args=[event.pk])
    return ""
