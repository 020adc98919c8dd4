"""Figures: "and a half", "trn", and two equal amounts that two different parties state
(sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article
from parkbridge.extraction.quantities import find_figures


def figs(text: str) -> list[tuple]:
    return [(f.value, f.unit) for f in find_figures(text, 2024)]


def test_and_a_half_adds_a_half() -> None:
    assert figs("The works took four and a half years.") == [(4.5, "years")]
    assert figs("It lasted 2 and a half months.") == [(2.5, "months")]


def test_trn_is_a_trillion() -> None:
    assert figs("The plan needs Rs 2.5 trn of capital.") == [(2_500_000_000_000, "INR")]


def test_equal_amounts_signed_by_different_companies_are_two_figures() -> None:
    text = (
        "Chennai: Orbis Foods Ltd signed a MoU worth Rs 200 crore for a dairy plant. "
        "Vantor Textiles Ltd signed a MoU worth Rs 200 crore for a spinning mill."
    )
    money = [f for f in extract_article(text).to_json()["figures"] if f["unit"] == "INR"]
    assert [f["value"] for f in money] == [2_000_000_000, 2_000_000_000]


def test_an_amount_restated_about_the_same_company_is_one_figure() -> None:
    text = (
        "Chennai: Orbis Foods Ltd signed a MoU worth Rs 200 crore for a dairy plant.\n"
        "The Rs 200 crore plant of Orbis Foods Ltd will employ local farmers."
    )
    money = [f for f in extract_article(text).to_json()["figures"] if f["unit"] == "INR"]
    assert len(money) == 1
