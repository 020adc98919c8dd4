"""Issue 13, finding 6: a text beginning like a formula (= + - @ tab CR) is exported as
text — an apostrophe in front in CSV and XLSX, and XLSX cells are strings, never formulas —
and the mark comes off when the file is imported again."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parkbridge.core.exports import neutral, write_table
from parkbridge.core.tabular import read_rows, unneutral

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_like_text_becomes_text_in_csv(value):
    out = io.BytesIO()
    write_table([{"name": value}], ["name"], "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue().decode(), newline=""))
    assert row["name"] == "'" + value


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_like_text_is_a_string_cell_in_xlsx(value):
    from openpyxl import load_workbook

    out = io.BytesIO()
    write_table([{"name": value, "jobs": -5}], ["name", "jobs"], "xlsx", out)
    name, jobs = load_workbook(io.BytesIO(out.getvalue())).active[2]
    assert (name.data_type, name.value) == ("s", "'" + value)
    assert (jobs.data_type, jobs.value) == ("n", -5)


@given(st.text(max_size=30))
def test_neutralising_then_importing_gives_the_text_back(value):
    assert unneutral(neutral(value)) == value


def test_an_exported_hostile_name_imports_back_unchanged(tmp_path):
    out = io.BytesIO()
    write_table([{"name": HOSTILE[0]}], ["name"], "csv", out)
    path = tmp_path / "back.csv"
    path.write_bytes(out.getvalue())
    (row,) = read_rows(path, 10_000)
    assert row.values["name"] == HOSTILE[0]


def test_the_site_selection_writers_neutralise_too(tmp_path):
    from openpyxl import load_workbook

    from parkbridge.siteselection.compare import ComparisonTable
    from parkbridge.siteselection.export import to_csv, to_xlsx

    table = ComparisonTable(
        columns=["=cmd|' /C calc'!A0"], site_ids=["x"], rows=[("name", ["@SUM(1)"])]
    )
    text = to_csv(table)
    assert "'=cmd" in text and "'@SUM(1)" in text
    to_xlsx(table, tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert all(c.data_type == "s" for row in sheet.iter_rows() for c in row if c.value)
