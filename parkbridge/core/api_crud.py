"""One way to expose a model over the API: list (filters, multilingual search, pagination),
detail, create, update, delete. Every app's ``api.py`` declares its schemas and calls
:func:`register_crud`, so all resources behave alike.

Every write checks object-level rights (:func:`parkbridge.core.access.can_edit`, 403), is
recorded in the change history, and may carry ``If-Match: <ETag>`` (the ``ETag`` of the
detail answer): if the record changed since, the write is refused with 409 and nothing is
overwritten.

No ``from __future__ import annotations`` here: django-ninja reads these annotations at run
time, and the schemas are closure variables.
"""

import copy
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, FilterSchema, Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.responses import Status

from parkbridge.core.access import can_edit, hide_references, request_user, visible
from parkbridge.core.api_auth import write_auth
from parkbridge.core.changes import (
    ChangeAction,
    acting_as,
    mark_recorded,
    record_change,
    snapshot,
    version_of,
)
from parkbridge.core.search import query_keys
from parkbridge.core.search_index import RankedSearch, bounded_count
from parkbridge.core.validators import web_address_errors


class ErrorOut(Schema):
    detail: Any


class ApiError(Exception):
    """An error answer with a status and a JSON ``detail`` (a message or field → messages)."""

    def __init__(self, status: int, detail: Any) -> None:
        super().__init__(str(detail))
        self.status = status
        self.detail = detail


def by_relevance(candidates: models.QuerySet, query: str) -> "RankedSearch | models.QuerySet":
    """The ``candidates`` matching ``query``: names that begin with it first, then the other
    matches, each by name (see :class:`parkbridge.core.search_index.RankedSearch`)."""
    keys = query_keys(query)
    if not keys:
        return candidates
    matches = candidates.filter(search_q(query))
    return RankedSearch(candidates, matches, keys, order=["name_en", "pk"])


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
    obj: models.Model,
    data: dict[str, Any],
    m2m_resolvers: dict[str, Callable],
    user=None,
) -> dict[str, list]:
    """Set plain and foreign-key fields on ``obj``; return resolved many-to-many values to set
    after saving. Unknown related ids are a 422 naming the field, never a 500; so are ids of
    records ``user`` may not see, with the same words (nobody learns that a hidden id
    exists)."""
    m2m: dict[str, list] = {}
    opts = obj._meta
    for key, value in data.items():
        if key in m2m_resolvers:
            m2m[key] = m2m_resolvers[key](value or [])
            _refuse_hidden_links(opts.get_field(key), m2m[key], user)
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
                if not visible(related._default_manager.filter(pk=value), user).exists():
                    raise ApiError(422, {key: [f"no {related._meta.verbose_name} with id {value}"]})
                setattr(obj, field.attname, value)
        else:
            setattr(obj, key, value)
    return m2m


def _refuse_hidden_links(field, objs: list, user) -> None:
    """A many-to-many link to a record ``user`` may not see is refused as an unknown one."""
    pks = [o.pk for o in objs if isinstance(o, models.Model)]
    if not pks:
        return
    related = field.related_model
    seen = set(visible(related._base_manager.filter(pk__in=pks), user).values_list("pk", flat=True))
    hidden = [o for o in objs if isinstance(o, models.Model) and o.pk not in seen]
    if hidden:
        codes = [getattr(o, "code", o.pk) for o in hidden]
        raise ApiError(422, f"unknown {related._meta.verbose_name}: {codes}")


def _unchanged_fields(obj: models.Model, changed: Iterable[str]) -> set[str]:
    """The fields validation may skip on an update: those not changed and not sharing a
    uniqueness or check constraint with a changed one (each skipped check is a query)."""
    opts = obj._meta
    touched = set(changed)
    groups = [set(group) for group in opts.unique_together]
    for constraint in opts.constraints:
        if isinstance(constraint, models.UniqueConstraint):
            groups.append(set(constraint.fields))
        elif isinstance(constraint, models.CheckConstraint):
            groups.append(set(Q(constraint.condition).referenced_base_fields))
    for group in groups:
        if group & touched:
            touched |= group
    return {f.name for f in opts.concrete_fields if f.name not in touched}


def save_validated(
    obj: models.Model, m2m: dict[str, list], changed: Iterable[str] | None = None
) -> None:
    """Validate and save ``obj`` with its many-to-many links; ``changed`` (on an update) names
    the fields set, so checks of the untouched ones aren't repeated."""
    exclude = _unchanged_fields(obj, changed) if changed is not None else None
    bad_addresses = web_address_errors(obj)  # the imports' words for the same refusal
    if bad_addresses:
        raise ApiError(422, bad_addresses)
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as error:
        raise ApiError(422, _validation_detail(error)) from error
    try:
        # Callers hold a transaction: an error here rolls it all back, so no savepoint.
        with transaction.atomic(savepoint=False):
            obj.save()
            for name, values in m2m.items():
                getattr(obj, name).set(values)
    except IntegrityError as error:
        raise ApiError(409, f"conflicts with an existing record: {error}") from error


def resolve_by(model: type[models.Model], field: str) -> Callable[[Iterable], list]:
    """A resolver that turns a list of codes or ids into objects, naming the unknown ones."""

    def resolve(values: Iterable) -> list:
        values = list(values)
        found = {
            getattr(o, field): o for o in model._default_manager.filter(**{f"{field}__in": values})
        }
        missing = [v for v in values if v not in found]
        if missing:
            raise ApiError(422, f"unknown {model._meta.verbose_name}: {missing}")
        return [found[v] for v in values]

    return resolve


def resolve_sectors(values: Iterable) -> list:
    """Sector words in any language (codes, labels, synonyms) → stored sectors of the
    vocabulary; an unknown word is a 422 naming it and the closest known sectors."""
    from parkbridge.core.imports import ensure_sectors
    from parkbridge.core.sectors import UnknownSector, vocabulary

    try:
        codes = vocabulary().resolve_all(str(v) for v in values)
    except UnknownSector as error:
        raise ApiError(422, str(error)) from error
    from parkbridge.core.models import Sector

    ids = ensure_sectors(set(codes))
    found = {s.code: s for s in Sector.objects.filter(pk__in=ids.values())}
    return [found[c] for c in codes]


def sector_filter_codes(word: str) -> list[str]:
    """A sector filter's word → the codes it covers (the sector and its children); 422 when
    the word is unknown."""
    from parkbridge.core.sectors import UnknownSector, vocabulary

    vocab = vocabulary()
    try:
        codes = vocab.resolve_all([word])
    except UnknownSector as error:
        raise ApiError(422, str(error)) from error
    return sorted({c for code in codes for c in vocab.descendants(code)})


def _etag(version: str) -> str:
    return f'"{version}"'


def _requested_versions(request: HttpRequest) -> list[str] | None:
    """The versions named by ``If-Match`` (None: the client didn't ask for a check)."""
    header = request.headers.get("If-Match")
    if header is None:
        return None
    versions = [v.strip().removeprefix("W/").strip('"') for v in header.split(",") if v.strip()]
    return versions


def check_version(request: HttpRequest, current: str) -> None:
    """Refuse a write based on a stale copy of the record (409), naming the current version."""
    wanted = _requested_versions(request)
    if wanted is None or "*" in wanted or current in wanted:
        return
    raise ApiError(
        409,
        {
            "message": "the record was changed since you loaded it; reload it and apply your "
            "change again",
            "current_version": current,
        },
    )


def shown(obj: models.Model, user) -> models.Model:
    """``obj`` as ``user`` may see it: references to records hidden from them blanked."""
    hide_references([obj], user)
    return obj


def refuse_unless_allowed(user, obj: models.Model) -> None:
    if not can_edit(user, obj):
        raise ApiError(403, "you may not change this record")


class BoundedLimitOffset(LimitOffsetPagination):
    """Limit/offset paging whose offset fits a database integer (a 90-bit offset is a 422,
    not a driver error), with a total that stays cheap on large tables: exact up to
    :data:`~parkbridge.core.search_index.EXACT_COUNT_LIMIT`, estimated above it
    (``count_exact`` says which)."""

    class Input(LimitOffsetPagination.Input):
        offset: int = Field(0, ge=0, le=2**53)

    class Output(Schema):
        items: list[Any]
        count: int
        count_exact: bool = Field(
            True, description="false: `count` is the database's estimate (above 1,000)"
        )

    def paginate_queryset(self, queryset, pagination, request: HttpRequest, **params):  # noqa: ANN001, ANN201
        offset = pagination.offset
        limit = min(pagination.limit, self.max_limit)
        if isinstance(queryset, RankedSearch):
            items = queryset.page(offset, limit)
        else:
            items = list(queryset[offset : offset + limit])
        hide_references(items, request_user(request))
        if len(items) < limit and (items or offset == 0):
            # A short page is the end of the list: its position is the total.
            count, exact = offset + len(items), True
        else:
            count, exact = _total(queryset)
        return {"items": items, "count": count, "count_exact": exact}


def _total(records: "RankedSearch | models.QuerySet | Sequence") -> tuple[int, bool]:
    if isinstance(records, RankedSearch):
        return records.count()
    if isinstance(records, models.QuerySet):
        return bounded_count(records)
    return len(records), True


def _referenced_model(model: type[models.Model], lookup: str) -> type[models.Model] | None:
    """The model a filter lookup such as ``organisation_id`` or ``parties__id`` points at, or
    None when it isn't a plain reference by id."""
    name, _, rest = lookup.partition("__")
    if name.endswith("_id") and not rest:
        name, rest = name[: -len("_id")], "id"
    if rest != "id":
        return None
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:  # a custom filter, not a reference by id
        return None
    return field.related_model if field.is_relation else None


def references_hidden_record(model: type[models.Model], filters: FilterSchema, user) -> bool:
    """Does a filter by id name a record ``user`` may not see? Listing by it would reveal
    which visible records are linked to it (a public person of a confidential organisation),
    so such a filter lists nothing, exactly as for an id that does not exist."""
    for name, info in type(filters).model_fields.items():
        value = getattr(filters, name, None)
        if value is None or isinstance(value, bool) or not isinstance(value, int):
            continue
        lookups = [getattr(m, "q", None) for m in info.metadata]
        for lookup in (q for q in lookups if isinstance(q, str)):
            related = _referenced_model(model, lookup)
            if (
                related is not None
                and not visible(related._base_manager.filter(pk=value), user).exists()
            ):
                return True
    return False


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
    many_to_many = model._meta.many_to_many

    def all_records() -> models.QuerySet:
        return queryset() if queryset else model._default_manager.all()

    def base_queryset(request: HttpRequest) -> models.QuerySet:
        return visible(all_records(), request_user(request))

    def locked(user, pk: int) -> models.Model:
        """The record ``user`` can see, locked for the read-compare-write (404 if it isn't
        visible). Locked through the plain manager: a custom queryset may use DISTINCT,
        which PostgreSQL won't lock."""
        return get_object_or_404(visible(model._default_manager.select_for_update(), user), pk=pk)

    @router.get("", response=list[out], operation_id=f"{name}_list", summary=f"List {name}")
    @paginate(BoundedLimitOffset)
    def list_records(request: HttpRequest, filters: filters = Query(...)):  # type: ignore[valid-type]  # noqa: B008
        if references_hidden_record(model, filters, request_user(request)):
            return model._default_manager.none()
        query = getattr(filters, "q", None)
        if query and any(f.name == "search_keys" for f in model._meta.concrete_fields):
            others = filters.model_copy(update={"q": None})
            return by_relevance(others.filter(base_queryset(request)), query)
        return filters.filter(base_queryset(request))

    @router.get(
        "/{int:record_id}",
        response={200: out, 404: ErrorOut},
        operation_id=f"{name}_detail",
        summary=f"One of {name}",
        description="The `ETag` header is the record's version; send it back in `If-Match` "
        "when you change the record.",
    )
    def detail(request: HttpRequest, record_id: int, response: HttpResponse):
        obj = get_object_or_404(base_queryset(request), pk=record_id)
        response["ETag"] = _etag(version_of(snapshot(obj)))
        return shown(obj, request_user(request))

    @router.post(
        "",
        response={201: out, 401: ErrorOut, 403: ErrorOut, 409: ErrorOut, 422: ErrorOut},
        auth=write_auth,
        operation_id=f"{name}_create",
        summary=f"Create in {name}",
    )
    def create(request: HttpRequest, payload: create_in, response: HttpResponse):  # type: ignore[valid-type]
        user = request_user(request)
        obj = model()
        data = payload.dict()
        if payload_adapter:
            data = payload_adapter(data)
        with acting_as(user, "api"), transaction.atomic():
            related = apply_payload(obj, data, m2m_resolvers, user)
            mark_recorded(obj)
            save_validated(obj, related)
            # Checked on the saved record (with its many-to-many links), inside the
            # transaction, so a refusal leaves nothing behind.
            refuse_unless_allowed(user, obj)
            after = snapshot(obj)
            record_change(obj, ChangeAction.CREATE, None, after, user=user, via="api")
        response["ETag"] = _etag(version_of(after))
        return Status(201, shown(all_records().get(pk=obj.pk), user))

    @router.patch(
        "/{int:record_id}",
        response={
            200: out,
            401: ErrorOut,
            403: ErrorOut,
            404: ErrorOut,
            409: ErrorOut,
            422: ErrorOut,
        },  # fmt: skip
        auth=write_auth,
        operation_id=f"{name}_update",
        summary=f"Update one of {name}",
        description="Send `If-Match: <ETag>` to refuse the change (409) if someone else "
        "changed the record since you read it.",
    )
    def update(request: HttpRequest, record_id: int, payload: update_in, response: HttpResponse):  # type: ignore[valid-type]
        user = request_user(request)
        data = payload.dict(exclude_unset=True)
        if payload_adapter:
            data = payload_adapter(data)
        with acting_as(user, "api"), transaction.atomic():
            obj = locked(user, record_id)
            refuse_unless_allowed(user, obj)
            before = snapshot(obj)
            check_version(request, version_of(before))
            if before_update:
                before_update(obj, data)
            related = apply_payload(obj, data, m2m_resolvers, user)
            mark_recorded(obj)
            save_validated(obj, related, changed=data.keys())
            refuse_unless_allowed(user, obj)
            untouched = {f.name: before[f.name] for f in many_to_many if f.name not in related}
            after = snapshot(obj, known_m2m=untouched)
            if after != before:
                record_change(obj, ChangeAction.UPDATE, before, after, user=user, via="api")
        response["ETag"] = _etag(version_of(after))
        return shown(all_records().get(pk=obj.pk), user)

    @router.delete(
        "/{int:record_id}",
        response={204: None, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
        auth=write_auth,
        operation_id=f"{name}_delete",
        summary=f"Delete one of {name}",
    )
    def delete(request: HttpRequest, record_id: int):
        user = request_user(request)
        with acting_as(user, "api"), transaction.atomic():
            obj = locked(user, record_id)
            found = copy.copy(obj)  # the record as it was, for the history after the delete
            refuse_unless_allowed(user, obj)
            before = snapshot(obj)
            check_version(request, version_of(before))
            mark_recorded(obj)
            try:
                with transaction.atomic():
                    obj.delete()
            except models.ProtectedError as error:
                raise ApiError(409, str(error)) from error
            record_change(found, ChangeAction.DELETE, before, None, user=user, via="api")
        return Status(204, None)


def install_common_errors(api) -> None:
    """Answer values the database can't hold (an id or offset beyond 64 bits) with 422 rather
    than a 500; a database that is down with 503; and document the common errors (see
    :func:`document_common_errors`)."""
    from django.db import DataError, InterfaceError, OperationalError

    def out_of_range(request: HttpRequest, error: Exception):
        return api.create_response(
            request, {"detail": "a value is out of the range the database can hold"}, status=422
        )

    def unavailable(request: HttpRequest, error: Exception):
        # The database is down or restarting: say so quickly and cleanly; the client retries.
        response = api.create_response(
            request, {"detail": "the database is unavailable; retry shortly"}, status=503
        )
        response["Retry-After"] = "5"
        return response

    api.add_exception_handler(OverflowError, out_of_range)
    api.add_exception_handler(DataError, out_of_range)
    api.add_exception_handler(OperationalError, unavailable)
    api.add_exception_handler(InterfaceError, unavailable)
    document_common_errors(api)


def document_common_errors(api) -> None:
    """Add to every operation of ``api``'s OpenAPI schema the errors any operation can answer,
    so clients (and schema-conformance tests) know them: 400 (a body that isn't JSON), 422
    (parameters or body failing validation), 404 (an operation on a record that isn't there)."""
    original = api.get_openapi_schema

    def with_common_errors(*args, **kwargs):
        schema = original(*args, **kwargs)
        error = {"$ref": "#/components/schemas/ErrorOut"}
        schema.setdefault("components", {}).setdefault("schemas", {}).setdefault(
            "ErrorOut", ErrorOut.model_json_schema()
        )
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                # ninja keys responses by int; JSON keys are strings, and an int 404 beside a
                # string "404" would be written twice (Swagger UI refuses duplicated keys).
                operation["responses"] = {str(k): v for k, v in operation["responses"].items()}
                parameters = operation.get("parameters", [])
                codes = []
                if "requestBody" in operation:
                    codes += ["400", "422"]
                if parameters:
                    codes.append("422")
                if any(p.get("in") == "path" for p in parameters):
                    codes.append("404")
                for code in codes:
                    operation["responses"].setdefault(
                        code,
                        {
                            "description": {"400": "Malformed body", "404": "Not found"}.get(
                                code, "Invalid input"
                            ),
                            "content": {"application/json": {"schema": error}},
                        },
                    )
        return schema

    api.get_openapi_schema = with_common_errors
