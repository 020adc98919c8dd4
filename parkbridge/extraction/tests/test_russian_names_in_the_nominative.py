"""Russian sites and organisations come out once, in the nominative, however the article
declines them (sentences written for these tests)."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.russian_case import to_nominative


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [
        ("липецкой особой экономической зоны", "липецкая особая экономическая зона"),
        ("индустриальном парке «Ворсино»", "индустриальный парк «Ворсино»"),
        ("свободного порта Находка", "свободный порт Находка"),
        ("Корпорации развития Калужской области", "Корпорация развития Калужской области"),
        ("Уральского федерального университета", "Уральский федеральный университет"),
        ("Союзом машиностроителей", "Союз машиностроителей"),
    ],
)
def test_a_declined_name_is_put_in_the_nominative(declined: str, nominative: str) -> None:
    assert to_nominative(declined) == nominative


@pytest.mark.parametrize(
    "name",
    [
        "технопарк «Сколково»",  # already nominative (inanimate accusative looks the same)
        "свободные экономические зоны",  # nominative plural
        "ОЭЗ Липецка",  # an abbreviation heads the name
        "Хэнань Тяньма Групп",  # a transliterated name is not declined
        "Минпромторг",
    ],
)
def test_a_name_already_in_the_nominative_or_not_declinable_is_kept(name: str) -> None:
    assert to_nominative(name) == name


def test_one_zone_named_in_two_cases_and_two_shapes_is_one_site() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Делегация посетила площадки липецкой особой экономической зоны. "
        "Резидентами ОЭЗ Липецка стали еще три компании."
    )
    assert [s.name for s in facts.sites] == ["липецкая особая экономическая зона"]


def test_an_acronym_in_brackets_is_an_alias_of_the_organisation() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Об этом сообщили в Корпорации развития Северного Кавказа (КРСК). "
        "В КРСК добавили, что проект стоит 2 млрд рублей."
    )
    assert [o.name for o in facts.organizations] == ["Корпорация развития Северного Кавказа"]


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [("Минпромторга России", "Минпромторг России"), ("Минсельхозом", "Минсельхоз")],
)
def test_a_ministry_short_name_is_declined_too(declined: str, nominative: str) -> None:
    assert to_nominative(declined) == nominative


def test_an_export_centre_is_an_organisation_not_an_expo() -> None:
    facts = extract_article(
        "Новости\n\nНа встрече были представители Российского экспортного центра (РЭЦ). "
        "В РЭЦ отметили, что проект важен."
    )
    assert [o.name for o in facts.organizations] == ["Российский экспортный центр"]
    assert facts.events == []
