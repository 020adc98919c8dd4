from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

URL = "/marketplace/site-selection/"
FORM = {"name": "Sweepers", "sectors": "machinery", "countries": "by, kz", "plot_area_ha": "10"}


def test_the_empty_form_is_shown(client: Client):
    page = client.get(URL)
    assert page.status_code == 200
    assert b'name="plot_area_ha"' in page.content


def test_a_valid_project_shows_the_ranking_table(registry, client: Client):
    page = client.get(URL, FORM)
    assert page.status_code == 200
    text = page.content.decode()
    assert "2 of 4 sites meet" in text
    assert text.index("Great Park") < text.index("Steppe Park") < text.index("Tiny Park")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"plot_area_ha": "-3"}, "must be ≥ 0"),
        ({"countries": "ZZ"}, "unknown country code"),
        ({"power_mw": "lots"}, "Enter a number"),
    ],
)
def test_an_invalid_project_is_shown_again_with_the_error(
    registry, client: Client, change, message
):
    page = client.get(URL, FORM | change)
    assert page.status_code == 422
    assert message in page.content.decode()


def test_ticked_sites_are_compared_and_exported(registry, client: Client):
    query = FORM | {"site": ["great-park", "tiny-park"]}
    page = client.get(URL, query)
    assert "Comparison" in page.content.decode()
    csv = client.get(URL, query | {"export": "csv"})
    assert csv["Content-Type"] == "text/csv; charset=utf-8"
    assert csv.content.decode().splitlines()[0] == "criterion,Great Park,Tiny Park"
    pdf = client.get(URL, FORM | {"export": "pdf"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
