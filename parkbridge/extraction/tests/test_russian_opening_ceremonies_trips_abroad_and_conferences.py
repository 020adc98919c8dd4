"""Russian events: a ceremonial opening, an official's working trip abroad, a visit to a
province named after its kind word, and a conference named by capitalised adjectives
(sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.described_events import find_described_events


def _events(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.kind) for m in find_described_events(sentence, "ru")]


def test_a_ceremonial_opening_is_a_ceremony() -> None:
    assert ("Торжественное открытие технопарка", "other") in _events(
        "Торжественное открытие технопарка прошло в среду."
    )


def test_an_opening_without_ceremony_is_no_event() -> None:
    assert _events("Открытие технопарка запланировано на осень.") == []


def test_a_working_trip_is_described_as_an_event() -> None:
    assert ("рабочую поездку в Монголию", "other") in _events(
        "Губернатор совершил рабочую поездку в Монголию."
    )


def test_a_working_trip_inside_the_country_is_an_official_visit_in_russian_news() -> None:
    # Russian news reports an official's working trip to a region as an official visit, and
    # annotators count it (an English "working visit" at home stays no event).
    text = "ОМСК, 3 апреля 2025 года.\n\nГубернатор совершил рабочую поездку в Тару.\n"
    assert [e.name for e in extract_article(text).events] == ["рабочую поездку в Тару"]


def test_a_visit_to_a_province_named_after_its_kind_word_is_found() -> None:
    names = [n for n, _ in _events("Визит губернатора в провинцию Ляонин прошел успешно.")]
    assert names == ["Визит губернатора в провинцию Ляонин"]


def test_a_conference_named_by_capitalised_adjectives_is_an_event() -> None:
    text = (
        "ОМСК, 3 апреля 2025 года.\n\n"
        "Вторая российско-монгольская конференция по кооперации прошла в Омске.\n"
    )
    names = [e.name for e in extract_article(text).events]
    assert names == ["Вторая российско-монгольская конференция"]


def test_a_trade_mission_abroad_is_a_business_mission() -> None:
    assert ("Торгово-экономическая миссия Твери в Монголию", "business_mission") in _events(
        "Торгово-экономическая миссия Твери в Монголию завершилась."
    )


def test_a_session_of_the_intergovernmental_commission_is_an_event() -> None:
    assert ("Заседание межправкомиссии", "other") in _events(
        "Заседание межправкомиссии прошло в Улан-Баторе."
    )
