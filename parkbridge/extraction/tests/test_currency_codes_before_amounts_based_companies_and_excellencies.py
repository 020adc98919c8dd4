"""ISO currency codes written before amounts, companies named after where they are based, and
"H.E." before a name (sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article
from parkbridge.extraction.quantities import find_figures


def money(text: str) -> list[tuple]:
    return [(f.value, f.unit) for f in find_figures(text, 2024) if f.unit != "count"]


def test_an_iso_code_before_an_amount_is_its_currency() -> None:
    assert money("The zone drew AED 2.5 billion in new investment.") == [(2_500_000_000, "AED")]
    assert money("Exports reached KES 40 million.") == [(40_000_000, "KES")]


def test_an_iso_code_glued_to_an_amount_is_its_currency() -> None:
    assert money("Deals worth SAR3bn were signed.") == [(3_000_000_000, "SAR")]


def test_capitals_glued_to_digits_that_are_no_currency_stay_a_name() -> None:
    assert money("Output of the QXZ120 line rose.") == []


def test_a_name_after_where_it_is_based_is_a_company() -> None:
    text = "The second deal, with Lagos-based Corvex Foods, covers a mill."
    assert [o["name"] for o in extract_article(text).to_json()["organizations"]] == ["Corvex Foods"]


def test_a_place_with_based_is_no_company() -> None:
    assert extract_article("The Lagos-based firm hired 30 people.").to_json()["organizations"] == []


def test_his_excellency_is_no_part_of_a_name() -> None:
    text = "The pact was signed in the presence of H.E. Faisal Al Hamdan, Chairman of the board."
    assert [p["name"] for p in extract_article(text).to_json()["people"]] == ["Faisal Al Hamdan"]
