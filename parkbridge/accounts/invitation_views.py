"""Pages of invitations: the invite forms with the pending invitations (an organisation's,
an event's, the administrators'), revoking, and the page a link opens."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from parkbridge.accounts import invitations
from parkbridge.accounts.invitations import InvitationError
from parkbridge.accounts.models import Invitation, InvitationKind
from parkbridge.accounts.people_forms import (
    EventInvitationForm,
    NewAccountForm,
    OrganisationInvitationForm,
    RoleInvitationForm,
)


def safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def login_url() -> str:
    try:
        return reverse("account_login")
    except NoReverseMatch:
        return settings.LOGIN_URL


def _link_for(request: HttpRequest):
    return lambda raw: request.build_absolute_uri(reverse("invitation-accept", args=[raw]))


def send_invitation(request: HttpRequest, form, **target) -> bool:
    """Validate ``form`` and invite; errors go onto the form. True when sent."""
    if not form.is_valid():
        return False
    data = form.cleaned_data
    extra = {
        key: data[key]
        for key in ("member_role", "role", "participant_role", "organisation")
        if key in data and data[key] not in (None, "")
    }
    try:
        invitations.invite(
            request.user,
            email=data["email"],
            language=data["language"],
            message=data["message"],
            days=data["days"],
            link_for=_link_for(request),
            **(target | extra),
        )
    except InvitationError as error:
        if error.status == 403:
            raise PermissionDenied(error.message) from error
        form.add_error(None, error.message)
        return False
    messages.success(request, _("Invitation sent to %(email)s.") % {"email": data["email"]})
    return True


@login_required
def event_invitations(request: HttpRequest, pk: int) -> HttpResponse:
    from parkbridge.core.access import visible
    from parkbridge.events.models import Event

    event = get_object_or_404(visible(Event.objects.all(), request.user), pk=pk)
    if not invitations.may_invite_to_event(request.user, event):
        raise PermissionDenied(_("Only the event's organisers invite people to it."))
    language = translation.get_language()
    form = EventInvitationForm(
        request.POST or None, event=event, user=request.user, language=language
    )
    if request.method == "POST" and send_invitation(
        request, form, kind=InvitationKind.EVENT, event=event
    ):
        return redirect("event-invitations", pk=event.pk)
    registered = (
        Invitation.objects.filter(event=event, accepted__isnull=False)
        .select_related("accepted_by", "organisation")
        .order_by("-accepted")[:100]
    )
    return render(
        request,
        "people/event_invitations.html",
        {
            "event": event,
            "form": form,
            "pending": invitations.pending(Invitation.objects.filter(event=event)),
            "registered": registered,
            "has_b2b": hasattr(event, "b2b"),
        },
        status=400 if form.errors else 200,
    )


@login_required
def administrator_invitations(request: HttpRequest) -> HttpResponse:
    if not invitations.may_invite_to_role(request.user):
        raise PermissionDenied(_("Only administrators invite people to roles."))
    form = RoleInvitationForm(request.POST or None, language=translation.get_language())
    if request.method == "POST" and send_invitation(request, form, kind=InvitationKind.ROLE):
        return redirect("invitations-admin")
    return render(
        request,
        "people/admin_invitations.html",
        {
            "form": form,
            "pending": invitations.pending().select_related("event", "organisation", "invited_by"),
        },
        status=400 if form.errors else 200,
    )


@require_POST
@login_required
def organisation_invite(request: HttpRequest, pk: int) -> HttpResponse:
    from parkbridge.organisations.models import Organisation

    organisation = get_object_or_404(Organisation, pk=pk)
    form = OrganisationInvitationForm(request.POST)
    if not send_invitation(
        request, form, kind=InvitationKind.ORGANISATION, organisation=organisation
    ):
        from parkbridge.accounts.membership_views import members_page

        return members_page(request, organisation, invite_form=form, status=400)
    return redirect("organisation-members", pk=organisation.pk)


@require_POST
@login_required
def revoke(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    try:
        invitation = invitations.revoke(request.user, pk)
    except InvitationError as error:
        if error.status in (403, 404):
            raise PermissionDenied(error.message) from error
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("The invitation of %(email)s is revoked; its link no longer works.")
            % {"email": invitation.email},
        )
    return HttpResponseRedirect(safe_next(request, reverse("my-parkbridge")))


def accept(request: HttpRequest, token: str) -> HttpResponse:
    """The page an invitation link opens: accept (signed in or an existing account), or set a
    username and password (a new person); expired, revoked or used links say so."""
    try:
        invitation = invitations.find(token)
    except InvitationError as error:
        return _unusable(request, error)
    if not request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) and not request.user.is_authenticated:
        # Someone opening the link for the first time reads the page in the e-mail's language.
        translation.activate(invitation.language)
        request.LANGUAGE_CODE = translation.get_language()
    context = {
        "invitation": invitation,
        "what": invitations.describe(invitation),
        "token": token,
        "login_url": login_url(),
    }
    user = request.user
    if user.is_authenticated:
        if not invitations.addressed_to(invitation, user):
            return render(
                request,
                "people/invitation_accept.html",
                context | {"mode": "other-address"},
                status=403,
            )
        if request.method == "POST":
            try:
                invitations.accept(token, user)
            except InvitationError as error:
                return _unusable(request, error)
            messages.success(
                request, _("Invitation accepted: %(what)s.") % {"what": context["what"]}
            )
            return redirect("my-parkbridge")
        return render(request, "people/invitation_accept.html", context | {"mode": "accept"})
    if invitations.existing_account(invitation.email) is not None:
        return render(request, "people/invitation_accept.html", context | {"mode": "sign-in"})
    form = NewAccountForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitations.accept_as_new_person(
                token,
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password1"],
            )
        except InvitationError as error:
            if error.reason == "exists":
                return render(
                    request, "people/invitation_accept.html", context | {"mode": "sign-in"}
                )
            return _unusable(request, error)
        except IntegrityError:
            # Someone took the name between the form's check and the insert.
            form.add_error("username", _("This username is taken; choose another."))
        else:
            login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])
            messages.success(
                request, _("Welcome to ParkBridge: %(what)s.") % {"what": context["what"]}
            )
            return redirect("my-parkbridge")
    return render(
        request,
        "people/invitation_accept.html",
        context | {"mode": "new", "form": form},
        status=400 if form.errors else 200,
    )


def _unusable(request: HttpRequest, error: InvitationError) -> HttpResponse:
    return render(
        request,
        "people/invitation_unusable.html",
        {"message": error.message, "reason": error.reason},
        status=error.status,
    )
