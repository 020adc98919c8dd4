"""Import organisations from CSV / XLSX / JSON."""

from __future__ import annotations

from typing import Any

from parkbridge.core.imports import (
    Column,
    Importer,
    choice,
    natural_key,
    optional_country,
    sector_codes,
    text,
    text_list,
    web_address,
)
from parkbridge.organisations.models import Organisation, OrganisationKind


class OrganisationImporter(Importer):
    model = Organisation
    key_field = "external_id"
    columns = [
        Column("external_id", ("id", "external_id"), text(120)),
        Column("name_en", ("name_en", "name"), text(300), required=True),
        Column("name_ru", ("name_ru",), text(300)),
        Column("name_zh", ("name_zh",), text(300)),
        Column("name_local", ("name_local",), text(300)),
        Column("aliases", ("aliases",), text_list),
        Column("kind", ("kind",), choice(OrganisationKind.values, default="company")),
        Column("country", ("country",), optional_country),
        Column("city", ("city",), text(200)),
        Column("isic", ("isic",), text(10)),
        Column("website", ("website",), web_address(500)),
        Column("email", ("email",), text(254)),
        Column("description", ("description",), text(20000)),
    ]
    many_to_many = {"sectors": Column("sectors", ("sectors",), sector_codes)}

    def derive_key(self, values: dict[str, Any]) -> str:
        return natural_key(values.get("country", "").lower(), values.get("name_en"))
