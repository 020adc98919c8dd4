"""Russian delegations described without a sender in capitals: one sent to a city ("прислали
делегации в Дели", "делегация округа в Пекине") and one named by who leads it ("делегация во главе
с акимом … области") are business missions (sentences written for these tests)."""

from parkbridge.extraction.described_events import find_described_events


def described(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind or "") for m in find_described_events(text, "ru")]


def test_delegations_sent_to_a_city_are_a_mission() -> None:
    text = "Три региона прислали представительные делегации в Дели."
    assert ("делегации в Дели", "business_mission") in described(text)


def test_a_delegation_of_a_district_in_a_city_is_a_mission() -> None:
    text = "Делегация округа в Пекине провела переговоры с инвесторами."
    assert ("Делегация округа в Пекине", "business_mission") in described(text)


def test_a_delegation_named_by_its_leader_is_a_mission() -> None:
    text = "В Китай прибыла делегация во главе с акимом Северо-Казахстанской области."
    names = [n for n, _ in described(text)]
    assert "делегация во главе с акимом Северо-Казахстанской области" in names


def test_a_delegation_in_lower_case_alone_is_no_mission() -> None:
    assert described("В делегацию включены инженеры и студенты.") == []
