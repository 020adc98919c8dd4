"""A scaled amount is stored as written: "4.1 billion" is 4100000000, not 4099999999.9999995."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parkbridge.extraction import extract_article
from parkbridge.extraction.pipeline import tidy_value


def test_a_scaled_amount_is_a_whole_number():
    facts = extract_article("The company will invest 4.1 billion dollars in the park.")
    assert [(f.value, type(f.value)) for f in facts.figures] == [(4_100_000_000, int)]


def test_a_share_keeps_its_decimals():
    assert tidy_value(24.5) == 24.5
    assert tidy_value(0.7) == 0.7


@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=4))
def test_tidying_a_decimal_times_a_power_of_ten_gives_the_written_amount(digits, places):
    written = digits / 10**places
    assert tidy_value(written * 1_000_000_000) == round(digits * 10 ** (9 - places))
