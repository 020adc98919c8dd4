"""Site selection's reasons, failed requirements and comparison are said in the reader's
language (the exports and the API keep the English sentences)."""

from __future__ import annotations

import pytest
from django.test import Client

QUERY = (
    "/marketplace/site-selection/?name=Plant&countries=by%2C+ru&plot_area_ha=10"
    "&power_mw=50&rail_siding=on&site={a}&site={b}"
)


@pytest.fixture
def page_in(registry):
    def get(language: str) -> str:
        client = Client()
        client.cookies["django_language"] = language
        response = client.get(QUERY.format(a=registry.park.slug, b=registry.zone.slug))
        assert response.status_code == 200
        return response.content.decode()

    return get


def test_reasons_and_the_comparison_are_in_russian(page_in):
    html = page_in("ru")
    assert "свободная площадь" in html
    assert "Обоснование" in html  # the comparison's "Reasons" row
    for english in ("free area", "rail siding", "capacity not stated", "incentive regime"):
        assert english not in html


def test_reasons_are_in_chinese(page_in):
    html = page_in("zh-hans")
    assert "空闲面积" in html
    assert "free area" not in html


def test_the_english_page_reads_as_before_and_names_kinds_not_codes(page_in):
    html = page_in("en")
    assert "free area" in html
    assert "industrial_park" not in html


def test_the_csv_export_keeps_the_english_sentences(registry):
    client = Client()
    client.cookies["django_language"] = "ru"
    url = QUERY.format(a=registry.park.slug, b=registry.zone.slug) + "&export=csv"
    assert "free area" in client.get(url).content.decode()


def test_why_a_regime_applies_is_said_in_russian(registry, page_in):
    from parkbridge.sites.models import Incentive

    Incentive.objects.create(
        country="BY",
        applies_to_kind="industrial_park",
        scope="country",
        regime_code="by-ip",
        regime_name="Industrial park regime",
        tax="profit_tax",
        benefit="exemption",
        rate_percent=0,
        standard_rate_percent=20,
        duration_years=10,
    )
    html = page_in("ru")
    assert "общенациональный режим" in html
    assert "Индустриальный парк" in html
    assert "national regime for every" not in html
