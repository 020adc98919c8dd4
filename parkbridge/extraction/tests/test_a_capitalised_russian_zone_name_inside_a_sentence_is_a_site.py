"""Russian sites named without quotes: a capitalised adjective inside a sentence opens a zone's
proper name, with its genitive complement ("в Экономической зоне Ларского канала"); a plural
is a class of zones (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("Москва, 3 марта 2024 года.\n\n" + body).sites]


def test_a_capitalised_adjective_and_a_zone_make_a_name_in_the_nominative() -> None:
    body = "Стороны обсудили создание Северной промышленной зоны на берегу залива."
    assert _sites(body) == ["Северная промышленная зона"]


def test_a_genitive_complement_stays_in_the_name() -> None:
    body = "Завод построят в Экономической зоне Ларского канала к 2027 году."
    assert _sites(body) == ["Экономическая зона Ларского канала"]


def test_an_abbreviated_country_after_the_zone_stays_in_the_name() -> None:
    body = "Количество резидентов Полярной зоны РФ в области достигло 190."
    assert _sites(body) == ["Полярная зона РФ"]


def test_plural_zones_are_a_class_not_a_site() -> None:
    body = "Правительство обсудило развитие Особых экономических зон в регионах."
    assert _sites(body) == []
