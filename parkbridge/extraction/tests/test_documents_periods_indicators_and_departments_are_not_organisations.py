"""Capitalised English names that are not organisations (SCHEMA.md): laws and regulations,
fiscal years, economic indicators, programmes, transport works and a company's department
(sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.english_bodies import is_not_a_body


def _orgs(body: str) -> list[str]:
    return [o.name for o in extract_article("Zones in the news\n\n" + body).organizations]


def test_a_regulation_and_its_number_is_no_organisation() -> None:
    assert _orgs("The zone was set up under Government Regulation No. 12 of 2023.") == []


def test_a_fiscal_year_and_an_indicator_are_no_organisations() -> None:
    body = (
        "Exports rose during the Narnian Fiscal Year, lifting the Gross Regional Domestic Product."
    )
    assert _orgs(body) == []


def test_a_programme_and_a_container_depot_are_no_organisations() -> None:
    assert _orgs("Cargo moves through the Kelmora Inland Container Depot.") == []
    assert _orgs("Funds come from the National Export Programme, officials said.") == []


def test_a_department_before_its_head_is_no_organisation() -> None:
    body = "Corporate Marketing and Communication Head, Jane Doe, told reporters that sales grew."
    assert _orgs(body) == []


def test_bodies_named_with_a_head_or_a_company_name_stay_organisations() -> None:
    assert not is_not_a_body("Ministry of Planning")
    assert not is_not_a_body("Orbis Marketing Ltd")
    assert not is_not_a_body("Kelmora Port Authority")
    assert is_not_a_body("Investment Promotion Act")


def test_trade_pacts_frameworks_and_photo_credits_are_no_organisations() -> None:
    assert is_not_a_body("Northern Comprehensive Economic Partnership")
    assert is_not_a_body("Industrial Cooperation Framework")
    assert is_not_a_body("VNX Photo")


def test_a_persons_style_or_office_is_no_organisation() -> None:
    assert is_not_a_body("H.E. Dr")
    assert is_not_a_body("Office of the Governor")
    assert not is_not_a_body("Office of Trade Negotiations")
