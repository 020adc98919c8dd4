"""Money written with a local sign and a scale word ("P3.8 billion", "N19.45 billion",
"Rwf120 billion"), a scale joined by a hyphen ("$1.5-billion"), the Thai rai (no unit of the
list) and 兆 as a trillion before a currency ("8.7兆人民币", "令吉") (sentences written for these
tests)."""

import pytest

from parkbridge.extraction.chinese import find_figures as find_figures_zh
from parkbridge.extraction.quantities import find_figures


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The authority approved P4.2 billion worth of projects.", [(4_200_000_000, "PHP")]),
        ("It approved P2.315-billion investments in May.", [(2_315_000_000, "PHP")]),
        ("The zone signed contracts of N12.5 billion.", [(12_500_000_000, "NGN")]),
        ("The parks paid Rwf80 billion in taxes.", [(80_000_000_000, "RWF")]),
        ("The fund put in a $2.4-billion loan.", [(2_400_000_000, "USD")]),
    ],
)
def test_an_amount_in_a_local_sign_or_with_a_hyphenated_scale_is_money(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["Block P3 and pier N2 were rebuilt.", "The estate covers 4,500 rai."]
)
def test_a_lone_letter_before_a_number_and_the_rai_are_no_money_or_unit(sentence: str) -> None:
    assert all(unit == "count" for _, unit in _figures(sentence)) is True
    assert not any(unit in ("PHP", "NGN") for _, unit in _figures(sentence))
    assert (4_500, "count") not in _figures(sentence)


def test_zhao_before_a_currency_is_a_trillion_and_ringgit_are_myr() -> None:
    found = [(f.value, f.unit) for f in find_figures_zh("贸易额达3.2兆人民币，约2.1亿令吉。")]
    assert found == [(3_200_000_000_000, "CNY"), (210_000_000, "MYR")]


def test_megawatts_stay_megawatts() -> None:
    assert [(f.value, f.unit) for f in find_figures_zh("装机容量50兆瓦。")] == [(50, "MW")]
