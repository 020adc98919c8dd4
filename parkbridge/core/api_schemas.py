"""Schema helpers shared by the apps' APIs."""

from typing import Any

from django.db.models import JSONField
from ninja import Schema
from pydantic import BaseModel, ConfigDict, Field, create_model

# Request bodies refuse keys they don't know (a typo is an error, not silently dropped), and
# foreign keys may be sent as ``operator`` or ``operator_id``.
STRICT_INPUT = ConfigDict(extra="forbid", populate_by_name=True)


class StrictSchema(Schema):
    model_config = STRICT_INPUT


def partial(schema: type[Schema], name: str) -> type[Schema]:
    """The same fields, all optional: the body of a PATCH."""
    fields: dict[str, Any] = {
        field_name: (info.annotation | None, Field(default=None, alias=info.alias))
        for field_name, info in schema.model_fields.items()
    }
    return create_model(name, __base__=StrictSchema, **fields)


def model_schemas(model, fields: list[str]) -> tuple[type[Schema], type[Schema], type[Schema]]:
    """Output, create and patch schemas of a model whose API is its plain fields."""
    from ninja.orm import create_schema

    name = model.__name__
    # JSON fields holding lists (aliases, countries) are documented as lists of strings.
    lists = [
        f for f in fields
        if isinstance(model._meta.get_field(f), JSONField) and model._meta.get_field(f).default is list
    ]  # fmt: skip
    out = create_schema(
        model,
        name=f"{name}Out",
        fields=["id", *(f for f in fields if f not in lists)],
        custom_fields=[(f, list[str], ...) for f in lists],
    )
    create_in = create_schema(
        model,
        name=f"{name}In",
        fields=[f for f in fields if f not in lists],
        custom_fields=[(f, list[str], []) for f in lists],
        base_class=StrictSchema,
    )
    return out, create_in, partial(create_in, f"{name}Patch")


def plain_output(
    name: str, schema: type[Schema], attributes: dict[str, str] | None = None
) -> type[BaseModel]:
    """``schema``'s fields in a plain pydantic model, filled from a record's attributes by
    pydantic-core itself. Ninja's schemas read every attribute through a Python wrapper, a
    fifth of the time of a list page; the answer and the OpenAPI schema are the same.

    ``attributes`` maps a field to the record attribute it is read from, for fields ninja
    would compute with a ``resolve_`` method (the field keeps its name in the answer)."""
    if getattr(schema, "_ninja_resolvers", None):
        raise ValueError(f"{schema.__name__}: resolvers can't be read by a plain model")
    attributes = attributes or {}
    fields: dict[str, Any] = {}
    for field_name, info in schema.model_fields.items():
        annotation = info.annotation
        if field_name in attributes:
            info = Field(
                info.default, validation_alias=attributes[field_name], description=info.description
            )
        fields[field_name] = (annotation, info)
    return create_model(
        name,
        __config__=ConfigDict(from_attributes=True),
        __module__=schema.__module__,
        **fields,
    )
