"""A Russian quoted event name after a long description: an adjective in any case before the
head ("Всероссийскому форуму") and genitives joined by "и" between the head and the quotes."""

from parkbridge.extraction import extract_article

DATE_LINE = "17 мая 2024\n\n"


def _events(body: str) -> list[tuple[str, int | None]]:
    return [(e.name, e.edition) for e in extract_article(DATE_LINE + body).events]


def test_genitives_joined_by_and_stay_in_the_name_with_a_roman_edition() -> None:
    ((name, edition),) = _events(
        "12 мая в Казани дан старт V Всероссийскому форуму городов и регионов «Пример»."
    )
    assert name.endswith("форуму городов и регионов «Пример»")
    assert edition == 5


def test_a_dative_adjective_before_the_head_is_part_of_the_name() -> None:
    ((name, _),) = _events("Делегация направилась к Международному форуму кластеров «Сфера».")
    assert name == "Международному форуму кластеров «Сфера»"


def test_a_quoted_name_after_the_head_alone_is_still_found() -> None:
    ((name, _),) = _events("Участники форума «Сфера» обсудили меры поддержки.")
    assert name == "форума «Сфера»"
