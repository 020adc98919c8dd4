import io

import pytest
from openpyxl import load_workbook

from parkbridge.core.exports import write_table
from parkbridge.sites.imports import SiteImporter
from parkbridge.sites.models import Site


def export(fmt: str) -> bytes:
    importer = SiteImporter()
    buffer = io.BytesIO()
    rows = (importer.export_row(s) for s in Site.objects.prefetch_related("sectors"))
    write_table(rows, importer.export_header(), fmt, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_an_export_imports_back_unchanged(make_site, tmp_path, fmt):
    make_site(name_ru="Парк", sectors=["logistics"], area_total_ha=12.5, rail_siding=True)
    make_site(country="CN", name_zh="工业园", latitude=None, longitude=None)
    before = list(Site.objects.order_by("slug").values())
    path = tmp_path / f"sites.{fmt}"
    path.write_bytes(export(fmt))
    report = SiteImporter().run(path)
    assert (report.created, report.updated) == (0, 2)
    after = list(Site.objects.order_by("slug").values())
    strip = lambda rows: [{k: v for k, v in r.items() if k != "updated"} for r in rows]  # noqa: E731
    assert strip(after) == strip(before)


def test_geojson_export_has_a_point_per_located_site(make_site):
    make_site(latitude=53.9, longitude=27.5)
    make_site(latitude=None, longitude=None)
    import json

    collection = json.loads(export("geojson"))
    assert [f["geometry"]["coordinates"] for f in collection["features"]] == [[27.5, 53.9]]


def test_xlsx_export_has_the_import_header(make_site):
    make_site()
    sheet = load_workbook(io.BytesIO(export("xlsx"))).active
    assert [c.value for c in sheet[1]][:3] == ["id", "name_en", "name_ru"]
