"""Russian: a superlative adjective keeps its own word in the nominative ("Высшей школы" ->
"Высшая школа"), and a person named after "директор технопарка" is no site name (sentences
written for these tests)."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.russian_case import to_nominative


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [
        ("Высшей школы экономики", "Высшая школа экономики"),
        ("Старейшего университета", "Старейший университет"),
        ("Уральского федерального университета", "Уральский федеральный университет"),
    ],
)
def test_an_adjective_is_put_in_the_nominative_of_its_own_word(
    declined: str, nominative: str
) -> None:
    assert to_nominative(declined) == nominative


def test_a_person_after_a_technopark_head_is_no_technopark() -> None:
    facts = extract_article(
        "Новости\n\nДиректор технопарка Сергей Кузнецов рассказал о новых резидентах."
    )
    assert facts.sites == []
    assert [p.name for p in facts.people] == ["Сергей Кузнецов"]


def test_a_name_after_a_technopark_head_is_still_a_technopark() -> None:
    facts = extract_article("Новости\n\nРезидентами технопарка Анкудиновка стали 12 компаний.")
    assert [s.kind for s in facts.sites] == ["technopark"]
