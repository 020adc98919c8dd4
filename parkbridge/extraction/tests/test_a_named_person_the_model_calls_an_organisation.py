"""A run of name words that the model tags as an organisation is a person when a role stands
in apposition after it (sentences written for these tests)."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.english_model import EnglishModel, available
from parkbridge.extraction.gazetteer import default_gazetteer

needs_model = pytest.mark.skipif(not available(), reason="spaCy English model not installed")


def test_name_words_before_a_role_apposition_are_a_person() -> None:
    model = EnglishModel(default_gazetteer())
    s = "The summit heard Ernesto Ramiro Valdez Soria, President of the Senate, on tariffs."
    m = model._classify("ORG", "Ernesto Ramiro Valdez Soria", s, s.index(","))
    assert m is not None and m.category == "people"


def test_a_company_before_a_role_apposition_stays_an_organisation() -> None:
    model = EnglishModel(default_gazetteer())
    s = "The deal was signed by Nordwind Logistics Ltd, Chairman of the board said."
    m = model._classify("ORG", "Nordwind Logistics Ltd", s, s.index(","))
    assert m is not None and m.category == "organizations"


@needs_model
def test_in_an_article_the_person_is_listed_and_no_organisation_is() -> None:
    text = (
        "The forum was attended by Ernesto Ramiro Valdez Soria, President of the Senate, and "
        "leaders of free zones."
    )
    j = extract_article(text).to_json()
    assert "Ernesto Ramiro Valdez Soria" not in [o["name"] for o in j["organizations"]]
