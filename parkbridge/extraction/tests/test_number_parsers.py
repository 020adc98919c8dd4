from hypothesis import given
from hypothesis import strategies as st

from parkbridge.extraction.numbers import (
    parse_digits,
    parse_en_words,
    parse_ordinal,
    parse_roman,
    parse_ru_word,
    parse_zh_number,
    to_roman,
)

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_words(n: int) -> str:
    """Reference spelling for 1..999_999, written independently of the parser."""
    if n >= 1000:
        rest = n % 1000
        return _en_words(n // 1000) + " thousand" + (" " + _en_words(rest) if rest else "")
    if n >= 100:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + (" and " + _en_words(rest) if rest else "")
    if n >= 20:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    return _ONES[n]


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_thousands_separators_parse_back_to_the_number(n: int) -> None:
    assert parse_digits(f"{n:,}") == n
    assert parse_digits(str(n)) == n


@given(st.integers(min_value=1, max_value=999_999))
def test_english_number_words_parse_back_to_the_number(n: int) -> None:
    assert parse_en_words(_en_words(n).split()) == n


@given(st.integers(min_value=1, max_value=3999))
def test_roman_numerals_round_trip(n: int) -> None:
    assert parse_roman(to_roman(n)) == n


def test_decimal_comma_and_point_are_both_decimals() -> None:
    assert parse_digits("2.5") == 2.5
    assert parse_digits("2,5") == 2.5
    assert parse_digits("10 000") == 10000


def test_russian_number_words_parse_in_any_case_form() -> None:
    assert parse_ru_word("пять") == 5
    assert parse_ru_word("пяти") == 5
    assert parse_ru_word("двадцать") == 20
    assert parse_ru_word("пятьсот") == 500
    assert parse_ru_word("технопарк") is None


def test_chinese_numerals_with_large_units() -> None:
    assert parse_zh_number("两千五百") == 2500
    assert parse_zh_number("1.5亿") == 150_000_000
    assert parse_zh_number("十一") == 11


def test_ordinals_in_words_digits_roman_and_russian() -> None:
    assert parse_ordinal("ninth") == 9
    assert parse_ordinal("8th") == 8
    assert parse_ordinal("VIII") == 8
    assert parse_ordinal("девятый") == 9
    assert parse_ordinal("twenty-first") == 21
    assert parse_ordinal("forum") is None


@given(st.integers(min_value=0, max_value=999_999_999), st.integers(min_value=0, max_value=99))
def test_russian_decimal_comma_and_space_groups_round_trip(whole: int, frac: int) -> None:
    # Russian groups thousands with (non-breaking) spaces and writes decimals with a comma.
    grouped = f"{whole:,}".replace(",", "\u00a0")
    text = f"{grouped},{frac:02d}"
    assert parse_digits(text, decimal_comma=True) == float(f"{whole}.{frac:02d}")
    assert parse_digits(grouped, decimal_comma=True) == whole


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_english_comma_groups_are_thousands(n: int) -> None:
    assert parse_digits(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=1, max_value=99))
def test_a_comma_and_one_or_two_digits_is_a_decimal_in_either_reading(
    whole: int, frac: int
) -> None:
    text = f"{whole},{frac}"
    expected = float(f"{whole}.{frac}")
    assert parse_digits(text) == expected
    assert parse_digits(text, decimal_comma=True) == expected


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_russian_comma_before_a_scale_word_reads_as_a_decimal(whole: int, frac: int) -> None:
    from parkbridge.extraction.quantities import find_figures

    out = find_figures(f"Инвестиции составят {whole},{frac:03d} млрд рублей.")
    assert [(f.unit) for f in out] == ["RUB"]
    assert abs(out[0].value - float(f"{whole}.{frac:03d}") * 1e9) < 1e-3
