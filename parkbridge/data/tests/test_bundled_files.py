"""The bundled starting registry (sites.csv) and article facts (articles.json) are well formed.

These files are what a fresh install loads, so every reference in them must resolve and every
code must be a real one; the checks read only the committed files.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest

DATA = Path(__file__).resolve().parent.parent
SITES_CSV = DATA / "sites.csv"
ARTICLES_JSON = DATA / "articles.json"

SITE_COLUMNS = [
    "id",
    "name_en",
    "name_ru",
    "name_zh",
    "name_local",
    "kind",
    "status",
    "country",
    "region",
    "city",
    "latitude",
    "longitude",
    "geo_precision",
    "established",
    "sectors",
    "operator",
    "area_ha",
    "residents",
    "source_url",
]
SITE_KINDS = {
    "technopark",
    "industrial_park",
    "science_park",
    "sez",
    "fez",
    "tad",
    "free_port",
    "high_tech_zone",
    "cluster",
    "other",
}
STATUSES = {"planned", "building", "operating", "closed"}
PRECISIONS = {"city", "region", "country"}
ORG_KINDS = {
    "company",
    "agency",
    "association",
    "university",
    "fund",
    "exchange",
    "ministry",
    "government",
    "other",
}
EVENT_KINDS = {"forum", "expo", "business_mission", "conference", "other"}
AGREEMENT_KINDS = {"mou", "cooperation", "investment", "supply", "jv", "other"}
AGREEMENT_STATUSES = {"signed", "planned"}
QUALIFIERS = {"exact", "more_than", "at_least", "about", "up_to", "less_than"}
SLUG_RE = re.compile(r"[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*")
NUMBER_RE = re.compile(r"\d+(\.\d+)?")
# Facts only: a string longer than this would be copied prose, not a name or a title.
MAX_TEXT = 200


def is_country(code: object) -> bool:
    return (
        isinstance(code, str)
        and len(code) == 2
        and pycountry.countries.get(alpha_2=code) is not None
    )


def is_subdivision(code: object) -> bool:
    return isinstance(code, str) and pycountry.subdivisions.get(code=code) is not None


def parses_as_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@cache
def site_rows() -> tuple[dict[str, str], ...]:
    with SITES_CSV.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@cache
def articles() -> dict[str, Any]:
    return json.loads(ARTICLES_JSON.read_text(encoding="utf-8"))


def all_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in all_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in all_strings(v)]
    return []


# --- sites.csv ---------------------------------------------------------------------------


def test_sites_csv_has_the_agreed_columns_in_order() -> None:
    with SITES_CSV.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == SITE_COLUMNS


def test_sites_csv_is_not_empty_and_ids_are_unique_slugs_prefixed_by_country() -> None:
    rows = site_rows()
    assert len(rows) > 100
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert SLUG_RE.fullmatch(r["id"]), r["id"]
        assert r["id"].startswith(r["country"].lower() + "-"), r["id"]


@pytest.mark.parametrize("column", ["kind", "status", "geo_precision"])
def test_every_site_has_an_allowed_kind_status_and_precision(column: str) -> None:
    allowed = {"kind": SITE_KINDS, "status": STATUSES, "geo_precision": PRECISIONS}[column]
    bad = {r["id"]: r[column] for r in site_rows() if r[column] not in allowed}
    assert not bad


def test_every_site_country_is_an_iso_3166_alpha_2_code() -> None:
    assert not [r["id"] for r in site_rows() if not is_country(r["country"])]


def test_every_site_has_coordinates_in_range() -> None:
    for r in site_rows():
        lat, lon = float(r["latitude"]), float(r["longitude"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r["id"]
        assert (lat, lon) != (0.0, 0.0), r["id"]


def test_sites_have_names_and_sources() -> None:
    for r in site_rows():
        assert r["name_en"].strip(), r["id"]
        assert r["source_url"].strip(), r["id"]


def test_site_numbers_and_years_are_well_formed() -> None:
    this_year = dt.date.today().year
    for r in site_rows():
        if r["established"]:
            assert 1800 <= int(r["established"]) <= this_year + 1, r["id"]
        if r["area_ha"]:
            assert NUMBER_RE.fullmatch(r["area_ha"]), r["id"]
        if r["residents"]:
            assert r["residents"].isdigit(), r["id"]


def test_sectors_are_lowercase_and_semicolon_separated() -> None:
    for r in site_rows():
        sectors = r["sectors"]
        assert sectors == sectors.lower() and "," not in sectors, r["id"]
        assert all(s.strip() == s and s for s in sectors.split(";")) or not sectors, r["id"]


def test_russian_and_chinese_names_are_in_their_scripts() -> None:
    for r in site_rows():
        if r["name_ru"]:
            assert re.search("[\u0400-\u04ff]", r["name_ru"]), r["id"]
        if r["name_zh"]:
            assert re.search("[\u4e00-\u9fff]", r["name_zh"]), r["id"]


def test_a_country_precision_is_a_minority_of_the_registry() -> None:
    # Regression guard for the offline geocoder: most parks must resolve to a city.
    rows = site_rows()
    city = sum(r["geo_precision"] == "city" for r in rows)
    country = sum(r["geo_precision"] == "country" for r in rows)
    assert city > len(rows) / 2
    assert country < len(rows) / 20


# --- articles.json -----------------------------------------------------------------------

SECTIONS = ("sources", "sites", "organisations", "people", "events", "agreements", "figures")


def test_articles_json_has_every_section_as_a_list() -> None:
    data = articles()
    for key in (*SECTIONS, "targets"):
        assert isinstance(data.get(key), list), key


def test_article_sources_have_unique_keys_and_valid_dates() -> None:
    sources = articles()["sources"]
    keys = [s["key"] for s in sources]
    assert len(keys) == len(set(keys))
    for s in sources:
        assert s["kind"] == "article" and s["title"]
        assert s["published"] is None or parses_as_date(s["published"]), s["key"]
        assert pycountry.languages.get(alpha_2=s["language"]) is not None, s["key"]


def test_every_article_entity_names_an_existing_source() -> None:
    data = articles()
    keys = {s["key"] for s in data["sources"]}
    for section in SECTIONS[1:] + ("targets",):
        for item in data[section]:
            assert item["source"] in keys, (section, item)


def test_article_sites_have_valid_kinds_countries_and_slugs() -> None:
    for site in articles()["sites"]:
        assert SLUG_RE.fullmatch(site["slug"]), site["slug"]
        assert site["slug"].startswith(site["country"].lower() + "-"), site["slug"]
        assert site["kind"] in SITE_KINDS and is_country(site["country"]), site["slug"]
        assert site["name_en"] and isinstance(site["aliases"], list), site["slug"]


def test_article_sites_already_in_the_registry_agree_with_it() -> None:
    registry = {r["id"]: r for r in site_rows()}
    for site in articles()["sites"]:
        row = registry.get(site["slug"])
        if row is not None:
            assert (site["kind"], site["country"]) == (row["kind"], row["country"]), site["slug"]


def test_organisations_are_unique_with_valid_kinds_and_countries() -> None:
    orgs = articles()["organisations"]
    names = [o["name_en"] for o in orgs]
    assert len(names) == len(set(names))
    for o in orgs:
        assert o["kind"] in ORG_KINDS and is_country(o["country"]), o["name_en"]


def test_people_reference_existing_organisations() -> None:
    data = articles()
    orgs = {o["name_en"] for o in data["organisations"]}
    for person in data["people"]:
        assert person["name"] and person["role"]
        assert person["organisation"] is None or person["organisation"] in orgs, person
        # Gold facts give people without a country: unknown stays unknown.
        assert person["country"] is None or is_country(person["country"]), person


def _site_slugs() -> set[str]:
    return {r["id"] for r in site_rows()} | {s["slug"] for s in articles()["sites"]}


def test_events_have_valid_kinds_dates_organisers_and_site_visits() -> None:
    data = articles()
    orgs = {o["name_en"] for o in data["organisations"]}
    slugs = _site_slugs()
    for event in data["events"]:
        assert event["kind"] in EVENT_KINDS, event["name"]
        assert event["country"] is None or is_country(event["country"]), event["name"]
        assert all(is_country(c) for c in event.get("delegations", [])), event["name"]
        for key in ("start", "end"):
            assert event[key] is None or parses_as_date(event[key]), event["name"]
        if event["start"] and event["end"]:
            assert event["start"] <= event["end"], event["name"]
        assert event["edition"] is None or (
            isinstance(event["edition"], int) and event["edition"] > 0
        )
        assert set(event["organisers"]) <= orgs, event["name"]
        assert set(event["site_visits"]) <= slugs, event["name"]
        for stat in event["statistics"]:
            assert isinstance(stat["value"], int | float) and stat["qualifier"] in QUALIFIERS


def test_agreements_reference_existing_parties_sites_and_events() -> None:
    data = articles()
    orgs = {o["name_en"] for o in data["organisations"]}
    events = {e["name"] for e in data["events"]}
    slugs = _site_slugs()
    for agreement in data["agreements"]:
        assert agreement["kind"] in AGREEMENT_KINDS, agreement["title"]
        assert agreement["status"] in AGREEMENT_STATUSES, agreement["title"]
        assert set(agreement["parties"]) <= orgs, agreement["title"]
        assert set(agreement.get("sites", [])) <= slugs, agreement["title"]
        assert agreement["event"] is None or agreement["event"] in events, agreement["title"]
        assert agreement["signed_on"] is None or parses_as_date(agreement["signed_on"])
        if agreement["count"] is not None:
            assert isinstance(agreement["count"], int) and agreement["count"] > 0
            assert agreement["count_qualifier"] in QUALIFIERS


def test_figures_have_a_known_scope_qualifier_and_date() -> None:
    data = articles()
    scopes = {e["name"] for e in data["events"]} | _site_slugs()
    scopes |= {o["name_en"] for o in data["organisations"]}
    generated = {s["key"] for s in data["sources"] if s.get("generated")}
    for figure in data["figures"]:
        assert isinstance(figure["value"], int | float) and figure["unit"], figure
        assert figure["qualifier"] in QUALIFIERS, figure
        scope = figure["scope"]
        known = is_country(scope) or is_subdivision(scope) or scope in scopes
        # A corpus fact keeps the scope its article names when it is no registry record
        # (a region, a group of zones), as its gold file reads.
        assert known or (figure["source"] in generated and 0 < len(scope) <= MAX_TEXT), figure
        assert figure["date"] is None or parses_as_date(figure["date"]), figure


def test_targets_have_a_deadline_and_a_valid_site_filter() -> None:
    for target in articles()["targets"]:
        assert parses_as_date(target["deadline"]), target["title"]
        assert target["qualifier"] in QUALIFIERS and target["scope"], target["title"]
        site_filter = target["site_filter"]
        # An empty filter: progress comes from indicator values, not from counting sites.
        if site_filter:
            assert set(site_filter["kind"]) <= SITE_KINDS
            assert is_country(site_filter["country"])


def _without_quotes(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_quotes(v) for k, v in value.items() if k != "quote"}
    if isinstance(value, list):
        return [_without_quotes(v) for v in value]
    return value


def test_article_facts_hold_no_copied_prose() -> None:
    too_long = [s for s in all_strings(_without_quotes(articles())) if len(s) > MAX_TEXT]
    assert not too_long


def _quotes(value: object) -> list[str]:
    if isinstance(value, dict):
        return [v for k, v in value.items() if k == "quote" and v] + _quotes(list(value.values()))
    if isinstance(value, list):
        return [q for v in value for q in _quotes(v)]
    return []


def test_a_provenance_quote_is_one_sentence_not_a_passage() -> None:
    quotes = _quotes(articles())
    assert quotes
    assert not [q for q in quotes if len(q) > 300 or "\n" in q]
