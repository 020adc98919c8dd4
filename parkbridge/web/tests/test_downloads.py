"""Every table downloads as CSV or XLSX with the same filters as the page."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_sites_download_as_csv_with_the_page_filters(registry, client_in):
    response = client_in().get("/sites/", {"country": "RU", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="sites.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["slug"] for row in rows] == ["alabuga"]


def test_sites_download_as_xlsx(registry, client_in):
    response = client_in().get("/sites/", {"format": "xlsx"})
    assert response["Content-Type"] == XLSX
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "slug"
    assert {row[0] for row in values[1:]} == {"great-stone", "alabuga", "no-coords"}


@pytest.mark.parametrize(
    "url",
    ["/organisations/", "/events/", "/agreements/", "/targets/", "/bilateral/?a=BY&b=CN"],
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_each_list_downloads_in_both_formats(registry, client_in, url, fmt):
    separator = "&" if "?" in url else "?"
    response = client_in().get(f"{url}{separator}format={fmt}")
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/csv" if fmt == "csv" else XLSX)
    assert response["Content-Disposition"].startswith("attachment;")


@pytest.mark.parametrize("table", ["residents", "incentives", "agreements"])
def test_site_card_tables_download(registry, client_in, table):
    response = client_in().get(f"/sites/{registry.park.slug}/", {"table": table, "format": "csv"})
    assert response.status_code == 200
    assert len(list(csv.reader(io.StringIO(response.content.decode())))) == 2


def test_event_tables_and_target_trajectory_download(registry, client_in):
    client = client_in()
    response = client.get(f"/events/{registry.mission.pk}/?table=participants&format=csv")
    assert "Harbin Machinery" in response.content.decode()
    response = client.get(f"/targets/{registry.target.pk}/?format=csv")
    assert response.content.decode().splitlines()[0] == "year,actual,required"


def test_unknown_format_or_table_is_refused(registry, client_in):
    response = client_in().get("/sites/", {"format": "exe"})
    assert response.status_code == 400
    assert "csv or xlsx" in response.content.decode()
    response = client_in().get(
        f"/sites/{registry.park.slug}/", {"table": "secrets", "format": "csv"}
    )
    assert response.status_code == 404
