"""Russian: the cabinet ("Кабмин") and a mayoralty are governments (places, SCHEMA), and a
federal agency's short name is put in the nominative ("Росстата" -> "Росстат") (names and
sentences written for these tests)."""

import pytest

from parkbridge.extraction.lexicon import is_government_or_generic
from parkbridge.extraction.russian_case import to_nominative


@pytest.mark.parametrize("name", ["Кабмин", "мэрия Самары", "Мэрия"])
def test_a_cabinet_or_mayoralty_is_a_government(name: str) -> None:
    assert is_government_or_generic(name)


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [("Росстата", "Росстат"), ("Росатоме", "Росатом"), ("Минфину", "Минфин")],
)
def test_a_federal_agency_short_name_is_put_in_the_nominative(
    declined: str, nominative: str
) -> None:
    assert to_nominative(declined) == nominative
