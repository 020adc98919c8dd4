"""Schema helpers shared by the apps' APIs."""

from typing import Any

from ninja import Schema
from pydantic import ConfigDict, Field, create_model

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
    out = create_schema(model, name=f"{name}Out", fields=["id", *fields])
    create_in = create_schema(model, name=f"{name}In", fields=fields, base_class=StrictSchema)
    return out, create_in, partial(create_in, f"{name}Patch")
