"""Pages of the marketplace and of site selection: simple server-rendered forms and tables
(the web-interface work polishes them). Writes go through `services`, like the API."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from parkbridge.core.access import hide_references, sees_everything, visible
from parkbridge.marketplace import comparison_labels, matching, reports, services
from parkbridge.marketplace.forms import InterestForm, ProfileForm, ProfileSearchForm, ProjectForm
from parkbridge.marketplace.models import (
    Interest,
    Notification,
    Profile,
    organisation_ids_of,
    speaks_for,
)
from parkbridge.marketplace.queries import QueryError, profile_query
from parkbridge.marketplace.selection import registry_index
from parkbridge.organisations.models import Organisation
from parkbridge.siteselection import compare, select

PAGE_SIZE = 50
MAX_COMPARE = 12


def _profiles(user):
    """The profiles ``user`` may see (one of a confidential organisation is part of it)."""
    return visible(Profile.objects.select_related("organisation").prefetch_related("sectors"), user)


def profile_list(request: HttpRequest) -> HttpResponse:
    form = ProfileSearchForm(request.GET or None)
    rows: list[dict] = []
    page = None
    if form.is_valid() and form.cleaned_data["q"]:
        try:
            query = profile_query({k: v for k, v in form.cleaned_data.items() if v})
        except QueryError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            found = matching.search(matching.profile_index().index, query, k=PAGE_SIZE)
            by_id = _profiles(request.user).in_bulk([int(m.profile_id) for m in found])
            hide_references(by_id.values(), request.user)
            rows = [
                {"profile": by_id[int(m.profile_id)], "score": m.score, "reasons": m.reasons}
                for m in found
                if int(m.profile_id) in by_id
            ]
    else:
        queryset = _profiles(request.user).filter(active=True).order_by("-created", "id")
        if form.is_bound and form.is_valid():
            for field in ("direction", "kind"):
                if form.cleaned_data[field]:
                    queryset = queryset.filter(**{field: form.cleaned_data[field]})
        page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
        hide_references(page.object_list, request.user)
        rows = [{"profile": p} for p in page]
    return render(
        request, "marketplace/profile_list.html", {"form": form, "rows": rows, "page": page}
    )


def profile_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    profile = get_object_or_404(_profiles(user), pk=pk)
    hide_references([profile], user)
    matches = []
    if profile.active:
        found = matching.matches_for(profile, k=10)
        by_id = _profiles(user).in_bulk([int(m.profile_id) for m in found])
        hide_references(by_id.values(), user)
        matches = [
            {"profile": by_id[int(m.profile_id)], "score": m.score, "reasons": m.reasons}
            for m in found
            if int(m.profile_id) in by_id
        ]
    owner = speaks_for(user, profile.organisation_id)
    interests = (
        profile.interests_received.select_related("from_organisation").order_by("-created")
        if owner
        else []
    )
    mine = Organisation.objects.filter(pk__in=organisation_ids_of(user) - {profile.organisation_id})
    interest_form = (
        InterestForm(organisations=mine) if user.is_authenticated and not owner else None
    )
    return render(
        request,
        "marketplace/profile_detail.html",
        {
            "profile": profile,
            "matches": matches,
            "owner": owner,
            "interests": interests,
            "interest_form": interest_form,
        },
    )


@login_required
def profile_create(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        profile = form.save(commit=False)
        if not speaks_for(request.user, profile.organisation_id):
            form.add_error("organisation", _("You do not speak for this organisation."))
        else:
            profile.created_by = request.user
            profile.save()
            form.save_m2m()
            services.publish(profile)
            messages.success(request, _("Profile published."))
            return redirect("marketplace:profile", pk=profile.pk)
    status = 422 if form.is_bound and form.errors else 200
    return render(request, "marketplace/profile_form.html", {"form": form}, status=status)


@login_required
@require_POST
def express_interest(request: HttpRequest, pk: int) -> HttpResponse:
    profile = get_object_or_404(_profiles(request.user), pk=pk)
    mine = Organisation.objects.filter(pk__in=organisation_ids_of(request.user))
    form = InterestForm(request.POST, organisations=mine)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Invalid interest form."))
    organisation = form.cleaned_data["organisation"]
    try:
        services.express_interest(
            request.user,
            profile,
            form.cleaned_data["message"],
            organisation_id=organisation.pk if organisation else None,
        )
    except (services.Denied, services.Conflict, services.Invalid) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your interest was sent."))
    return redirect("marketplace:profile", pk=pk)


@login_required
@require_POST
def interest_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    interest = get_object_or_404(
        Interest.objects.select_related("to_profile", "from_organisation"), pk=pk
    )
    try:
        if action in ("accept", "decline"):
            services.answer_interest(request.user, interest, accept=action == "accept")
            messages.success(request, _("Answer recorded."))
        elif action == "agreement":
            agreement, _created = services.start_agreement(request.user, interest)
            messages.success(request, _("Agreement draft: %(title)s") % {"title": agreement.title})
        else:
            return HttpResponseBadRequest(_("Unknown action."))
    except services.Denied as error:
        return HttpResponse(str(error), status=403)
    except (services.Conflict, services.Invalid) as error:
        messages.error(request, str(error))
    return redirect("marketplace:profile", pk=interest.to_profile_id)


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    notes = Notification.objects.filter(user=request.user).select_related("content_type")
    page = Paginator(notes, PAGE_SIZE).get_page(request.GET.get("page"))
    response = render(request, "marketplace/notifications.html", {"page": page})
    # Shown is read: mark what this page displayed.
    Notification.objects.filter(pk__in=[n.pk for n in page], read=False).update(read=True)
    return response


def site_selection(request: HttpRequest) -> HttpResponse:
    """The project form; with a valid project, the ranking, a comparison of ticked sites and
    downloads of either (`?export=csv|xlsx|pdf`)."""
    form = ProjectForm(request.GET or None)
    context: dict = {"form": form}
    status = 200
    if form.is_bound and not form.is_valid():
        status = 422
    elif form.is_bound and form.project is not None:
        project = form.project
        cached = registry_index(include_confidential=sees_everything(request.user))
        selection = select(cached.index, project)
        top = form.cleaned_data.get("top") or 20
        chosen = [s for s in request.GET.getlist("site") if s in selection.index.position]
        chosen = list(dict.fromkeys(chosen))[:MAX_COMPARE]
        comparison = compare(selection, chosen) if chosen else None
        export = request.GET.get("export")
        if export:
            if export not in reports.FORMATS:
                return HttpResponseBadRequest(_("Unknown export format."))
            data = comparison if comparison is not None else selection.top(top)
            try:
                return reports.file_response(data, export, title=f"Site selection: {project.name}")
            except reports.TooLarge as error:
                return HttpResponseBadRequest(str(error))
        results = [comparison_labels.said(r) for r in selection.top(top, eligible_only=False)]
        context |= {
            "project": project,
            "results": results,
            "eligible": int(selection.evaluation.eligible.sum()),
            "total": selection.index.size,
            "pk_by_slug": cached.pk_by_slug,
            "comparison": comparison_labels.shown(comparison) if comparison else None,
            "chosen": chosen,
            "query": request.GET.urlencode(),
        }
    return render(request, "marketplace/site_selection.html", context, status=status)
