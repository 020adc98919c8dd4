"""Import agreements from CSV / XLSX / JSON; parties are named by organisation id or name."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from parkbridge.agreements.models import Agreement, AgreementKind, AgreementStatus
from parkbridge.core.imports import (
    Column,
    Importer,
    RowError,
    boolean,
    choice,
    integer,
    iso_date,
    natural_key,
    number,
    text,
    text_list,
)
from parkbridge.events.models import Qualifier
from parkbridge.organisations.models import Organisation
from parkbridge.sites.models import Site


def currency(value: object) -> str:
    code = "" if value is None else str(value).strip().upper()
    if code and (len(code) != 3 or not code.isalpha()):
        raise ValueError(f"{value!r} is not an ISO 4217 currency code")
    return code


class AgreementImporter(Importer):
    model = Agreement
    key_field = "external_id"
    columns = [
        Column("external_id", ("id", "external_id"), text(120)),
        Column("title", ("title", "name"), text(500), required=True),
        Column("kind", ("kind",), choice(AgreementKind.values, default="cooperation")),
        Column("status", ("status",), choice(AgreementStatus.values, default="signed")),
        Column("count", ("count",), lambda v: integer(1)(v) or 1),
        Column("count_qualifier", ("count_qualifier",), choice(Qualifier.values, default="exact")),
        Column("signed_on", ("signed_on", "date"), iso_date),
        Column("value", ("value",), number()),
        Column("currency", ("currency",), currency),
        Column("countries", ("countries",), lambda v: [c.upper() for c in text_list(v)]),
        Column("description", ("description",), text(20000)),
        Column("confidential", ("confidential",), lambda v: bool(boolean(v))),
        Column("site_id", ("site",), text(120)),
    ]
    many_to_many = {"parties": Column("parties", ("parties",), text_list)}

    def derive_key(self, values: dict[str, Any]) -> str:
        return natural_key(values.get("title"), values.get("signed_on"))

    def check_row(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        if values.get("value") is not None and not values.get("currency"):
            return [("currency", "a value needs its currency")]
        return []

    def resolve_relations(self, rows: list[tuple[int, dict[str, Any]]]) -> list[RowError]:
        errors: list[RowError] = []
        slugs = {v["site_id"] for _, v in rows if v.get("site_id")}
        sites = dict(Site.objects.filter(slug__in=slugs).values_list("slug", "pk"))
        names = {p for _, v in rows for p in v.get("parties", [])}
        organisations: dict[str, int] = {}
        for pk, external_id, name_en in Organisation.objects.filter(
            Q(external_id__in=names) | Q(name_en__in=names)
        ).values_list("pk", "external_id", "name_en"):
            organisations.setdefault(name_en, pk)
            if external_id:
                organisations[external_id] = pk
        for line, values in rows:
            slug = values.get("site_id")
            if slug and slug not in sites:
                errors.append(RowError(line, "site", f"no site with id {slug!r}"))
            if "site_id" in values:
                values["site_id"] = sites.get(slug) if slug else None
            resolved = []
            for party in values.get("parties", []):
                if party not in organisations:
                    errors.append(RowError(line, "parties", f"no organisation {party!r}"))
                else:
                    resolved.append(organisations[party])
            values["parties"] = resolved
        return errors

    def export_row(self, obj: Agreement) -> dict[str, Any]:
        row = super().export_row(obj)
        row["site"] = obj.site.slug if obj.site_id else ""
        return row

    def related_label(self, related: Organisation) -> str:
        return related.external_id or related.name_en
