""" "My ParkBridge" (/my/): one page with everything of the signed-in person — organisations
and requests to join, marketplace, events and B2B, saved searches and notifications, the
review queue (reviewers), API tokens. Every query is filtered by the user; sections a person
cannot use are left out, empty ones say what to do next."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from parkbridge.accounts import invitations, membership
from parkbridge.accounts.models import Invitation, MembershipRequest
from parkbridge.accounts.navigation import sections_for
from parkbridge.accounts.people_forms import TokenForm
from parkbridge.accounts.rights import assigned_event_ids, organisation_ids
from parkbridge.accounts.tokens import TokenError, issue_token, max_token_days, revoke_token
from parkbridge.core.models import ApiToken

LIMIT = 20
NEW_TOKEN_KEY = "people_new_token"


def _organisations(user) -> dict:
    from parkbridge.marketplace.models import OrganisationMember

    return {
        "memberships": OrganisationMember.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name_en"),
        "requests": MembershipRequest.objects.filter(user=user)
        .select_related("organisation")
        .order_by("-created")[:LIMIT],
        "to_decide": membership.pending_requests_for(user).count(),
    }


def _marketplace(orgs: frozenset[int]) -> dict:
    from parkbridge.marketplace.models import Interest, Profile

    if not orgs:
        return {"profiles": [], "sent": [], "received": []}
    interests = Interest.objects.select_related(
        "from_organisation", "to_profile", "to_profile__organisation"
    )
    return {
        "profiles": Profile.objects.filter(organisation_id__in=orgs).select_related("organisation")[
            :LIMIT
        ],
        "sent": interests.filter(from_organisation_id__in=orgs)[:LIMIT],
        "received": interests.filter(to_profile__organisation_id__in=orgs)[:LIMIT],
    }


def _events(user) -> dict:
    from parkbridge.b2b.models import B2BParticipant, B2BProgramme, MeetingRequest
    from parkbridge.core.access import visible
    from parkbridge.events.models import Event

    b2b_profiles = list(B2BParticipant.objects.filter(user=user).select_related("programme__event"))
    registered = Invitation.objects.filter(accepted_by=user, registration__isnull=False).values(
        "registration__event"
    )
    orgs = organisation_ids(user)
    mine = (
        Q(pk__in=[p.programme.event_id for p in b2b_profiles])
        | Q(pk__in=registered)
        | Q(pk__in=assigned_event_ids(user))
        | Q(b2b__organisers=user)
    )
    if orgs:
        # Events my organisations attend or organise.
        mine |= Q(participants__organisation_id__in=orgs) | Q(organisers__in=orgs)
    events = (
        visible(Event.objects.all(), user)
        .filter(mine)
        .distinct()
        .order_by("-start", "name_en")[:LIMIT]
    )
    agendas = {p.programme.event_id: p for p in b2b_profiles}
    b2b_organised = set(
        B2BProgramme.objects.filter(organisers=user).values_list("event_id", flat=True)
    )
    organised = set(assigned_event_ids(user)) | b2b_organised
    programmes = dict(
        B2BProgramme.objects.filter(event__in=[e.pk for e in events]).values_list("event_id", "pk")
    )
    rows = []
    for event in events:
        organiser = event.pk in organised or invitations.may_invite_to_event(user, event)
        rows.append(
            {
                "event": event,
                "agenda": agendas.get(event.pk),
                "organiser": organiser,
                # Same rule as b2b.permissions.is_organiser: whoever may invite to the event.
                "console": programmes.get(event.pk) if organiser else None,
            }
        )
    meetings = MeetingRequest.objects.select_related("requester", "recipient", "programme__event")
    return {
        "rows": rows,
        "has_b2b": bool(b2b_profiles),
        "requests_sent": meetings.filter(requester__user=user)[:LIMIT],
        "requests_received": meetings.filter(recipient__user=user)[:LIMIT],
    }


def _searches(user) -> dict:
    """Saved searches, press watches and the person's inbox (``accounts.Notification``: every app's
    notifications, the marketplace's saved-search matches included)."""
    from parkbridge.accounts.models import Notification
    from parkbridge.marketplace.models import SavedSearch
    from parkbridge.press.models import Watch

    inbox = Notification.objects.filter(user=user)
    return {
        "saved": SavedSearch.objects.filter(user=user)[:LIMIT],
        "watches": Watch.objects.filter(user=user).select_related("site", "organisation")[:LIMIT],
        "notifications": inbox[:LIMIT],
        "unread": inbox.filter(read=False).count(),
    }


def _review() -> dict:
    from parkbridge.press.models import Proposal

    return {"pending": Proposal.objects.filter(status="pending").count()}


@login_required
def my_parkbridge(request: HttpRequest) -> HttpResponse:
    user = request.user
    sections = sections_for(user)
    orgs = organisation_ids(user)
    new_token = request.session.pop(NEW_TOKEN_KEY, None)  # shown once: gone from now on
    context = {
        "sections": sections,
        "organisations": _organisations(user),
        "marketplace": _marketplace(orgs),
        "member_of_any": bool(orgs) or "administrator" in sections,
        "events": _events(user),
        "searches": _searches(user),
        "review": _review() if "press_review" in sections else None,
        "tokens": ApiToken.objects.filter(user=user).order_by("-created"),
        "token_form": TokenForm(),
        "new_token": new_token,
        "max_token_days": max_token_days(),
    }
    return render(request, "people/my.html", context)


@require_POST
@login_required
def create_token(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST)
    if form.is_valid():
        try:
            token, raw = issue_token(
                request.user,
                name=form.cleaned_data["name"],
                scopes=form.cleaned_data["scopes"],
                days=form.cleaned_data["days"],
            )
        except TokenError as error:
            form.add_error(None, str(error))
        else:
            request.session[NEW_TOKEN_KEY] = {"id": token.pk, "secret": raw}
            return HttpResponseRedirect(reverse("my-parkbridge") + "#tokens")
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return HttpResponseRedirect(reverse("my-parkbridge") + "#tokens")


@require_POST
@login_required
def revoke_my_token(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    if revoke_token(request.user, pk):
        messages.success(request, _("Token revoked: it no longer opens the API."))
    else:
        messages.error(request, _("No such token."))
    return HttpResponseRedirect(reverse("my-parkbridge") + "#tokens")


@require_POST
@login_required
def mark_read(request: HttpRequest) -> HttpResponseRedirect:
    """Mark one notification of the person's inbox read, or all of them."""
    from parkbridge.accounts.models import Notification

    mine = Notification.objects.filter(user=request.user, read=False)
    note = request.POST.get("notification", "")
    if note.isdigit():
        mine = mine.filter(pk=int(note))
    elif note:
        return HttpResponseRedirect(reverse("my-parkbridge") + "#notifications")
    mine.update(read=True)
    return HttpResponseRedirect(reverse("my-parkbridge") + "#notifications")
