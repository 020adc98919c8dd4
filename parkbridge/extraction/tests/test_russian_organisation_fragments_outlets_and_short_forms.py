"""Russian organisations: what the tagger marks but is no name (a bare head noun, a sentence's
opening words, a channel, an outlet's office), and one organisation under a short form or an
acronym (sentences written for these tests)."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.reporting import is_venue
from parkbridge.extraction.russian import _expands, _is_organisation_name


@pytest.mark.parametrize(
    "name",
    [
        "Фонд",  # "вице-президент Фонда" refers back to a foundation named before
        "Союза",
        "Благодаря поддержке",  # a preposition opens the sentence, not a name
        "Telegram-канал",
        "Ъ",
        "Региональный пресс-центр «ТАСС Сибирь»",  # an outlet's office is the outlet
    ],
)
def test_a_fragment_a_bare_head_or_an_outlet_is_no_organisation_name(name: str) -> None:
    assert not _is_organisation_name(name)


@pytest.mark.parametrize(
    "name",
    ["Фонд развития промышленности", "КРДВ Приморье", "ООО «Полимер»", "Сбербанк", "РЖД"],
)
def test_a_named_organisation_is_kept(name: str) -> None:
    assert _is_organisation_name(name)


def _words(name: str) -> list[str]:
    return name.split()


def test_an_acronym_in_the_middle_of_a_name_expands_to_the_other_name() -> None:
    short = _words("Союз ТПП Сибири")
    assert _expands(short, _words("Союз торгово-промышленных палат Сибири"))
    assert not _expands(short, _words("Союз машиностроителей Сибири"))


def test_the_last_words_of_a_company_name_are_that_company() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Договор подписал руководитель ООО «Хлебозавод Колос» Иван Петров. "
        "На площадке начнется строительство нового цеха «Колос»."
    )
    names = [o.name for o in facts.organizations]
    assert names == ["ООО «Хлебозавод Колос»"]


def test_the_management_company_of_a_park_the_article_names_is_that_park() -> None:
    facts = extract_article(
        "Новости\n\n"
        "В Самаре расширят Волжский индустриальный парк. Договор подписал директор "
        "ООО «Управляющая компания „Волжский индустриальный парк“» Олег Смирнов."
    )
    assert [s.kind for s in facts.sites] == ["industrial_park"]
    assert facts.organizations == []


@pytest.mark.parametrize(
    "name", ["Центр международной торговли", "пресс-центр агентства", "отель «Заря»"]
)
def test_a_russian_venue_is_named_head_first(name: str) -> None:
    assert is_venue(name)
