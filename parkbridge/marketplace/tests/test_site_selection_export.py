from __future__ import annotations

import csv
import io
import zipfile

import pytest

pytestmark = pytest.mark.django_db


def test_the_ranking_exports_as_csv(registry, project, api):
    answer = api.post("/api/site-selection/export?format=csv", project)
    assert answer.status_code == 200
    assert answer["Content-Type"] == "text/csv; charset=utf-8"
    assert answer["Content-Disposition"].startswith("attachment; filename=")
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8"))))
    assert [r["site_id"] for r in rows] == ["great-park", "steppe-park"]


def test_the_ranking_exports_as_xlsx(registry, project, api):
    from openpyxl import load_workbook

    answer = api.post("/api/site-selection/export?format=xlsx", project)
    assert answer.status_code == 200
    assert answer["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert zipfile.is_zipfile(io.BytesIO(answer.content))
    sheet = load_workbook(io.BytesIO(answer.content)).active
    assert sheet.cell(row=2, column=2).value == "great-park"


def test_the_comparison_exports_as_pdf(registry, project, api):
    answer = api.post(
        "/api/site-selection/export?format=pdf&site_ids=great-park&site_ids=steppe-park", project
    )
    assert answer.status_code == 200
    assert answer["Content-Type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF")


def test_an_unknown_format_or_a_bad_project_is_422(registry, project, api):
    assert api.post("/api/site-selection/export?format=docx", project).status_code == 422
    bad = api.post("/api/site-selection/export?format=csv", project | {"plot_area_ha": -1})
    assert bad.status_code == 422 and "plot_area_ha" in bad.json()["detail"]
