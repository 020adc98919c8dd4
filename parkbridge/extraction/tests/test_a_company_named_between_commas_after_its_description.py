"""A company named between commas right after its description ("another member company,
X, which …") is an organisation (sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article


def orgs(text: str) -> list[str]:
    return [o["name"] for o in extract_article(text).to_json()["organizations"]]


def test_a_name_between_commas_after_company_is_an_organisation() -> None:
    text = "Another member company, Brightloom Sensorix, which exported to Oman last year, spoke."
    assert orgs(text) == ["Brightloom Sensorix"]


def test_a_clause_after_the_company_is_no_name() -> None:
    assert orgs("The company, which is based in the capital, hired 40 people.") == []
