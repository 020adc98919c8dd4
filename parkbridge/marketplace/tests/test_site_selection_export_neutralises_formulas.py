"""Issue 13, finding 6 through the anonymous site-selection export: a site named like a
formula comes out as text in CSV and as a string cell in XLSX."""

from __future__ import annotations

import csv
import io

NAME = '=HYPERLINK("http://evil.example","Great Park")'


def test_the_anonymous_export_writes_a_formula_name_as_text(registry, project, api):
    from openpyxl import load_workbook

    from parkbridge.sites.models import Site

    Site.objects.filter(slug="great-park").update(name_en=NAME)
    answer = api.post("/api/site-selection/export?format=csv", project)
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8"))))
    assert "'" + NAME in [r["name"] for r in rows]
    answer = api.post("/api/site-selection/export?format=xlsx", project)
    sheet = load_workbook(io.BytesIO(answer.content)).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value == "'" + NAME]
    assert cells and all(c.data_type == "s" for c in cells)
