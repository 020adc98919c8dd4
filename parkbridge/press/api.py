"""REST API for press monitoring: upload articles, follow ingestion runs, review proposals.

Reads are public like the rest of the API; uploads need a write token; accepting and rejecting
need a reviewer's token (staff, or a member of the "reviewer" group), else 403.

No ``from __future__ import annotations``: django-ninja reads these annotations at run time.
"""

from datetime import datetime
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Body, File, FilterLookup, FilterSchema, Query, Router, Schema
from ninja.files import UploadedFile
from ninja.pagination import paginate
from ninja.responses import Status
from pydantic import Field

from parkbridge.core.api_auth import write_auth
from parkbridge.core.api_crud import ApiError, BoundedLimitOffset, ErrorOut
from parkbridge.core.api_schemas import StrictSchema
from parkbridge.press import review
from parkbridge.press.ingestion import (
    MAX_ARTICLE_BYTES,
    BadArticle,
    check_text,
    decode_article,
    submit_article,
)
from parkbridge.press.models import IngestionRun, Proposal, RunOrigin

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
    return Status(202, submit_article(text, payload.filename, request.auth, RunOrigin.API))


@router.post(
    "/articles/file",
    response={202: IngestionRunOut, 400: ErrorOut, 401: ErrorOut, 413: ErrorOut},
    auth=write_auth,
    summary="Ingest an article uploaded as a UTF-8 text file (multipart field `file`)",
)
def upload_file(request: HttpRequest, file: UploadedFile = File(...)):  # noqa: B008
    if file.size is not None and file.size > MAX_ARTICLE_BYTES:
        raise ApiError(
            413, f"file is too large ({file.size} bytes; the limit is {MAX_ARTICLE_BYTES})"
        )
    try:
        text = decode_article(file.read(MAX_ARTICLE_BYTES + 1))
    except BadArticle as error:
        raise _bad(error) from error
    return Status(202, submit_article(text, file.name or "", request.auth, RunOrigin.API))


@router.get("/runs", response=list[IngestionRunOut], summary="Ingestion runs, newest first")
@paginate(BoundedLimitOffset)
def list_runs(request: HttpRequest, filters: RunFilter = Query(...)):  # noqa: B008
    return filters.filter(IngestionRun.objects.prefetch_related("sources"))


@router.get("/runs/{int:run_id}", response={200: IngestionRunOut, 404: ErrorOut}, summary="One run")
def run_detail(request: HttpRequest, run_id: int):
    return get_object_or_404(IngestionRun, pk=run_id)


def _proposals():
    return Proposal.objects.select_related("source", "reviewer", "target_type", "result_type")


@router.get("/proposals", response=list[ProposalOut], summary="Proposals (the review queue)")
@paginate(BoundedLimitOffset)
def list_proposals(request: HttpRequest, filters: ProposalFilter = Query(...)):  # noqa: B008
    return filters.filter(_proposals())


@router.get(
    "/proposals/{int:proposal_id}",
    response={200: ProposalDetailOut, 404: ErrorOut},
    summary="One proposal with its evidence and candidate records",
)
def proposal_detail(request: HttpRequest, proposal_id: int):
    return get_object_or_404(_proposals(), pk=proposal_id)


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
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    body = payload or AcceptIn()
    try:
        review.accept(
            proposal, request.auth, body.edited, action=body.action, target_id=body.target_id
        )
    except review.ReviewError as error:
        raise _review_error(error) from error
    return Status(200, _proposals().get(pk=proposal_id))


@router.post(
    "/proposals/{int:proposal_id}/reject",
    response={200: ProposalDetailOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    auth=write_auth,
    summary="Reject a proposal; the registry is not changed",
)
def reject_proposal(request: HttpRequest, proposal_id: int, payload: RejectIn | None = Body(None)):  # noqa: B008
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    try:
        review.reject(proposal, request.auth, (payload or RejectIn()).note)
    except review.ReviewError as error:
        raise _review_error(error) from error
    return Status(200, _proposals().get(pk=proposal_id))
