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
