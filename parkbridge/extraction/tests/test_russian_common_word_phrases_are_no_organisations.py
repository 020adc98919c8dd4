"""A phrase of two or three dictionary words that the tagger took for a name ("Новые
участники") is no organisation; one with an organisation's head, a proper noun, a country's
adjective or a branch ("Сибирское отделение") still can be (phrases written for these
tests)."""

import pytest

from parkbridge.extraction.russian import _is_organisation_name


@pytest.mark.parametrize("name", ["Новые участники", "Крупные инвесторы", "Светлое будущее"])
def test_common_words_alone_are_no_organisation(name: str) -> None:
    assert not _is_organisation_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Фонд развития промышленности",
        "Российские железные дороги",
        "Деловая Россия",
        "Сибирское отделение",
        "Бюро науки",
        "Ростех",
        "компания «Новые участники»",
    ],
)
def test_a_head_a_proper_noun_or_a_country_keeps_a_name(name: str) -> None:
    assert _is_organisation_name(name)
