"""The English model (spaCy small pipeline from a PyPI wheel) proposes names; rules dispose."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.english_model import available
from parkbridge.extraction.lexicon import is_outlet

needs_model = pytest.mark.skipif(not available(), reason="spaCy English model not installed")


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


@needs_model
def test_companies_named_without_a_legal_form_are_organisations() -> None:
    orgs = _orgs(
        "Japanese trading companies such as Mitsubishi, Sumitomo and Itochu showed interest "
        "in the new terminal, the minister said."
    )
    assert {"Mitsubishi", "Sumitomo", "Itochu"} <= set(orgs)


@needs_model
def test_an_acronym_given_for_a_known_company_is_not_a_second_organisation() -> None:
    orgs = _orgs(
        "The city and China Harbour Engineering Company, or CHEC, signed a contract on Monday. "
        "CHEC will build the port."
    )
    assert orgs == ["China Harbour Engineering Company"]


def test_news_agencies_and_web_outlets_are_not_organisations() -> None:
    assert is_outlet("Xinhua News Agency") and is_outlet("ИА REGNUM") and is_outlet("TASS")
    assert is_outlet("Example.com") and not is_outlet("China Harbour Engineering Company")
    orgs = _orgs("The Belgian Port Company Ltd signed a lease, Reuters reported.")
    assert "Reuters" not in orgs


@needs_model
def test_a_lone_capitalised_word_without_a_company_cue_is_not_an_organisation() -> None:
    assert _orgs("Officials met at the Kremlin on Tuesday to discuss the zone.") == []
