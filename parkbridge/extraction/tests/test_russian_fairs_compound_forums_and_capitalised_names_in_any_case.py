"""Russian events: a fair named by a capitalised adjective, a fair or exhibition described in
lower case in a city, a lone "бизнес-форум", a lower-case bilateral ЭКСПО, a name in capitals
inflected ("ИННОПРОМе"), and a short form of a named fair (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.mentions import Mention
from parkbridge.extraction.resolve import merge


def events(text: str) -> list[str]:
    return [e.name for e in extract_article(text).events]


def test_a_fair_named_by_a_capitalised_adjective_is_an_event() -> None:
    text = "Губернатор примет участие в Омской международной торгово-промышленной ярмарке."
    assert events(text) == ["Омской международной торгово-промышленной ярмарке"]


def test_a_fair_and_its_short_form_are_one_event() -> None:
    text = (
        "Делегация примет участие в Омской международной торгово-промышленной ярмарке. "
        "«Омская ярмарка — хорошая площадка», — сказал министр."
    )
    assert len(events(text)) == 1


def test_a_lower_case_exhibition_in_a_city_is_an_event() -> None:
    text = "Три области прислали делегации на международную выставку в Дели."
    assert events(text) == ["международную выставку в Дели"]


def test_a_lower_case_exhibition_after_a_named_one_is_that_one() -> None:
    text = (
        "Компания показала станки на выставке «Металлообработка». "
        "На международной выставке в Москве подписаны контракты."
    )
    assert len(events(text)) == 1


def test_a_lone_business_forum_is_an_event_when_none_is_named() -> None:
    text = "В ходе бизнес-форума с участием 50 предпринимателей подписаны соглашения."
    assert events(text) == ["бизнес-форума"]


def test_a_lower_case_bilateral_expo_is_an_event() -> None:
    text = "Предприятия края принимают участие в российско-монгольском ЭКСПО."
    assert events(text) == ["российско-монгольском ЭКСПО"]


def test_a_name_in_capitals_and_its_inflected_form_are_one_event() -> None:
    a = Mention("events", "ТЕХНОПРОМ", "на полях ТЕХНОПРОМ", kind="expo")
    b = Mention("events", "ТЕХНОПРОМе", "на ТЕХНОПРОМе", kind="expo")
    assert len(merge([a, b], lambda _: False)) == 1


def test_two_names_in_capitals_stay_two_events() -> None:
    a = Mention("events", "ТЕХНОПРОМ", "на полях ТЕХНОПРОМ", kind="expo")
    b = Mention("events", "АГРОПРОМе", "на АГРОПРОМе", kind="expo")
    assert len(merge([a, b], lambda _: False)) == 2
