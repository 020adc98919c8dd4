"""Russian number words: a fraction ("две трети") is no figure, "полтора"/"полторы" is 1.5
(sentences written for these tests)."""

import pytest

from parkbridge.extraction.quantities import find_figures


@pytest.mark.parametrize(
    "sentence",
    ["Две трети площадей уже заняты.", "Три четверти выпуска идет на экспорт."],
)
def test_a_russian_fraction_is_no_figure(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Банк выделит полтора миллиарда рублей.", (1_500_000_000, "RUB")),
        ("На заводе работают полторы тысячи человек.", (1500, "count")),
        ("Стройка займет полтора года.", (1.5, "years")),
    ],
)
def test_one_and_a_half_in_russian_is_a_figure(sentence: str, expected: tuple) -> None:
    assert [(f.value, f.unit) for f in find_figures(sentence)] == [expected]


def test_a_number_word_before_a_noun_is_still_a_count() -> None:
    assert [(f.value, f.unit) for f in find_figures("Три компании подали заявки.")] == [
        (3, "count")
    ]
