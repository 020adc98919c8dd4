"""A phrase of two or three dictionary words that the tagger took for a name ("Новые
участники") is no organisation; one with an organisation's head, a proper noun, a country's
adjective or a branch ("Сибирское отделение") still can be (phrases written for these
tests)."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.russian import _common_words_only


@pytest.mark.parametrize("name", ["Новые участники", "Крупные инвесторы", "Светлое будущее"])
def test_common_words_alone_are_no_organisation(name: str) -> None:
    assert _common_words_only(name.split())


@pytest.mark.parametrize(
    "name",
    [
        "Фонд развития промышленности",
        "Российские железные дороги",
        "Деловая Россия",
        "Сибирское отделение",
        "Бюро науки",
        "Ростех",
    ],
)
def test_a_head_a_proper_noun_or_a_country_keeps_a_name(name: str) -> None:
    assert not _common_words_only(name.split())


def test_a_quoted_name_of_common_words_is_an_organisation() -> None:
    text = "ТВЕРЬ, 4 марта 2025 года.\n\nКомпания «Светлое будущее» построит завод в Твери.\n"
    assert any("Светлое будущее" in o.name for o in extract_article(text).organizations)
