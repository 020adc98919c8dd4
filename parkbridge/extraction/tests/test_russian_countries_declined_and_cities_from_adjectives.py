"""Russian place names: every country by its Russian name and in any case, a city from its
adjective ("томская ОЭЗ" lies in Tomsk), and a territory of advanced development in Russia
(sentences written for these tests)."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.gazetteer import default_gazetteer


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Китая", "CN"),
        ("Индии", "IN"),
        ("Южной Кореи", "KR"),
        ("Саудовской Аравии", "SA"),
        ("Объединенных Арабских Эмиратов", "AE"),
        ("Танзании", "TZ"),  # from pycountry's Russian catalogue, not a hand list
        ("Республики Беларусь", "BY"),
    ],
)
def test_a_russian_country_name_in_any_case_is_that_country(name: str, code: str) -> None:
    assert default_gazetteer().country(name) == code


@pytest.mark.parametrize("word", ["того", "Парк", "Союз", "Москвы", "российской"])
def test_common_words_and_cities_are_no_country(word: str) -> None:
    assert default_gazetteer().country(word) is None


@pytest.mark.parametrize(
    ("adjective", "city"),
    [("томская", "Tomsk"), ("Новосибирской", "Novosibirsk"), ("саратовского", "Saratov")],
)
def test_a_russian_place_adjective_names_its_city(adjective: str, city: str) -> None:
    hit = default_gazetteer().city_of_adjective(adjective)
    assert hit is not None and hit.name == city


def test_a_zone_named_by_a_city_adjective_lies_in_that_city_s_country() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Китайские инвесторы из Китая и Индии посетили томскую особую экономическую зону."
    )
    assert [(s.kind, s.country) for s in facts.sites] == [("sez", "RU")]


def test_a_territory_of_advanced_development_lies_in_russia() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Инвестор из Китая станет резидентом территории опережающего развития «Заречная». "
        "Компания из Китая вложит в проект 2 млрд рублей."
    )
    assert [(s.kind, s.country) for s in facts.sites] == [("tad", "RU")]
