"""Pages of organisation membership: the members page (members and roles; for admins the
requests to decide, the invite form and pending invitations), asking to join, deciding."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from parkbridge.accounts import invitations, membership
from parkbridge.accounts.invitation_views import safe_next
from parkbridge.accounts.membership import MembershipError
from parkbridge.accounts.models import Invitation, MembershipRequest, MembershipRequestStatus
from parkbridge.accounts.people_forms import JoinForm, OrganisationInvitationForm, RefuseForm
from parkbridge.accounts.roles import is_administrator
from parkbridge.marketplace.models import MemberRole, OrganisationMember
from parkbridge.organisations.models import Organisation

MAX_SEARCH_RESULTS = 20


def _organisation(request: HttpRequest, pk: int) -> Organisation:
    from parkbridge.core.access import visible

    return get_object_or_404(visible(Organisation.objects.all(), request.user), pk=pk)


def _fail(request: HttpRequest, error: MembershipError) -> None:
    if error.status == 403:
        raise PermissionDenied(error.message)
    if error.status == 404:
        raise Http404(error.message)
    messages.error(request, error.message)


def members_page(
    request: HttpRequest,
    organisation: Organisation,
    invite_form: OrganisationInvitationForm | None = None,
    status: int = 200,
) -> HttpResponse:
    user = request.user
    admin = membership.is_organisation_admin(user, organisation.pk)
    if not admin and not membership.is_member(user, organisation.pk):
        raise PermissionDenied(_("Only the organisation's members see who its members are."))
    members = (
        OrganisationMember.objects.filter(organisation=organisation)
        .select_related("user")
        .order_by("-role", "user__username")
    )
    context = {
        "organisation": organisation,
        "members": members,
        "admin": admin,
        "admins": sum(1 for m in members if m.role == MemberRole.ADMIN),
        "roles": [(MemberRole.MEMBER, _("Member")), (MemberRole.ADMIN, _("Admin"))],
    }
    if admin:
        context |= {
            "requests": MembershipRequest.objects.filter(
                organisation=organisation, status=MembershipRequestStatus.PENDING
            ).select_related("user"),
            "invite_form": invite_form
            or OrganisationInvitationForm(language=translation.get_language()),
            "pending": invitations.pending(
                Invitation.objects.filter(organisation=organisation, kind="organisation")
            ),
            "refuse_form": RefuseForm(),
        }
    return render(request, "people/organisation_members.html", context, status=status)


@login_required
def organisation_members(request: HttpRequest, pk: int) -> HttpResponse:
    return members_page(request, _organisation(request, pk))


@require_POST
@login_required
def ask_to_join(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    organisation = _organisation(request, pk)
    form = JoinForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("message", [])))
    else:
        try:
            membership.ask_to_join(request.user, organisation, form.cleaned_data["message"])
        except MembershipError as error:
            _fail(request, error)
        else:
            messages.success(
                request,
                _("Your request to join %(organisation)s is sent to its admins.")
                % {"organisation": organisation},
            )
    return HttpResponseRedirect(safe_next(request, reverse("my-parkbridge")))


@require_POST
@login_required
def decide(request: HttpRequest, pk: int, decision: str) -> HttpResponseRedirect:
    request_row = get_object_or_404(MembershipRequest, pk=pk)
    default = reverse("organisation-members", args=[request_row.organisation_id])
    try:
        if decision == "approve":
            membership.approve(request.user, pk)
            messages.success(
                request,
                _("%(user)s is now a member.") % {"user": request_row.user.get_username()},
            )
        else:
            form = RefuseForm(request.POST)
            reason = form.cleaned_data["reason"] if form.is_valid() else ""
            membership.refuse(request.user, pk, reason)
            messages.success(
                request,
                _("The request of %(user)s is refused.")
                % {"user": request_row.user.get_username()},
            )
    except MembershipError as error:
        _fail(request, error)
    return HttpResponseRedirect(safe_next(request, default))


@require_POST
@login_required
def change_role(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    member = get_object_or_404(OrganisationMember, pk=pk)
    try:
        membership.change_role(request.user, pk, request.POST.get("role", ""))
    except MembershipError as error:
        _fail(request, error)
    else:
        messages.success(request, _("Role changed."))
    return redirect("organisation-members", pk=member.organisation_id)


@require_POST
@login_required
def remove_member(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    member = get_object_or_404(OrganisationMember, pk=pk)
    leaving = member.user_id == request.user.pk
    try:
        membership.remove_member(request.user, pk)
    except MembershipError as error:
        _fail(request, error)
        return redirect("organisation-members", pk=member.organisation_id)
    if leaving:
        messages.success(
            request, _("You left %(organisation)s.") % {"organisation": member.organisation}
        )
        return redirect("my-parkbridge")
    messages.success(request, _("Member removed."))
    return redirect("organisation-members", pk=member.organisation_id)


@require_POST
@login_required
def withdraw(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    try:
        membership.withdraw(request.user, pk)
    except MembershipError as error:
        _fail(request, error)
    return redirect("my-parkbridge")


@login_required
def find_organisation(request: HttpRequest) -> HttpResponse:
    """Search an organisation to ask to join (from "My ParkBridge")."""
    from parkbridge.core.access import visible
    from parkbridge.core.api_crud import search_q

    query = (request.GET.get("q") or "").strip()[:200]
    results: list[Organisation] = []
    if query:
        results = list(
            visible(Organisation.objects.all(), request.user)
            .filter(search_q(query))
            .order_by("name_en", "id")[:MAX_SEARCH_RESULTS]
        )
    mine = set(
        OrganisationMember.objects.filter(user=request.user).values_list(
            "organisation_id", flat=True
        )
    )
    asked = set(
        MembershipRequest.objects.filter(
            user=request.user, status=MembershipRequestStatus.PENDING
        ).values_list("organisation_id", flat=True)
    )
    return render(
        request,
        "people/find_organisation.html",
        {
            "query": query,
            "results": results,
            "mine": mine,
            "asked": asked,
            "administrator": is_administrator(request.user),
            "join_form": JoinForm(),
        },
    )
