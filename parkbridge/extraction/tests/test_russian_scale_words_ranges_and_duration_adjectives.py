"""Russian figures: a scale word alone or in any case, "одного миллиарда", a range whose scale
or percent sign is written once, and durations written as one adjective or with an adjective
before "года" (sentences written for these tests)."""

import pytest

from parkbridge.extraction.quantities import find_figures


def _figures(sentence: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.qualifier) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Завод даст региону порядка тысячи рабочих мест.", [(1000, "count", "about")]),
        ("Проект обеспечит около 2 тысячью рабочих мест.", [(2000, "count", "about")]),
        ("Инвестор вложит миллиард рублей.", [(1_000_000_000, "RUB", "exact")]),
        ("Налоги составят до одного миллиарда рублей в год.", [(1e9, "RUB", "up_to")]),
        ("Здесь построят тысячу квартир.", [(1000, "count", "exact")]),
    ],
)
def test_a_russian_scale_word_without_a_number_is_one_of_it(
    sentence: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _figures(sentence) == expected


def test_thousands_in_the_plural_without_a_qualifier_are_no_figure() -> None:
    assert _figures("Тысячи компаний пришли на выставку.") == []


def test_a_range_with_its_scale_written_once_scales_both_ends() -> None:
    assert [f[:2] for f in _figures("Парк создаст от 3 до 5 тысяч рабочих мест.")] == [
        (3000, "count"),
        (5000, "count"),
    ]
    assert [f[:2] for f in _figures("Здесь будет 20–25 тысяч работников.")] == [
        (20000, "count"),
        (25000, "count"),
    ]


def test_a_range_with_one_percent_sign_is_two_percentages() -> None:
    assert [f[:2] for f in _figures("Выручка растет на 7-9% ежегодно.")] == [
        (7, "percent"),
        (9, "percent"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Стороны заключили трехлетний контракт.", (3, "years")),
        ("Открылся двухдневный форум.", (2, "days")),
        ("Пятимесячная программа стартует осенью.", (5, "months")),
        ("Мы изучили итоги за четыре минувших года.", (4, "years")),
    ],
)
def test_a_duration_written_as_an_adjective_is_a_figure(
    sentence: str, expected: tuple[int, str]
) -> None:
    assert [f[:2] for f in _figures(sentence)] == [expected]
