"""Figures written the ways news writes them: "two dozen" is 24, "metric tons" are tonnes,
"102,197sq m" is square metres, "350-400 млн. долларов" is a range in dollars and "6 тыс. 300"
is 6,300; hours are no unit of SCHEMA's list, "1897 года" is a year and "5 июл" in a dateline
is a date (sentences written for these tests)."""

import pytest

from parkbridge.extraction.quantities import find_figures


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over two dozen memoranda were signed at the forum.", [(24, "count")]),
        ("The plant will make 20,000 metric tons of fibre a year.", [(20_000, "tonnes")]),
        ("The park adds a 45,120sq m warehouse.", [(45_120, "m2")]),
        (
            "Инвестиции составят 150-200 млн. долларов США.",
            [(150_000_000, "USD"), (200_000_000, "USD")],
        ),
        ("В зоне создано свыше 4 тыс. 250 рабочих мест.", [(4_250, "count")]),
    ],
)
def test_a_figure_written_the_way_news_writes_it_is_read_whole(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation spent three hours at the park.",
        "Визит продлится полтора часа.",
        "В депо восстановили паровоз 1875 года.",
        "ОМСК, 12 июл — корреспондент агентства.",
        "ТОМСК, 3 сент. — агентство.",
    ],
)
def test_hours_years_and_abbreviated_dateline_months_are_no_figures(sentence: str) -> None:
    assert _figures(sentence) == []
