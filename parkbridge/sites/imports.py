"""Import sites from CSV / XLSX / JSON (the bundled registry uses the same path)."""

from __future__ import annotations

from typing import Any

from parkbridge.core.imports import (
    Column,
    Importer,
    boolean,
    choice,
    country,
    integer,
    natural_key,
    number,
    sector_codes,
    text,
    text_list,
    web_address,
    year,
)
from parkbridge.sites.models import GeoPrecision, Site, SiteKind, SiteStatus


class SiteImporter(Importer):
    model = Site
    key_field = "slug"
    columns = [
        Column("slug", ("id", "slug"), text(120)),
        Column("name_en", ("name_en", "name"), text(300), required=True),
        Column("name_ru", ("name_ru",), text(300)),
        Column("name_zh", ("name_zh",), text(300)),
        Column("name_local", ("name_local",), text(300)),
        Column("aliases", ("aliases",), text_list),
        Column("kind", ("kind",), choice(SiteKind.values), required=True),
        Column("status", ("status",), choice(SiteStatus.values, default="operating")),
        Column("country", ("country",), country, required=True),
        Column("region", ("region",), text(200)),
        Column("city", ("city",), text(200)),
        Column("latitude", ("latitude", "lat"), number(-90, 90)),
        Column("longitude", ("longitude", "lon", "lng"), number(-180, 180)),
        Column("geo_precision", ("geo_precision",), choice([*GeoPrecision.values], default="")),
        Column("operator_name", ("operator", "operator_name"), text(300)),
        Column("established", ("established", "year"), year),
        Column("area_total_ha", ("area_total_ha", "area_ha"), number()),
        Column("area_free_ha", ("area_free_ha",), number()),
        Column("premises_m2", ("premises_m2",), number()),
        Column("premises_free_m2", ("premises_free_m2",), number()),
        Column("power_mw", ("power_mw",), number()),
        Column("gas_m3h", ("gas_m3h",), number()),
        Column("water_m3day", ("water_m3day",), number()),
        Column("rail_siding", ("rail_siding",), boolean),
        Column("km_to_highway", ("km_to_highway",), number()),
        Column("km_to_airport", ("km_to_airport",), number()),
        Column("km_to_seaport", ("km_to_seaport",), number()),
        Column("km_to_border", ("km_to_border",), number()),
        Column("residents_count", ("residents", "residents_count"), integer()),
        Column("jobs", ("jobs",), integer()),
        Column("land_price_usd_m2", ("land_price_usd_m2",), number()),
        Column("rent_usd_m2_month", ("rent_usd_m2_month",), number()),
        Column("website", ("website",), web_address(500)),
        Column("email", ("email",), text(254)),
        Column("phone", ("phone",), text(50)),
        Column("address", ("address",), text(500)),
        Column("description", ("description",), text(20000)),
        Column("source_urls", ("source_url", "source_urls"), text(5000)),
    ]
    many_to_many = {"sectors": Column("sectors", ("sectors",), sector_codes)}

    def derive_key(self, values: dict[str, Any]) -> str:
        return natural_key(values.get("country", "").lower(), values.get("name_en"))

    def check_row(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        problems = []
        total, free = values.get("area_total_ha"), values.get("area_free_ha")
        if total is not None and free is not None and free > total:
            problems.append(("area_free_ha", f"free area {free:g} ha exceeds total {total:g} ha"))
        if (values.get("latitude") is None) != (values.get("longitude") is None):
            problems.append(("latitude", "latitude and longitude go together"))
        if values.get("latitude") is not None and not values.get("geo_precision"):
            values["geo_precision"] = GeoPrecision.EXACT
        return problems
