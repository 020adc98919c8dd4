"""Schema helpers shared by the apps' APIs."""

from typing import Any

from ninja import Schema
from pydantic import create_model


def partial(schema: type[Schema], name: str) -> type[Schema]:
    """The same fields, all optional: the body of a PATCH."""
    fields: dict[str, Any] = {
        field_name: (info.annotation | None, None) for field_name, info in schema.model_fields.items()
    }
    return create_model(name, __base__=Schema, **fields)
