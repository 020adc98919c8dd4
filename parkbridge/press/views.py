"""The review page: pending proposals with their evidence, accept / reject buttons, and an
upload form. Reviewers only; every decision goes through :mod:`parkbridge.press.review`."""

from __future__ import annotations

import json
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from parkbridge.press import review
from parkbridge.press.ingestion import MAX_ARTICLE_BYTES, BadArticle, decode_article, submit_article
from parkbridge.press.models import Category, IngestionRun, Proposal, RunOrigin, is_reviewer


def reviewer_required(view):
    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_reviewer(request.user):
            raise PermissionDenied("Only reviewers may use the press review queue.")
        return view(request, *args, **kwargs)

    return wrapper


def _back(request: HttpRequest) -> HttpResponseRedirect:
    # Re-encoded, so whatever the hidden field holds stays a query string on our own page.
    query = QueryDict(request.POST.get("back", "")).urlencode()
    return HttpResponseRedirect(reverse("press:queue") + (f"?{query}" if query else ""))


@reviewer_required
def queue(request: HttpRequest) -> HttpResponse:
    proposals = Proposal.objects.filter(status="pending").select_related("source", "target_type")
    category = request.GET.get("category") or ""
    if category in Category.values:
        proposals = proposals.filter(category=category)
    page = Paginator(proposals.order_by("-source__created", "source", "position"), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "press/queue.html",
        {
            "page": page,
            "categories": Category.choices,
            "category": category,
            "runs": IngestionRun.objects.all()[:5],
            "max_mb": MAX_ARTICLE_BYTES // (1024 * 1024),
            "back": request.GET.urlencode(),
        },
    )


@require_POST
@reviewer_required
def upload(request: HttpRequest) -> HttpResponse:
    file = request.FILES.get("file")
    try:
        if file is None:
            raise BadArticle("choose a text file to upload")
        if file.size > MAX_ARTICLE_BYTES:
            raise BadArticle(
                f"file is too large ({file.size} bytes; the limit is {MAX_ARTICLE_BYTES})"
            )
        text = decode_article(file.read(MAX_ARTICLE_BYTES + 1))
    except BadArticle as error:
        messages.error(request, f"{file.name if file else 'upload'}: {error}")
        return _back(request)
    run = submit_article(text, file.name, request.user, RunOrigin.UPLOAD)
    messages.success(
        request, f"{file.name}: ingestion #{run.pk} is {run.get_status_display().lower()}."
    )
    return _back(request)


@require_POST
@reviewer_required
def decide(request: HttpRequest, proposal_id: int, decision: str) -> HttpResponse:
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    try:
        if decision == "accept":
            raw = (request.POST.get("edited") or "").strip()
            try:
                edited = json.loads(raw) if raw else None
            except json.JSONDecodeError as error:
                raise review.ReviewError(f"edits are not valid JSON: {error.msg}") from error
            review.accept(proposal, request.user, edited)
            messages.success(request, f"Accepted: {proposal.summary()}")
        else:
            review.reject(proposal, request.user, request.POST.get("note", ""))
            messages.success(request, f"Rejected: {proposal.summary()}")
    except review.ReviewError as error:
        messages.error(request, f"#{proposal.pk} {proposal.summary()}: {error.detail}")
    return _back(request)
