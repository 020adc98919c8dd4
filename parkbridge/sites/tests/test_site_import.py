import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from parkbridge.core.imports import ImportRejected
from parkbridge.core.tabular import ImportFileError
from parkbridge.sites.imports import SiteImporter
from parkbridge.sites.models import Site

HEADER = "id,name_en,name_ru,kind,country,city,area_ha,sectors,latitude,longitude\n"
GOOD_ROWS = (
    "by-test-a,Park A,Парк А,industrial_park,BY,Minsk,120,logistics;electronics,53.9,27.56\n"
    "ru-test-b,Park B,,technopark,RU,Kazan,,it,,\n"
)


def csv_file(tmp_path: Path, body: str, name: str = "sites.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def rejected(path: Path) -> ImportRejected:
    with pytest.raises(ImportRejected) as caught:
        SiteImporter().run(path)
    return caught.value


def test_a_good_file_creates_every_site_with_its_sectors(db, tmp_path):
    report = SiteImporter().run(csv_file(tmp_path, GOOD_ROWS))
    assert (report.created, report.updated) == (2, 0)
    park = Site.objects.get(slug="by-test-a")
    assert park.area_total_ha == 120
    assert park.name_ru == "Парк А"
    assert sorted(s.code for s in park.sectors.all()) == ["electronics", "logistics"]
    assert park.geo_precision == "exact"


def test_importing_the_same_file_again_updates_instead_of_duplicating(db, tmp_path):
    SiteImporter().run(csv_file(tmp_path, GOOD_ROWS))
    changed = GOOD_ROWS.replace("120", "150").replace("logistics;electronics", "logistics")
    report = SiteImporter().run(csv_file(tmp_path, changed))
    assert (report.created, report.updated) == (0, 2)
    assert Site.objects.count() == 2
    park = Site.objects.get(slug="by-test-a")
    assert park.area_total_ha == 150
    assert [s.code for s in park.sectors.all()] == ["logistics"]


def test_rows_without_an_id_are_keyed_by_country_and_name(db, tmp_path):
    body = ",Park C,,sez,KZ,Almaty,,,,\n"
    SiteImporter().run(csv_file(tmp_path, body))
    SiteImporter().run(csv_file(tmp_path, body))
    assert Site.objects.filter(name_en="Park C").count() == 1


@pytest.mark.parametrize(
    ("bad_row", "field", "message"),
    [
        ("by-x,Park X,,industrial_park,XX,Minsk,10,,,\n", "country", "unknown country code"),
        ("by-x,Park X,,industrial_park,BY,Minsk,ten,,,\n", "area_ha", "is not a number"),
        ("by-x,,,industrial_park,BY,Minsk,10,,,\n", "name_en", "missing"),
        ("by-x,Park X,,spaceport,BY,Minsk,10,,,\n", "kind", "is not one of"),
        ("by-x,Park X,,industrial_park,BY,Minsk,-5,,,\n", "area_ha", "below 0"),
        ("by-x,Park X,,industrial_park,BY,Minsk,10,,95,27\n", "latitude", "above 90"),
        ("by-test-a,Park X,,industrial_park,BY,Minsk,10,,,\n", "id", "duplicate id 'by-test-a'"),
    ],
)
def test_a_bad_row_names_its_line_and_field_and_changes_nothing(
    db, tmp_path, bad_row, field, message
):
    SiteImporter().run(csv_file(tmp_path, GOOD_ROWS))
    before = list(Site.objects.order_by("slug").values_list("slug", "area_total_ha"))
    error = rejected(csv_file(tmp_path, GOOD_ROWS.replace("120", "999") + bad_row))
    assert [(e.line, e.field) for e in error.errors] == [(4, field)]
    assert message in str(error)
    assert "line 4" in str(error)
    assert list(Site.objects.order_by("slug").values_list("slug", "area_total_ha")) == before


def test_a_wrongly_encoded_file_changes_nothing(db, tmp_path):
    path = tmp_path / "sites.csv"
    path.write_bytes((HEADER + GOOD_ROWS).encode("utf-16"))
    with pytest.raises(ImportFileError):
        SiteImporter().run(path)
    assert Site.objects.count() == 0


def test_an_oversized_file_changes_nothing(db, tmp_path, settings):
    settings.PARKBRIDGE_IMPORT_MAX_BYTES = 50
    with pytest.raises(ImportFileError, match="import limit"):
        SiteImporter().run(csv_file(tmp_path, GOOD_ROWS))
    assert Site.objects.count() == 0


def test_an_unknown_column_is_reported(db, tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text("id,name_en,kind,country,colour\nx,X,sez,BY,red\n", encoding="utf-8")
    error = rejected(path)
    assert error.errors[0].field == "colour"


def test_free_area_above_total_is_refused(db, tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text(
        "id,name_en,kind,country,area_total_ha,area_free_ha\nx,X,sez,BY,10,20\n", encoding="utf-8"
    )
    assert rejected(path).errors[0].field == "area_free_ha"


def test_xlsx_and_json_files_import_like_csv(db, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["id", "name_en", "kind", "country", "area_ha"])
    sheet.append(["uz-x", "Navoi FEZ", "fez", "UZ", 564])
    workbook.save(tmp_path / "sites.xlsx")
    (tmp_path / "sites.json").write_text(
        json.dumps([{"id": "kz-y", "name_en": "Astana IT", "kind": "sez", "country": "KZ"}])
    )
    SiteImporter().run(tmp_path / "sites.xlsx")
    SiteImporter().run(tmp_path / "sites.json")
    assert Site.objects.get(slug="uz-x").area_total_ha == 564
    assert Site.objects.filter(slug="kz-y").exists()


def test_an_error_in_xlsx_names_the_spreadsheet_row(db, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["id", "name_en", "kind", "country"])
    sheet.append(["a", "A", "fez", "UZ"])
    sheet.append(["b", "B", "fez", "ZZ"])
    workbook.save(tmp_path / "sites.xlsx")
    assert rejected(tmp_path / "sites.xlsx").errors[0].line == 3
