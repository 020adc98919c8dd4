"""Figures: local currency signs before an amount, quadrillions, a code glued to a number with
thousands groups, lengths in metres (not a SCHEMA unit) and a number word glued to a unit
(sentences written for these tests)."""

from parkbridge.extraction.quantities import find_figures


def figs(text: str) -> list[tuple]:
    return [(f.value, f.unit) for f in find_figures(text, 2024)]


def test_rupiah_and_shilling_signs_name_their_currency() -> None:
    assert figs("The estate expects Rp 4.2 trillion of investment.") == [(4_200_000_000_000, "IDR")]
    assert figs("The lender approved KSh 250 million for the zone.") == [(250_000_000, "KES")]
    assert figs("The fund holds Rp12 billion.") == [(12_000_000_000, "IDR")]


def test_currency_names_after_the_amount() -> None:
    assert figs("The plant cost 900 billion rupiah.") == [(900_000_000_000, "IDR")]
    assert figs("Exports earned 3 billion birr.") == [(3_000_000_000, "ETB")]


def test_a_quadrillion_scales_the_amount() -> None:
    [(value, unit)] = figs("Output should reach VND 1.5 quadrillion.")
    assert unit == "VND" and abs(value - 1.5e15) < 1


def test_a_glued_code_keeps_its_thousands_groups() -> None:
    assert figs("Local firms pledged VND7,300 billion.") == [(7_300_000_000_000, "VND")]
    assert figs("The city hopes for VND20,000-30,000 billion.") == [
        (20_000_000_000_000, "VND"),
        (30_000_000_000_000, "VND"),
    ]


def test_lengths_in_metres_are_no_figures_but_square_metres_are() -> None:
    assert figs("The quay is 420 metres long and 40 meters wide.") == []
    assert figs("The warehouse covers 12,000 square metres.") == [(12_000, "m2")]


def test_a_number_word_glued_to_a_unit_is_a_figure() -> None:
    assert figs("The terminal adds a two-kilometre pier.") == [(2, "km")]
    assert figs("Each investor gets a five-hectare plot.") == [(5, "ha")]


def test_indian_grouping_by_lakhs_is_one_number() -> None:
    assert figs("The state received offers of Rs 1,42,500 crore.") == [(1_425_000_000_000, "INR")]
    assert figs("The fair drew 12,50,000 visitors.") == [(1_250_000, "count")]


def test_a_ringgit_sign_glued_to_its_amount() -> None:
    assert figs("The deals are worth RM4.5 billion.") == [(4_500_000_000, "MYR")]


def test_electrical_units_off_the_list_are_no_figures() -> None:
    assert figs("The estate has a 200 MVA substation, 132 kV lines and a 50 MW plant.") == [
        (50, "MW")
    ]
