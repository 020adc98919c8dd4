"""A Russian opening said to take place ("состоялось открытие …") or attended ("принял участие в
открытии …") is a ceremony named by what it opens; the opening of an exhibition is part of the
exhibition (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def events(text: str) -> list[str]:
    return [e.name for e in extract_article(text).events]


def test_an_opening_that_took_place_is_a_ceremony() -> None:
    text = "В Омске состоялось открытие первой очереди Омского индустриального парка, сообщили в мэрии."
    assert events(text) == ["открытие первой очереди Омского индустриального парка"]


def test_an_attended_opening_of_a_plant_is_a_ceremony() -> None:
    text = "Президент принял участие в открытии завода по производству стекла в Омске."
    assert events(text) == ["открытии завода по производству стекла в Омске"]


def test_an_opening_announced_without_taking_place_is_no_event() -> None:
    assert events("Открытие завода по производству стекла запланировано на осень.") == []


def test_the_opening_of_an_exhibition_is_that_exhibition() -> None:
    text = "Губернатор примет участие в открытии российско-монгольского ЭКСПО и сезона культуры."
    assert events(text) == ["российско-монгольского ЭКСПО"]
