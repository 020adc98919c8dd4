"""Rupee amounts in South Asian news and units outside SCHEMA's closed list (sentences written
for these tests)."""

from parkbridge.extraction.pipeline import extract_article
from parkbridge.extraction.quantities import find_figures
from parkbridge.extraction.segment import split_sentences


def money(text: str) -> list[tuple]:
    return sorted(
        (f["value"], f["unit"])
        for f in extract_article(text).to_json()["figures"]
        if f["unit"] != "count"
    )


def test_an_amount_after_rs_with_a_full_stop_stays_in_one_sentence() -> None:
    parts = split_sentences("The firm signed a pact worth Rs. 250 crore for a dairy plant.", "en")
    assert len(parts) == 1
    assert money("The firm signed a pact worth Rs. 250 crore for a dairy plant.") == [
        (2_500_000_000, "INR")
    ]


def test_a_sentence_after_an_ordinary_full_stop_still_starts_anew() -> None:
    parts = split_sentences("Output rose 5 percent in May. 40 firms joined the park.", "en")
    assert len(parts) == 2


def test_rupees_in_an_article_written_from_pakistan_are_pakistani() -> None:
    text = "KARACHI: The board said the new mills will bring Rs80 billion of investment."
    assert money(text) == [(80_000_000_000, "PKR")]


def test_rupees_in_an_article_written_from_india_stay_indian() -> None:
    text = "Chennai: The board said the new mills will bring Rs 650 crore of investment."
    assert money(text) == [(6_500_000_000, "INR")]


def test_indian_rupees_named_as_such_stay_indian_whatever_the_dateline() -> None:
    text = "LAHORE: The trader paid INR 50 million for the cargo."
    assert money(text) == [(50_000_000, "INR")]


def test_acres_and_square_feet_are_not_counts() -> None:
    assert find_figures("The estate spreads over 640 acres near the port.", 2024) == []
    assert find_figures("A warehouse of 20,000 square feet opened.", 2024) == []


def test_square_metres_abbreviated_with_full_stops_are_square_metres() -> None:
    figs = find_figures("The plant sits on a plot of 450,000 sq.m. by the coast.", 2024)
    assert [(f.value, f.unit) for f in figs] == [(450_000, "m2")]


def test_taka_amounts_are_bangladeshi() -> None:
    figs = find_figures("The zone drew Tk 300 crore in a month.", 2024)
    assert [(f.value, f.unit) for f in figs] == [(3_000_000_000, "BDT")]
