"""REST API for sources, provenance and sectors."""

from typing import Annotated

from django.contrib.contenttypes.models import ContentType
from ninja import Field, FilterLookup, FilterSchema, ModelSchema, Router, Schema

from parkbridge.core.api_crud import ApiError, register_crud
from parkbridge.core.api_schemas import STRICT_INPUT, StrictSchema, model_schemas, partial
from parkbridge.core.models import Provenance, Sector, Source

source_router = Router(tags=["sources"])
provenance_router = Router(tags=["sources"])
sector_router = Router(tags=["sources"])

SOURCE_FIELDS = ["key", "kind", "title", "publisher", "url", "published", "language"]


class SourceOut(ModelSchema):
    class Meta:
        model = Source
        fields = ["id", *SOURCE_FIELDS, "created"]


class SourceIn(ModelSchema):
    model_config = STRICT_INPUT

    class Meta:
        model = Source
        fields = SOURCE_FIELDS


class SourceFilter(FilterSchema):
    q: Annotated[str | None, FilterLookup(["title__icontains", "publisher__icontains"])] = None
    kind: Annotated[str | None, FilterLookup("kind")] = None
    language: Annotated[str | None, FilterLookup("language")] = None


register_crud(
    source_router,
    Source,
    name="sources",
    out=SourceOut,
    create_in=SourceIn,
    update_in=partial(SourceIn, "SourcePatch"),
    filters=SourceFilter,
)


class ProvenanceOut(Schema):
    id: int
    source: int = Field(..., alias="source_id")
    record_type: str
    record_id: int = Field(..., alias="object_id")
    field: str
    quote: str

    @staticmethod
    def resolve_record_type(obj: Provenance) -> str:
        return f"{obj.content_type.app_label}.{obj.content_type.model}"


class ProvenanceIn(StrictSchema):
    source: int
    record_type: str = Field(..., description="app_label.model, e.g. sites.site")
    record_id: int
    field: str = ""
    quote: str = ""


class ProvenanceFilter(FilterSchema):
    source: Annotated[int | None, FilterLookup("source_id")] = None
    record_type: str | None = None
    record_id: Annotated[int | None, FilterLookup("object_id")] = None

    def filter_record_type(self, value: str | None):
        from django.db.models import Q

        if not value or "." not in value:
            return Q()
        app_label, model = value.lower().split(".", 1)
        return Q(content_type__app_label=app_label, content_type__model=model)


def _resolve_record(payload: dict) -> dict:
    record_type = payload.pop("record_type", None)
    record_id = payload.pop("record_id", None)
    if record_type is not None:
        app_label, _, model = record_type.lower().partition(".")
        try:
            content_type = ContentType.objects.get(app_label=app_label, model=model)
        except ContentType.DoesNotExist as error:
            raise ApiError(
                422, {"record_type": [f"unknown record type {record_type!r}"]}
            ) from error
        payload["content_type"] = content_type.pk
        model_class = content_type.model_class()
        if record_id is not None and not model_class._default_manager.filter(pk=record_id).exists():
            raise ApiError(422, {"record_id": [f"no {record_type} with id {record_id}"]})
    if record_id is not None:
        payload["object_id"] = record_id
    return payload


register_crud(
    provenance_router,
    Provenance,
    name="provenance",
    out=ProvenanceOut,
    create_in=ProvenanceIn,
    update_in=partial(ProvenanceIn, "ProvenancePatch"),
    filters=ProvenanceFilter,
    queryset=lambda: Provenance.objects.select_related("content_type"),
    payload_adapter=_resolve_record,
)


class VocabularySectorOut(Schema):
    code: str
    parent: str | None
    isic: list[str]
    okved2: list[str]
    gbt4754: list[str]
    labels: dict[str, str]
    synonyms: dict[str, list[str]]


class ResolvedSectorOut(Schema):
    word: str
    code: str
    label: str
    covers: list[str]


@sector_router.get(
    "/vocabulary",
    response=list[VocabularySectorOut],
    operation_id="sector_vocabulary",
    summary="The sector vocabulary: codes, hierarchy, ISIC/OKVED 2/GB/T 4754, en/ru/zh synonyms",
)
def sector_vocabulary(request):
    from parkbridge.core.sectors import vocabulary

    return [
        {
            "code": e.code,
            "parent": e.parent,
            "isic": list(e.isic),
            "okved2": list(e.okved2),
            "gbt4754": list(e.gbt4754),
            "labels": e.labels,
            "synonyms": {k: list(v) for k, v in e.synonyms.items()},
        }
        for e in vocabulary().entries.values()
    ]


@sector_router.get(
    "/resolve",
    response={200: ResolvedSectorOut, 422: dict},
    operation_id="sector_resolve",
    summary="The sector a word names (any language); 422 with the closest sectors when none",
)
def sector_resolve(request, word: str):
    from parkbridge.core.api_crud import ApiError
    from parkbridge.core.sectors import vocabulary

    vocab = vocabulary()
    code = vocab.resolve(word)
    if code is None:
        closest = ", ".join(vocab.suggest(word))
        raise ApiError(422, f"unknown sector {word!r} (closest: {closest})")
    return {
        "word": word,
        "code": code,
        "label": vocab.label(code),
        "covers": sorted(vocab.descendants(code)),
    }


SectorOut, SectorIn, SectorPatch = model_schemas(
    Sector, ["code", "name_en", "name_ru", "name_zh", "isic", "parent"]
)


class SectorFilter(FilterSchema):
    q: Annotated[
        str | None,
        FilterLookup(
            ["code__icontains", "name_en__icontains", "name_ru__icontains", "name_zh__icontains"]
        ),
    ] = None


register_crud(
    sector_router,
    Sector,
    name="sectors",
    out=SectorOut,
    create_in=SectorIn,
    update_in=SectorPatch,
    filters=SectorFilter,
)
