"""On PostgreSQL, "names beginning with the query" are read off a key-line table that triggers
keep in step with the records: every way a record's names change (save, bulk update, delete,
truncate, a large import that rebuilds the lines in one pass) leaves the lines equal to the
records' search keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.apps import apps
from django.db import connection

from parkbridge.core import bulk
from parkbridge.core.models import MultilingualNamed
from parkbridge.core.search_index import key_line_table
from parkbridge.sites.imports import SiteImporter
from parkbridge.sites.models import Site

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="key-line tables are PostgreSQL's"
)


def _stored_lines(table: str) -> set[tuple[int, str]]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT record_id, line FROM {key_line_table(table)}")
        return set(cursor.fetchall())


def _expected_lines(model) -> set[tuple[int, str]]:  # noqa: ANN001
    return {
        (pk, line)
        for pk, keys in model.objects.values_list("pk", "search_keys")
        for line in keys.split("\n")
        if line
    }


def _assert_in_step() -> None:
    assert _stored_lines("sites_site") == _expected_lines(Site)


def test_every_searchable_table_has_a_key_line_table(db):
    searchable = [
        m for m in apps.get_models() if issubclass(m, MultilingualNamed) and not m._meta.proxy
    ]
    assert searchable
    tables = set(connection.introspection.table_names())
    for model in searchable:
        assert key_line_table(model._meta.db_table) in tables, model


def test_saving_renaming_and_deleting_keep_the_lines_in_step(make_site):
    park = make_site(name_en="Minsk Park", name_ru="Минский парк")
    other = make_site(name_en="Great Stone")
    _assert_in_step()
    park.name_en = "Brest Park"
    park.save()
    _assert_in_step()
    assert not any(line.startswith("minsk park") for _, line in _stored_lines("sites_site"))
    Site.objects.filter(pk=other.pk).update(search_keys="renamed in bulk")
    _assert_in_step()
    park.delete()
    _assert_in_step()
    assert {pk for pk, _ in _stored_lines("sites_site")} == {other.pk}


def test_a_change_that_leaves_the_names_alone_keeps_the_lines(make_site):
    park = make_site(name_en="Minsk Park")
    with connection.cursor() as cursor:
        cursor.execute("SELECT ctid FROM sites_site_key_line ORDER BY ctid")
        before = cursor.fetchall()
        park.phone = "+375 17 000"
        park.save()
        cursor.execute("SELECT ctid FROM sites_site_key_line ORDER BY ctid")
        assert cursor.fetchall() == before  # not rewritten


def test_truncating_the_records_empties_the_lines(make_site):
    make_site(name_en="Minsk Park")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # what a flush between tests does
        cursor.execute("TRUNCATE sites_site CASCADE")
    assert _stored_lines("sites_site") == set()


def test_a_large_import_rebuilds_the_lines_and_the_search_finds_them(
    api, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(bulk, "SUSPEND_SEARCH_INDEXES_AT", 3)
    path = tmp_path / "sites.csv"
    rows = [f"bulk-{i},Zubr Park {i},Зубр {i},sez,BY,,,,," for i in range(5)]
    path.write_text(
        "id,name_en,name_ru,kind,country,city,area_ha,sectors,latitude,longitude\n"
        + "\n".join(rows)
        + "\n",
        encoding="utf-8",
    )
    SiteImporter().run(path)
    _assert_in_step()
    names = [s["name_en"] for s in api.get("/api/sites", {"q": "zubr"}).json()["items"]]
    assert names == [f"Zubr Park {i}" for i in range(5)]
    # The trigger is back on after the import.
    site = Site.objects.get(slug="bulk-0")
    site.name_en = "Bison Park"
    site.save()
    _assert_in_step()
