"""The press pages for reviewers: the review queue (article text beside its proposals, a form
per proposal, bulk decisions, filters, keyboard shortcuts), sources (feeds, pages by address,
uploads, runs with live progress), one article, and watches. Every decision goes through
:mod:`parkbridge.press.review`."""

from __future__ import annotations

import re
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from parkbridge.core.access import visible
from parkbridge.core.models import Source
from parkbridge.organisations.models import Organisation
from parkbridge.press import review, watches
from parkbridge.press.articles import set_relevance
from parkbridge.press.documents import BadDocument
from parkbridge.press.feeds import BadFeed, add_feed
from parkbridge.press.forms import (
    FeedForm,
    ProposalForm,
    UrlsForm,
    WatchForm,
    error_in_words,
    find_by_name,
)
from parkbridge.press.ingestion import MAX_ARTICLE_BYTES, BadArticle
from parkbridge.press.models import (
    Article,
    ArticleCopy,
    Category,
    Feed,
    IngestionRun,
    Proposal,
    ProposalStatus,
    Watch,
    WatchKind,
    is_reviewer,
)
from parkbridge.press.polling import queue_feed_poll, queue_urls, submit_file
from parkbridge.sites.models import Site

PAGE_SIZE = 20  # articles a page of the queue


def reviewer_required(view):
    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_reviewer(request.user):
            raise PermissionDenied("Only reviewers may use the press review queue.")
        return view(request, *args, **kwargs)

    return wrapper


def _back(request: HttpRequest, default: str = "press:queue") -> HttpResponseRedirect:
    # Re-encoded, so whatever the hidden field holds stays a query string on our own page.
    query = QueryDict(request.POST.get("back", "")).urlencode()
    return HttpResponseRedirect(reverse(default) + (f"?{query}" if query else ""))


# ----------------------------------------------------------------------------- highlighting


def highlight(text: str, sentences: dict[str, int]) -> SafeString:
    """The article's text, escaped, with each evidence sentence marked (id'd by proposal)."""
    html = escape(text)
    for sentence, proposal_id in sorted(sentences.items(), key=lambda kv: -len(kv[0])):
        needle = escape(sentence.strip())
        if not needle or needle not in html:
            continue
        html = html.replace(
            needle,
            f'<mark class="evidence" data-proposal="{proposal_id}">{needle}</mark>',
            1,
        )
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", html) if p.strip()]
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs))  # noqa: S308 - escaped above


# ----------------------------------------------------------------------------- the queue


def _filters(request: HttpRequest) -> dict[str, str]:
    keys = ("category", "outlet", "language", "min_confidence", "max_confidence")
    return {k: (request.GET.get(k) or "").strip() for k in keys}


def _pending(filters: dict[str, str], user=None):
    # One visibility rule: a proposal about a record the reviewer can't see is hidden with it.
    proposals = visible(Proposal.objects.filter(status=ProposalStatus.PENDING), user)
    if filters["category"] in Category.values:
        proposals = proposals.filter(category=filters["category"])
    if filters["outlet"]:
        proposals = proposals.filter(
            Q(source__press_article__copies__outlet__iexact=filters["outlet"])
            | Q(source__publisher__iexact=filters["outlet"])
        )
    if filters["language"]:
        proposals = proposals.filter(source__language=filters["language"])
    for key, lookup in (("min_confidence", "gte"), ("max_confidence", "lte")):
        try:
            value = float(filters[key])
        except ValueError:
            continue
        proposals = proposals.filter(**{f"confidence__{lookup}": value})
    return proposals.distinct()


@reviewer_required
def queue(request: HttpRequest) -> HttpResponse:
    filters = _filters(request)
    pending = _pending(filters, request.user)
    sources = (
        Source.objects.filter(pk__in=pending.values("source"))
        .select_related("press_article")
        .prefetch_related(
            Prefetch(
                "proposals",
                queryset=pending.select_related("target_type").order_by("position"),
                to_attr="pending",
            ),
            Prefetch("press_article__copies", to_attr="outlets"),
        )
        .order_by("-created")
    )
    page = Paginator(sources, PAGE_SIZE).get_page(request.GET.get("page"))
    blocks = []
    for source in page:
        proposals = source.pending
        blocks.append(
            {
                "source": source,
                "article": getattr(source, "press_article", None),
                "text": highlight(source.text, {p.evidence: p.pk for p in proposals}),
                "items": [{"p": p, "form": ProposalForm(p)} for p in proposals],
            }
        )
    outlets = (
        ArticleCopy.objects.exclude(outlet="")
        .values_list("outlet", flat=True)
        .distinct()
        .order_by("outlet")
    )
    languages = (
        Source.objects.filter(proposals__status=ProposalStatus.PENDING)
        .exclude(language="")
        .values_list("language", flat=True)
        .distinct()
        .order_by("language")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "press/queue.html",
        {
            "page": page,
            "blocks": blocks,
            "pending_count": pending.count(),
            "categories": Category.choices,
            "outlets": list(outlets[:200]),
            "article_languages": list(languages),
            "filters": filters,
            "max_mb": MAX_ARTICLE_BYTES // (1024 * 1024),
            "back": request.GET.urlencode(),
            "page_query": query.urlencode(),
            "runs": IngestionRun.objects.select_related("feed")[:3],
        },
    )


def _proposal_fragment(request, proposal, form=None, status: int = 200) -> HttpResponse:
    return render(
        request,
        "press/_proposal.html",
        {
            "p": proposal,
            "form": form or ProposalForm(proposal),
            "back": request.POST.get("back", ""),
        },
        status=status,
    )


@require_POST
@reviewer_required
def decide(request: HttpRequest, proposal_id: int, decision: str) -> HttpResponse:
    proposal = get_object_or_404(
        visible(Proposal.objects.select_related("source"), request.user), pk=proposal_id
    )
    form = ProposalForm(proposal, request.POST)
    try:
        if decision == "accept":
            if not form.is_valid():
                raise _FormInvalid
            edits = form.edits()
            if form.errors:
                raise _FormInvalid
            review.accept(proposal, request.user, edits or None)
            messages.success(request, _("Accepted: %(fact)s") % {"fact": proposal.summary()})
        else:
            review.reject(proposal, request.user, request.POST.get("note", ""))
            messages.success(request, _("Rejected: %(fact)s") % {"fact": proposal.summary()})
    except _FormInvalid:
        if request.htmx:
            return _proposal_fragment(request, proposal, form, status=400)
        messages.error(request, _form_errors_in_words(proposal, form))
        return _back(request)
    except review.ReviewError as error:
        if request.htmx:
            form.apply_errors(error)
            return _proposal_fragment(request, proposal, form, status=400)
        messages.error(request, f"{proposal.summary()}: {error_in_words(error)}")
        return _back(request)
    if request.htmx:
        proposal.refresh_from_db()
        return _proposal_fragment(request, proposal)
    return _back(request)


class _FormInvalid(Exception):
    pass


def _form_errors_in_words(proposal: Proposal, form: ProposalForm) -> str:
    parts = []
    for key, errors in form.errors.items():
        label = form.fields[key].label if key in form.fields else ""
        parts.append(f"{label}: {' '.join(errors)}" if label else " ".join(errors))
    return f"{proposal.summary()}: " + "; ".join(parts)


@require_POST
@reviewer_required
def bulk(request: HttpRequest) -> HttpResponse:
    """Accept or reject the ticked proposals as they are; each one succeeds or fails alone."""
    action = request.POST.get("action")
    ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
    if action not in ("accept", "reject") or not ids:
        messages.error(request, _("Tick at least one proposal, then accept or reject."))
        return _back(request)
    done, failed = 0, []
    for proposal in visible(Proposal.objects.filter(pk__in=ids), request.user).select_related(
        "source"
    ):
        try:
            if action == "accept":
                review.accept(proposal, request.user)
            else:
                review.reject(proposal, request.user)
            done += 1
        except review.ReviewError as error:
            failed.append(f"{proposal.summary()}: {error_in_words(error)}")
    if done:
        text = (
            _("Accepted %(n)d proposal(s).")
            if action == "accept"
            else _("Rejected %(n)d proposal(s).")
        )
        messages.success(request, text % {"n": done})
    for message in failed:
        messages.error(request, message)
    return _back(request)


# ----------------------------------------------------------------------------- uploads


@require_POST
@reviewer_required
def upload(request: HttpRequest) -> HttpResponse:
    """A PDF, HTML or text file: read now (bad files are refused at once, nothing stored),
    stored as an article (or as another copy of a story we have), extracted in the background."""
    file = request.FILES.get("file")
    back = request.POST.get("next") == "sources"
    target = "press:sources" if back else "press:queue"
    name = file.name if file else "upload"
    try:
        if file is None:
            raise BadDocument(_("choose a file to upload"))
        if file.size > MAX_ARTICLE_BYTES:
            raise BadDocument(
                _("the file is too large (%(size)d bytes; the limit is %(limit)d)")
                % {"size": file.size, "limit": MAX_ARTICLE_BYTES}
            )
        data = file.read(MAX_ARTICLE_BYTES + 1)
        run, taken = submit_file(data, file.name, file.content_type or "", request.user)
    except (BadDocument, BadArticle) as error:
        messages.error(request, f"{name}: {error}")
        return _back(request, target)
    if taken is None:
        messages.info(request, _("%(name)s: this file was ingested before.") % {"name": name})
    elif taken.reprint:
        messages.success(
            request,
            _("%(name)s: another copy of an article we have; it is added as a source.")
            % {"name": name},
        )
    else:
        messages.success(
            request,
            _("%(name)s: ingestion #%(run)d is %(status)s.")
            % {"name": name, "run": run.pk, "status": run.get_status_display().lower()},
        )
    return _back(request, target)


# ----------------------------------------------------------------------------- sources


def _runs():
    return IngestionRun.objects.select_related("feed")[:8]


@reviewer_required
def sources(request: HttpRequest) -> HttpResponse:
    feed_form = FeedForm(prefix="feed")
    urls_form = UrlsForm(prefix="pages")
    if request.method == "POST":
        if "feed-url" in request.POST:
            feed_form = FeedForm(request.POST, prefix="feed")
            if feed_form.is_valid():
                data = feed_form.cleaned_data
                try:
                    feed = add_feed(
                        data["url"], name=data["name"], every_minutes=data["every_minutes"],
                        user=request.user,
                    )  # fmt: skip
                except BadFeed as error:
                    feed_form.add_error("url", str(error))
                else:
                    messages.success(request, _("Feed added: %(feed)s") % {"feed": feed})
                    return redirect("press:sources")
        elif "pages-urls" in request.POST:
            urls_form = UrlsForm(request.POST, prefix="pages")
            if urls_form.is_valid():
                run = queue_urls(urls_form.cleaned_data["urls"], request.user)
                messages.success(
                    request, _("Fetching pages: ingestion #%(run)d.") % {"run": run.pk}
                )
                return redirect("press:sources")
    feeds = Feed.objects.annotate(item_count=Count("items")).order_by("name", "url")
    return render(
        request,
        "press/sources.html",
        {
            "feeds": feeds,
            "feed_form": feed_form,
            "urls_form": urls_form,
            "runs": _runs(),
            "max_mb": MAX_ARTICLE_BYTES // (1024 * 1024),
        },
        status=400 if request.method == "POST" else 200,
    )


@require_POST
@reviewer_required
def poll_now(request: HttpRequest, feed_id: int) -> HttpResponse:
    feed = get_object_or_404(Feed, pk=feed_id)
    run = queue_feed_poll(feed, request.user)
    messages.success(
        request, _("Polling %(feed)s: ingestion #%(run)d.") % {"feed": feed, "run": run.pk}
    )
    return redirect("press:sources")


@require_POST
@reviewer_required
def toggle_feed(request: HttpRequest, feed_id: int) -> HttpResponse:
    feed = get_object_or_404(Feed, pk=feed_id)
    feed.active = not feed.active
    feed.save(update_fields=["active"])
    return redirect("press:sources")


@reviewer_required
def run_status(request: HttpRequest, run_id: int) -> HttpResponse:
    """One run's progress: a fragment the page polls (htmx) until the run is finished. A run
    whose worker stopped is retried or failed here, so the page never waits on it forever."""
    from parkbridge.press.stalls import stall_checked

    run = stall_checked(get_object_or_404(IngestionRun.objects.select_related("feed"), pk=run_id))
    return render(request, "press/_run.html", {"run": run})


# ----------------------------------------------------------------------------- one article


@reviewer_required
def article(request: HttpRequest, source_id: int) -> HttpResponse:
    source = get_object_or_404(Source.objects.select_related("press_article"), pk=source_id)
    story = Article.objects.filter(source=source).prefetch_related("copies__feed").first()
    proposals = list(source.proposals.select_related("target_type").order_by("position"))
    return render(
        request,
        "press/article.html",
        {
            "source": source,
            "article": story,
            "text": highlight(source.text, {p.evidence: p.pk for p in proposals}),
            "items": [{"p": p, "form": ProposalForm(p)} for p in proposals],
        },
    )


@require_POST
@reviewer_required
def relevance(request: HttpRequest, source_id: int) -> HttpResponse:
    story = get_object_or_404(Article.objects.select_related("source"), source_id=source_id)
    choice = request.POST.get("relevant")
    value = {"yes": True, "no": False}.get(choice)
    try:
        result = set_relevance(story, value, request.user)
    except BadArticle as error:
        messages.error(request, str(error))
    else:
        if value:
            n = result.new_proposals if result else 0
            messages.success(
                request, _("Marked relevant: %(n)d fact(s) proposed for review.") % {"n": n}
            )
        else:
            messages.success(request, _("Marked as not about industrial cooperation."))
    return redirect("press:article", source_id=source_id)


@reviewer_required
def articles(request: HttpRequest) -> HttpResponse:
    shown = request.GET.get("relevant", "")
    stories = Article.objects.select_related("source").annotate(
        outlet_count=Count("copies", distinct=True),
        proposal_count=Count("source__proposals", distinct=True),
    )
    if shown == "no":
        stories = stories.filter(Q(override=False) | Q(override__isnull=True, relevant=False))
    elif shown == "yes":
        stories = stories.filter(Q(override=True) | Q(override__isnull=True, relevant=True))
    page = Paginator(stories.order_by("-created"), 50).get_page(request.GET.get("page"))
    return render(request, "press/articles.html", {"page": page, "shown": shown})


# ----------------------------------------------------------------------------- watches


@login_required
def watch_list(request: HttpRequest) -> HttpResponse:
    form = WatchForm()
    if request.method == "POST":
        form = WatchForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            kind = data["kind"]
            site = organisation = None
            if kind == WatchKind.SITE:
                site = find_by_name(Site, data["site"])
                if site is None:
                    form.add_error("site", _("no single site has this name; give its exact name"))
            elif kind == WatchKind.ORGANISATION:
                organisation = find_by_name(Organisation, data["organisation"])
                if organisation is None:
                    form.add_error(
                        "organisation",
                        _("no single organisation has this name; give its exact name"),
                    )
            if not form.errors:
                try:
                    watch = watches.follow(
                        request.user, kind=kind, site=site, organisation=organisation,
                        countries=data["countries"], keyword=data["keyword"],
                    )  # fmt: skip
                except watches.BadWatch as error:
                    for key, msgs in error.detail.items():
                        for msg in msgs:
                            form.add_error(key if key in form.fields else None, msg)
                else:
                    messages.success(request, _("You follow %(what)s.") % {"what": watch})
                    return _next_or(request, "press:watches")
    return render(
        request,
        "press/watches.html",
        {"form": form, "watches": Watch.objects.filter(user=request.user).select_related(
            "site", "organisation")},
        status=400 if request.method == "POST" else 200,
    )  # fmt: skip


def _next_or(request: HttpRequest, default: str) -> HttpResponseRedirect:
    target = request.POST.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(reverse(default))


@require_POST
@login_required
def watch_delete(request: HttpRequest, watch_id: int) -> HttpResponse:
    get_object_or_404(Watch, pk=watch_id, user=request.user).delete()
    messages.success(request, _("You no longer follow it."))
    return _next_or(request, "press:watches")
