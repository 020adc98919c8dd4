"""One way to expose a model over the API: list (filters, multilingual search, pagination),
detail, create, update, delete. Every app's ``api.py`` declares its schemas and calls
:func:`register_crud`, so all resources behave alike.

No ``from __future__ import annotations`` here: django-ninja reads these annotations at run
time, and the schemas are closure variables.
"""

from collections.abc import Callable, Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import FilterSchema, Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from parkbridge.core.access import request_user, visible
from parkbridge.core.api_auth import write_auth
from parkbridge.core.search import query_keys


class ErrorOut(Schema):
    detail: Any


class ApiError(Exception):
    """An error answer with a status and a JSON ``detail`` (a message or field → messages)."""

    def __init__(self, status: int, detail: Any) -> None:
        super().__init__(str(detail))
        self.status = status
        self.detail = detail


def search_q(value: str | None, field: str = "search_keys") -> Q:
    """Substring match of the query's keys against stored multilingual search keys."""
    keys = query_keys(value or "")
    if not keys:
        return Q()
    condition = Q()
    for key in keys:
        condition |= Q(**{f"{field}__contains": key})
    return condition


def _validation_detail(error: ValidationError) -> Any:
    if hasattr(error, "message_dict"):
        return error.message_dict
    return error.messages


def apply_payload(
    obj: models.Model, data: dict[str, Any], m2m_resolvers: dict[str, Callable]
) -> dict[str, list]:
    """Set plain and foreign-key fields on ``obj``; return resolved many-to-many values to set
    after saving. Unknown related ids are a 422 naming the field, never a 500."""
    m2m: dict[str, list] = {}
    opts = obj._meta
    for key, value in data.items():
        if key in m2m_resolvers:
            m2m[key] = m2m_resolvers[key](value or [])
            continue
        field = opts.get_field(key)
        if value is None and not field.null:
            # An omitted optional field arrives as None; the model's default stands for it.
            value = field.get_default()
        if field.many_to_one:
            if value is None:
                setattr(obj, field.attname, None)
            else:
                related = field.related_model
                if not related._default_manager.filter(pk=value).exists():
                    raise ApiError(422, {key: [f"no {related._meta.verbose_name} with id {value}"]})
                setattr(obj, field.attname, value)
        else:
            setattr(obj, key, value)
    return m2m


def save_validated(obj: models.Model, m2m: dict[str, list]) -> None:
    try:
        obj.full_clean()
    except ValidationError as error:
        raise ApiError(422, _validation_detail(error)) from error
    try:
        with transaction.atomic():
            obj.save()
            for name, values in m2m.items():
                getattr(obj, name).set(values)
    except IntegrityError as error:
        raise ApiError(409, f"conflicts with an existing record: {error}") from error


def resolve_by(model: type[models.Model], field: str) -> Callable[[Iterable], list]:
    """A resolver that turns a list of codes or ids into objects, naming the unknown ones."""

    def resolve(values: Iterable) -> list:
        values = list(values)
        found = {getattr(o, field): o for o in model._default_manager.filter(**{f"{field}__in": values})}
        missing = [v for v in values if v not in found]
        if missing:
            raise ApiError(422, f"unknown {model._meta.verbose_name}: {missing}")
        return [found[v] for v in values]

    return resolve


def register_crud(
    router: Router,
    model: type[models.Model],
    *,
    name: str,
    out: type[Schema],
    create_in: type[Schema],
    update_in: type[Schema],
    filters: type[FilterSchema],
    queryset: Callable[[], models.QuerySet] | None = None,
    m2m: dict[str, Callable] | None = None,
    before_update: Callable[[models.Model, dict], None] | None = None,
    payload_adapter: Callable[[dict], dict] | None = None,
) -> None:
    m2m_resolvers = m2m or {}

    def base_queryset(request: HttpRequest) -> models.QuerySet:
        qs = queryset() if queryset else model._default_manager.all()
        return visible(qs, request_user(request))

    @router.get("", response=list[out], operation_id=f"{name}_list", summary=f"List {name}")
    @paginate(LimitOffsetPagination)
    def list_records(request: HttpRequest, filters: filters = Query(...)):  # type: ignore[valid-type]  # noqa: B008
        return filters.filter(base_queryset(request))

    @router.get(
        "/{int:record_id}",
        response={200: out, 404: ErrorOut},
        operation_id=f"{name}_detail",
        summary=f"One of {name}",
    )
    def detail(request: HttpRequest, record_id: int):
        return get_object_or_404(base_queryset(request), pk=record_id)

    @router.post(
        "",
        response={201: out, 401: ErrorOut, 409: ErrorOut, 422: ErrorOut},
        auth=write_auth,
        operation_id=f"{name}_create",
        summary=f"Create in {name}",
    )
    def create(request: HttpRequest, payload: create_in):  # type: ignore[valid-type]
        obj = model()
        data = payload.dict()
        if payload_adapter:
            data = payload_adapter(data)
        related = apply_payload(obj, data, m2m_resolvers)
        save_validated(obj, related)
        return 201, base_queryset(request).get(pk=obj.pk)

    @router.patch(
        "/{int:record_id}",
        response={200: out, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
        auth=write_auth,
        operation_id=f"{name}_update",
        summary=f"Update one of {name}",
    )
    def update(request: HttpRequest, record_id: int, payload: update_in):  # type: ignore[valid-type]
        obj = get_object_or_404(base_queryset(request), pk=record_id)
        data = payload.dict(exclude_unset=True)
        if payload_adapter:
            data = payload_adapter(data)
        if before_update:
            before_update(obj, data)
        related = apply_payload(obj, data, m2m_resolvers)
        save_validated(obj, related)
        return base_queryset(request).get(pk=obj.pk)

    @router.delete(
        "/{int:record_id}",
        response={204: None, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut},
        auth=write_auth,
        operation_id=f"{name}_delete",
        summary=f"Delete one of {name}",
    )
    def delete(request: HttpRequest, record_id: int):
        obj = get_object_or_404(base_queryset(request), pk=record_id)
        try:
            obj.delete()
        except models.ProtectedError as error:
            raise ApiError(409, str(error)) from error
        return 204, None
