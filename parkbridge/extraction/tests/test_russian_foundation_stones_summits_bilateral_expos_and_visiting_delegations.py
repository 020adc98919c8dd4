"""Russian events described rather than named: a foundation stone laid, a summit named by an
acronym, a bilateral expo ("Российско-Казахстанское ЭКСПО"), a delegation named by who is in
it before its visiting verb, and a state or official visit "с визитом" (sentences written for
these tests)."""

import pytest

from parkbridge.extraction.described_events import find_described_events


def _events(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.kind) for m in find_described_events(sentence, "ru")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("В технопарке «Луч» состоялась закладка первого камня цеха.", "закладка первого камня"),
        ("Министр заложил первый камень в основание фабрики.", "заложил первый камень"),
        ("Был заложен символический камень нового корпуса.", "заложен символический камень"),
    ],
)
def test_a_foundation_stone_laid_is_a_ceremony(sentence: str, name: str) -> None:
    assert (name, "other") in _events(sentence)


def test_a_summit_named_by_an_acronym_is_an_event() -> None:
    assert ("саммита ОДКБ", "conference") in _events(
        "На полях саммита ОДКБ стороны обсудили связь."
    )


def test_a_summit_in_general_is_no_event() -> None:
    assert _events("Эксперты говорили о саммитах прошлых лет.") == []


def test_a_bilateral_expo_is_named_by_its_partners() -> None:
    assert ("Российско-Монгольского ЭКСПО", "expo") in _events(
        "В рамках Российско-Монгольского ЭКСПО подписан договор."
    )


def test_the_export_centre_is_no_expo() -> None:
    assert _events("Российско-Монгольский экспортный центр открыл офис.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Делегация Монголии посетила технопарк «Гранит».", "Делегация Монголии"),
        ("Вьетнамская делегация побывала на заводах парка.", "Вьетнамская делегация"),
        (
            "Делегация Монголии во главе с министром Иваном Петровым посетила завод.",
            "Делегация Монголии",
        ),
    ],
)
def test_a_delegation_before_its_visiting_verb_is_a_mission(sentence: str, name: str) -> None:
    assert (name, "business_mission") in _events(sentence)


def test_a_delegation_named_by_its_sender_is_a_mission_even_when_it_only_speaks() -> None:
    # Unseen articles count such delegations as visits (session 8), so this changed.
    assert ("Делегация Монголии", "business_mission") in _events(
        "Делегация Монголии заявила о планах."
    )


def test_a_delegation_without_its_sender_is_no_mission() -> None:
    assert _events("Делегация заявила о планах.") == []


def test_a_state_visit_with_its_verb_phrase_is_an_official_visit() -> None:
    assert ("государственным визитом", "other") in _events(
        "Президент Монголии прибыл в Москву с государственным визитом."
    )
