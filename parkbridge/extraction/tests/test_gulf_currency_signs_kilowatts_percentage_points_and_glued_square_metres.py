"""Money in Gulf and Egyptian currency signs ("RO20.1bn", "SR18 billion"), Chinese power in
kilowatts ("10万千瓦"), percentage points ("0.6个百分点") and square metres written without a
space ("кв.м") are figures in SCHEMA's units (sentences written for these tests)."""

import pytest

from parkbridge.extraction.chinese import find_figures as find_figures_zh
from parkbridge.extraction.quantities import find_figures


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Investments in the free zone exceeded RO20.1bn last year.", 20_100_000_000, "OMR"),
        ("The city attracted investments worth SR18 billion.", 18_000_000_000, "SAR"),
        ("The fund holds QR 2bn for the zone.", 2_000_000_000, "QAR"),
        ("The port spent KD 5 million on berths.", 5_000_000, "KWD"),
        ("The zone drew LE 300 million in new projects.", 300_000_000, "EGP"),
    ],
)
def test_a_gulf_or_egyptian_currency_sign_before_an_amount_is_its_currency(
    sentence: str, value: float, unit: str
) -> None:
    assert (value, unit) in _figures(sentence)


def test_a_two_letter_sign_without_a_scale_word_is_no_money() -> None:
    assert all(u == "count" for _, u in _figures("The BD 5 road leads to the park."))


def test_square_metres_written_without_a_space_are_square_metres() -> None:
    assert _figures("В парке построено 20 тыс. кв.м складов.") == [(20_000, "m2")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("光伏项目装机容量10万千瓦。", 100, "MW"),
        ("出口增速高于全国平均0.6个百分点。", 0.6, "percent"),
    ],
)
def test_chinese_kilowatts_and_percentage_points_are_in_schema_units(
    sentence: str, value: float, unit: str
) -> None:
    assert [(f.value, f.unit) for f in find_figures_zh(sentence)] == [(value, unit)]


def test_kilowatt_hours_are_energy_and_no_figure() -> None:
    assert find_figures_zh("年发电量1.2亿千瓦时。") == []
