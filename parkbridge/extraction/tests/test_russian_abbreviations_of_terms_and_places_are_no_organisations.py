"""Russian abbreviations of economic terms, regimes and places ("МСП", "ГЧП", "ДФО") name no
organisation; an organisation's own acronym still does (sentences written for these
tests)."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.russian import _is_organisation_name


@pytest.mark.parametrize("name", ["МСП", "ГЧП", "ДФО", "НИОКР", "АЗРФ"])
def test_a_terms_abbreviation_is_no_organisation(name: str) -> None:
    assert not _is_organisation_name(name)


def test_an_organisations_acronym_is_still_one() -> None:
    assert _is_organisation_name("РЖД")


def test_an_article_lists_no_term_as_an_organisation() -> None:
    text = (
        "ТВЕРЬ, 4 марта 2025 года.\n\nПоддержка МСП и проекты ГЧП обсуждались на совещании в ДФО.\n"
    )
    assert extract_article(text).organizations == []
