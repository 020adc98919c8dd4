"""Russian money written in two scales ("4 млрд 120 млн руб."), a currency named by a country
adjective ("белорусских рублей"), square metres written "м²", and a scaled amount whose
currency the writer left out because the money was just named (sentences written for these
tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.quantities import find_figures


def _figures(sentence: str, currency: str | None = None) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence, currency=currency)]


def test_an_amount_in_billions_and_millions_is_one_sum() -> None:
    assert _figures("Выручка резидентов составила 4 млрд. 120 млн. руб.") == [
        (4_120_000_000, "RUB")
    ]
    assert _figures("Экспорт достиг 2 млрд 75млн руб.") == [(2_075_000_000, "RUB")]


def test_a_smaller_scale_after_a_count_of_people_stays_apart() -> None:
    assert _figures("В области 3 млн жителей, работают 900 тыс. человек.") == [
        (3_000_000, "count"),
        (900_000, "count"),
    ]


def test_a_country_adjective_names_the_currency() -> None:
    assert _figures("На дорогу выделили 14 млн белорусских рублей.") == [(14_000_000, "BYN")]
    assert _figures("Кредит составил 8 млн американских долларов.") == [(8_000_000, "USD")]
    assert _figures("Вложено 5 млн российских рублей.") == [(5_000_000, "RUB")]


def test_square_metres_written_with_a_cyrillic_m_are_m2() -> None:
    assert _figures("Склады займут 12 тыс. м².") == [(12_000, "m2")]


def test_a_scaled_amount_without_a_unit_takes_the_money_named_before_it() -> None:
    assert _figures("Проект стоит 90 млрд рублей, из них освоено 31 млрд.") == [
        (90_000_000_000, "RUB"),
        (31_000_000_000, "RUB"),
    ]
    assert _figures("Уже вложено 7,5 млрд и создано 800 мест.", currency="RUB")[0] == (
        7_500_000_000,
        "RUB",
    )


def test_a_scaled_amount_before_a_noun_is_a_count_of_it() -> None:
    assert _figures("Бюджет 3 млрд рублей, в крае 2 млн жителей.") == [
        (3_000_000_000, "RUB"),
        (2_000_000, "count"),
    ]


def test_the_money_of_one_sentence_carries_to_the_next_in_an_article() -> None:
    text = (
        "ОМСК, 3 апреля 2025 года.\n\nОбщий объем вложений в парк — 60 млрд рублей. "
        "Уже вложено 12,5 млрд и открыто 900 рабочих мест.\n"
    )
    figures = {(f.value, f.unit) for f in extract_article(text).figures}
    assert (12_500_000_000, "RUB") in figures
