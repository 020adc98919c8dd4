"""REST API for press monitoring: upload articles, follow ingestion runs, review proposals.

Reads are public like the rest of the API; uploads need a write token; accepting and rejecting
need a reviewer's token (staff, or a member of the "reviewer" group), else 403.

No ``from __future__ import annotations``: django-ninja reads these annotations at run time.
"""

from datetime import date, datetime
from typing import Annotated, Any, Literal

from django.db.models import Count
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Body, File, FilterLookup, FilterSchema, Query, Router, Schema
from ninja.files import UploadedFile
from ninja.pagination import paginate
from ninja.responses import Status
from pydantic import Field

from parkbridge.core.access import request_user, visible
from parkbridge.core.api_auth import write_auth
from parkbridge.core.api_crud import ApiError, BoundedLimitOffset, ErrorOut
from parkbridge.core.api_schemas import StrictSchema
from parkbridge.press import review, watches
from parkbridge.press.articles import set_relevance
from parkbridge.press.documents import BadDocument, Document
from parkbridge.press.feeds import MAX_URLS_PER_RUN, BadFeed, add_feed, clean_url
from parkbridge.press.ingestion import (
    MAX_ARTICLE_BYTES,
    BadArticle,
    check_text,
)
from parkbridge.press.models import (
    MAX_POLL_MINUTES,
    MIN_POLL_MINUTES,
    Article,
    ArticleCopy,
    Feed,
    IngestionRun,
    Proposal,
    RunOrigin,
    Watch,
    is_reviewer,
)
from parkbridge.press.polling import queue_feed_poll, queue_urls, submit_document, submit_file

router = Router(tags=["press"])


class IngestionRunOut(Schema):
    id: int
    origin: str
    status: str
    total: int
    processed: int
    failed: int
    progress: float
    counts: dict[str, int]
    errors: list[dict[str, Any]]
    sources: list[int]
    feed: int | None = Field(None, alias="feed_id")
    step: str
    created: datetime
    finished: datetime | None

    @staticmethod
    def resolve_sources(obj: IngestionRun) -> list[int]:
        return [s.pk for s in obj.sources.all()]


class ArticleIn(StrictSchema):
    text: str = Field(
        ..., description=f"The article's plain text (at most {MAX_ARTICLE_BYTES} bytes)."
    )
    filename: str = Field("", max_length=300)


class RecordRef(Schema):
    type: str
    id: int
    label: str


def _ref(content_type: Any, object_id: int | None, record: Any) -> RecordRef | None:
    if content_type is None or object_id is None:
        return None
    return RecordRef(
        type=f"{content_type.app_label}.{content_type.model}",
        id=object_id,
        label=str(record) if record is not None else "(deleted)",
    )


class ProposalOut(Schema):
    id: int
    source: int = Field(..., alias="source_id")
    run: int | None = Field(None, alias="run_id")
    category: str
    action: str
    status: str
    confidence: float
    summary: str
    evidence: str
    extracted: dict[str, Any]
    edited: dict[str, Any] | None
    target: RecordRef | None
    result: RecordRef | None
    reviewed_at: datetime | None
    created: datetime

    @staticmethod
    def resolve_summary(obj: Proposal) -> str:
        return obj.summary()

    @staticmethod
    def resolve_target(obj: Proposal) -> RecordRef | None:
        return _ref(obj.target_type, obj.target_id, obj.target)

    @staticmethod
    def resolve_result(obj: Proposal) -> RecordRef | None:
        return _ref(obj.result_type, obj.result_id, obj.result)


class ProposalDetailOut(ProposalOut):
    values: dict[str, Any]
    candidates: list[dict[str, Any]]
    source_title: str
    reviewer: str | None
    note: str

    @staticmethod
    def resolve_source_title(obj: Proposal) -> str:
        return obj.source.title

    @staticmethod
    def resolve_reviewer(obj: Proposal) -> str | None:
        return obj.reviewer.get_username() if obj.reviewer else None


class ProposalFilter(FilterSchema):
    status: Annotated[str | None, FilterLookup("status")] = None
    category: Annotated[str | None, FilterLookup("category")] = None
    action: Annotated[str | None, FilterLookup("action")] = None
    source: Annotated[int | None, FilterLookup("source_id")] = None
    run: Annotated[int | None, FilterLookup("run_id")] = None


class RunFilter(FilterSchema):
    status: Annotated[str | None, FilterLookup("status")] = None


class AcceptIn(StrictSchema):
    edited: dict[str, Any] | None = Field(
        None, description='Corrected fields, e.g. {"country": "BY"}; the extracted fact is kept.'
    )
    action: Literal["link", "create"] | None = Field(
        None, description="create: make a new record even though a match was proposed."
    )
    target_id: int | None = Field(None, description="Link to this record instead.")


class RejectIn(StrictSchema):
    note: str = Field("", max_length=2000)


def _bad(error: BadArticle) -> ApiError:
    return ApiError(error.status, str(error))


@router.post(
    "/articles",
    response={202: IngestionRunOut, 400: ErrorOut, 401: ErrorOut, 413: ErrorOut},
    auth=write_auth,
    summary="Ingest an article sent as JSON text",
)
def upload_text(request: HttpRequest, payload: ArticleIn):
    try:
        text = check_text(payload.text)
    except BadArticle as error:
        raise _bad(error) from error
    run, _ = submit_document(Document(text=text), request.auth, RunOrigin.API, kind="text")
    return Status(202, run)


@router.post(
    "/articles/file",
    response={202: IngestionRunOut, 400: ErrorOut, 401: ErrorOut, 413: ErrorOut},
    auth=write_auth,
    summary="Ingest an article uploaded as a PDF, HTML or UTF-8 text file (multipart field `file`)",
)
def upload_file(request: HttpRequest, file: UploadedFile = File(...)):  # noqa: B008
    if file.size is not None and file.size > MAX_ARTICLE_BYTES:
        raise ApiError(
            413, f"file is too large ({file.size} bytes; the limit is {MAX_ARTICLE_BYTES})"
        )
    try:
        run, _ = submit_file(
            file.read(MAX_ARTICLE_BYTES + 1), file.name or "", file.content_type or "",
            request.auth, RunOrigin.API,
        )  # fmt: skip
    except BadArticle as error:
        raise _bad(error) from error
    except BadDocument as error:
        raise ApiError(400, str(error)) from error
    return Status(202, run)


@router.get("/runs", response=list[IngestionRunOut], summary="Ingestion runs, newest first")
@paginate(BoundedLimitOffset)
def list_runs(request: HttpRequest, filters: RunFilter = Query(...)):  # noqa: B008
    return filters.filter(IngestionRun.objects.prefetch_related("sources"))


@router.get("/runs/{int:run_id}", response={200: IngestionRunOut, 404: ErrorOut}, summary="One run")
def run_detail(request: HttpRequest, run_id: int):
    from parkbridge.press.stalls import stall_checked

    return stall_checked(get_object_or_404(IngestionRun, pk=run_id))


def _proposals(user):
    """The proposals ``user`` may see: one about a hidden record (its link target or the
    record it made) is hidden with it (one visibility rule, parkbridge.core.access)."""
    return visible(
        Proposal.objects.select_related("source", "reviewer", "target_type", "result_type"),
        user,
    )


def _shown(proposal: Proposal, user) -> Proposal:
    """Candidates the user may not see are dropped from the detail."""
    from parkbridge.press.ingestion import CATEGORY_MODELS

    model = CATEGORY_MODELS.get(proposal.category)
    ids = [c.get("id") for c in proposal.candidates or [] if isinstance(c, dict)]
    if model is not None and ids:
        seen = set(
            visible(model._base_manager.filter(pk__in=ids), user).values_list("pk", flat=True)
        )
        proposal.candidates = [c for c in proposal.candidates if c.get("id") in seen]
    return proposal


@router.get("/proposals", response=list[ProposalOut], summary="Proposals (the review queue)")
@paginate(BoundedLimitOffset)
def list_proposals(request: HttpRequest, filters: ProposalFilter = Query(...)):  # noqa: B008
    return filters.filter(_proposals(request_user(request)))


@router.get(
    "/proposals/{int:proposal_id}",
    response={200: ProposalDetailOut, 404: ErrorOut},
    summary="One proposal with its evidence and candidate records",
)
def proposal_detail(request: HttpRequest, proposal_id: int):
    user = request_user(request)
    return _shown(get_object_or_404(_proposals(user), pk=proposal_id), user)


def _review_error(error: review.ReviewError) -> ApiError:
    return ApiError(error.status, error.detail)


@router.post(
    "/proposals/{int:proposal_id}/accept",
    response={200: ProposalDetailOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut,
              409: ErrorOut, 422: ErrorOut},
    auth=write_auth,
    summary="Accept a proposal, optionally with edits; the registry record cites the article",
)  # fmt: skip
def accept_proposal(request: HttpRequest, proposal_id: int, payload: AcceptIn | None = Body(None)):  # noqa: B008
    proposal = get_object_or_404(_proposals(request.auth), pk=proposal_id)
    body = payload or AcceptIn()
    try:
        review.accept(
            proposal, request.auth, body.edited, action=body.action, target_id=body.target_id
        )
    except review.ReviewError as error:
        raise _review_error(error) from error
    return Status(200, _shown(_proposals(request.auth).get(pk=proposal_id), request.auth))


@router.post(
    "/proposals/{int:proposal_id}/reject",
    response={200: ProposalDetailOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    auth=write_auth,
    summary="Reject a proposal; the registry is not changed",
)
def reject_proposal(request: HttpRequest, proposal_id: int, payload: RejectIn | None = Body(None)):  # noqa: B008
    proposal = get_object_or_404(_proposals(request.auth), pk=proposal_id)
    try:
        review.reject(proposal, request.auth, (payload or RejectIn()).note)
    except review.ReviewError as error:
        raise _review_error(error) from error
    return Status(200, _shown(_proposals(request.auth).get(pk=proposal_id), request.auth))


# ----------------------------------------------------------------------------- sources: feeds


class FeedOut(Schema):
    id: int
    url: str
    name: str
    every_minutes: int
    active: bool
    last_polled: datetime | None
    last_success: datetime | None
    next_poll: datetime
    failures: int
    last_error: str
    items: int

    @staticmethod
    def resolve_items(obj: Feed) -> int:
        return getattr(obj, "item_count", None) or obj.items.count()


class FeedIn(StrictSchema):
    url: str = Field(..., max_length=1000, description="The feed's http(s) address.")
    name: str = Field("", max_length=200)
    every_minutes: int = Field(60, ge=MIN_POLL_MINUTES, le=MAX_POLL_MINUTES)


class FeedPatch(StrictSchema):
    name: str | None = Field(None, max_length=200)
    every_minutes: int | None = Field(None, ge=MIN_POLL_MINUTES, le=MAX_POLL_MINUTES)
    active: bool | None = None


class UrlsIn(StrictSchema):
    urls: list[str] = Field(..., min_length=1, max_length=MAX_URLS_PER_RUN)


def _reviewer(request: HttpRequest) -> None:
    if not is_reviewer(request.auth):
        raise ApiError(403, "only reviewers (staff or the 'reviewer' group) manage sources")


def _feeds():
    return Feed.objects.annotate(item_count=Count("items"))


@router.get("/feeds", response=list[FeedOut], summary="Feeds the worker polls")
@paginate(BoundedLimitOffset)
def list_feeds(request: HttpRequest):
    return _feeds()


@router.post(
    "/feeds",
    response={201: FeedOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 409: ErrorOut},
    auth=write_auth,
    summary="Follow a feed (RSS 2.0 or Atom)",
)
def add_feed_(request: HttpRequest, payload: FeedIn):
    _reviewer(request)
    try:
        feed = add_feed(
            payload.url, name=payload.name, every_minutes=payload.every_minutes, user=request.auth
        )
    except BadFeed as error:
        raise ApiError(409 if "already" in str(error) else 400, str(error)) from error
    return Status(201, _feeds().get(pk=feed.pk))


@router.get("/feeds/{int:feed_id}", response={200: FeedOut, 404: ErrorOut}, summary="One feed")
def feed_detail(request: HttpRequest, feed_id: int):
    return get_object_or_404(_feeds(), pk=feed_id)


@router.patch(
    "/feeds/{int:feed_id}",
    response={200: FeedOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    auth=write_auth,
    summary="Rename, reschedule, pause or resume a feed",
)
def change_feed(request: HttpRequest, feed_id: int, payload: FeedPatch):
    _reviewer(request)
    feed = get_object_or_404(Feed, pk=feed_id)
    for key, value in payload.model_dump(exclude_none=True).items():
        setattr(feed, key, value)
    feed.save()
    return _feeds().get(pk=feed.pk)


@router.delete(
    "/feeds/{int:feed_id}",
    response={204: None, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    auth=write_auth,
    summary="Stop following a feed (its articles stay)",
)
def delete_feed(request: HttpRequest, feed_id: int):
    _reviewer(request)
    get_object_or_404(Feed, pk=feed_id).delete()
    return Status(204, None)


@router.post(
    "/feeds/{int:feed_id}/poll",
    response={202: IngestionRunOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    auth=write_auth,
    summary="Poll a feed now, in the background; follow the run for progress",
)
def poll_feed_now(request: HttpRequest, feed_id: int):
    _reviewer(request)
    return Status(202, queue_feed_poll(get_object_or_404(Feed, pk=feed_id), request.auth))


@router.post(
    "/urls",
    response={202: IngestionRunOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut},
    auth=write_auth,
    summary="Fetch web pages (or PDFs) by address and ingest their articles, in the background",
)
def ingest_urls_(request: HttpRequest, payload: UrlsIn):
    _reviewer(request)
    errors = {}
    urls = []
    for number, url in enumerate(payload.urls):
        try:
            urls.append(clean_url(url))
        except BadFeed as error:
            errors[f"urls[{number}]"] = [str(error)]
    if errors:
        raise ApiError(400, errors)
    return Status(202, queue_urls(urls, request.auth))


# ----------------------------------------------------------------------------- articles


class CopyOut(Schema):
    id: int
    outlet: str
    url: str
    title: str
    published: date | None
    language: str
    feed: int | None = Field(None, alias="feed_id")
    similarity: float
    fetched: datetime


class ArticleOut(Schema):
    id: int
    source: int = Field(..., alias="source_id")
    title: str
    published: date | None
    language: str
    relevance: float
    reasons: list[str]
    relevant: bool
    override: bool | None
    extracted: bool
    copies: list[CopyOut]
    proposals: int

    @staticmethod
    def resolve_title(obj: Article) -> str:
        return obj.source.title

    @staticmethod
    def resolve_published(obj: Article) -> date | None:
        return obj.source.published

    @staticmethod
    def resolve_language(obj: Article) -> str:
        return obj.source.language

    @staticmethod
    def resolve_relevant(obj: Article) -> bool:
        return obj.is_relevant

    @staticmethod
    def resolve_copies(obj: Article) -> list[ArticleCopy]:
        return list(obj.copies.all())

    @staticmethod
    def resolve_proposals(obj: Article) -> int:
        return obj.source.proposals.count()


class ArticleFilter(FilterSchema):
    relevant: Annotated[bool | None, FilterLookup("relevant")] = None
    outlet: Annotated[str | None, FilterLookup("copies__outlet__iexact")] = None
    language: Annotated[str | None, FilterLookup("source__language")] = None


class RelevanceIn(StrictSchema):
    relevant: bool | None = Field(
        ..., description="true: extract it; false: not about cooperation; null: by the score."
    )


def _articles():
    return Article.objects.select_related("source").prefetch_related("copies")


@router.get("/articles", response=list[ArticleOut], summary="Articles, each with its outlets")
@paginate(BoundedLimitOffset)
def list_articles(request: HttpRequest, filters: ArticleFilter = Query(...)):  # noqa: B008
    return filters.filter(_articles()).distinct()


@router.get(
    "/articles/{int:article_id}", response={200: ArticleOut, 404: ErrorOut}, summary="One article"
)
def article_detail(request: HttpRequest, article_id: int):
    return get_object_or_404(_articles(), pk=article_id)


@router.post(
    "/articles/{int:article_id}/relevance",
    response={200: ArticleOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=write_auth,
    summary="Override the relevance score; marking an article relevant extracts its facts",
)
def override_relevance(request: HttpRequest, article_id: int, payload: RelevanceIn):
    _reviewer(request)
    article = get_object_or_404(Article.objects.select_related("source"), pk=article_id)
    try:
        set_relevance(article, payload.relevant, request.auth)
    except BadArticle as error:
        raise ApiError(422, str(error)) from error
    return _articles().get(pk=article_id)


# ----------------------------------------------------------------------------- watches


class WatchOut(Schema):
    id: int
    kind: str
    subject: str
    site: int | None = Field(None, alias="site_id")
    organisation: int | None = Field(None, alias="organisation_id")
    countries: str
    keyword: str
    created: datetime


class WatchIn(StrictSchema):
    kind: Literal["site", "organisation", "country_pair", "keyword"]
    site: int | None = None
    organisation: int | None = None
    countries: list[str] | None = Field(None, description='Two ISO codes, e.g. ["BY", "CN"].')
    keyword: str | None = Field(None, max_length=100)


@router.get("/watches", response={200: list[WatchOut], 401: ErrorOut}, auth=write_auth,
            summary="What I follow")  # fmt: skip
def list_watches(request: HttpRequest):
    return Watch.objects.filter(user=request.auth).select_related("site", "organisation")


@router.post(
    "/watches",
    response={201: WatchOut, 400: ErrorOut, 401: ErrorOut},
    auth=write_auth,
    summary="Follow a site, organisation, country pair or keyword",
)
def add_watch(request: HttpRequest, payload: WatchIn):
    try:
        watch = watches.follow(request.auth, **payload.model_dump())
    except watches.BadWatch as error:
        raise ApiError(400, error.detail) from error
    return Status(201, watch)


@router.delete(
    "/watches/{int:watch_id}",
    response={204: None, 401: ErrorOut, 404: ErrorOut},
    auth=write_auth,
    summary="Stop following",
)
def delete_watch(request: HttpRequest, watch_id: int):
    get_object_or_404(Watch, pk=watch_id, user=request.auth).delete()
    return Status(204, None)
