"""Amounts hyphenated into one modifier ("a 300-million-U.S.-dollar plant") are figures, and a
sentence with thousands of numbers is read in linear time (sentences written for these tests)."""

import time

from hypothesis import given
from hypothesis import strategies as st

from parkbridge.extraction.quantities import find_figures


def figs(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.qualifier, f.measure) for f in find_figures(text, 2024)]


def test_a_hyphenated_dollar_amount_is_a_figure() -> None:
    assert figs("They opened a 250-million-U.S.-dollar smelter.") == [
        (250_000_000, "USD", "exact", "smelter")
    ]


def test_hyphenated_yuan_and_a_qualifier_before_it() -> None:
    assert figs("It is an estimated 1.5-billion-yuan logistics hub.") == [
        (1_500_000_000, "CNY", "about", "logistics hub")
    ]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion"]))
def test_any_hyphenated_amount_reads_its_number_and_scale(n: int, scale: str) -> None:
    got = find_figures(f"a {n}-{scale}-dollar fund", 2024)
    assert [(f.value, f.unit) for f in got] == [
        (n * (1_000_000 if scale == "million" else 1_000_000_000), "USD")
    ]


def test_thousands_of_amounts_in_one_sentence_are_read_quickly() -> None:
    started = time.perf_counter()
    found = find_figures("over 3 firms and a 2-million-dollar fund, " * 4000, 2024)
    assert len(found) == 8000
    assert time.perf_counter() - started < 20
