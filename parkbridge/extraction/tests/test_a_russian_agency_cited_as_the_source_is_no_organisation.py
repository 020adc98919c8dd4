"""An agency the text cites as its source ("сообщило национальное информационное агентство
«X»", "сообщает НИАТ «X»") and a body's press service ("Пресс-служба правительства области")
are no organisations (texts written for these tests)."""

from parkbridge.extraction.lexicon import is_government_or_generic
from parkbridge.extraction.reporting import reporting_sources


def test_a_quoted_agency_after_its_description_is_a_source() -> None:
    text = "Об этом сообщило национальное информационное агентство «Вестник»."
    assert "вестник" in reporting_sources(text)


def test_a_quoted_agency_after_its_abbreviation_is_a_source() -> None:
    text = "Об этом сообщает ГИАТ «Вестник» со ссылкой на организаторов."
    assert "гиат вестник" in reporting_sources(text)


def test_a_press_service_is_no_organisation() -> None:
    assert is_government_or_generic("Пресс-служба Правительства Омской области")
    assert is_government_or_generic("the press office")
    assert not is_government_or_generic("Омская торговая палата")
