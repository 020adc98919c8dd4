"""Figures: "Rp" after a scaled amount is the rupiah, "Sh" before a scaled amount the Kenyan
shilling, and "one" before a physical unit measures (sentences written for these tests)."""

from parkbridge.extraction.quantities import find_figures


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(text, 2024)]


def test_rupiah_written_after_a_scaled_amount() -> None:
    assert _figures("Commitments reached 70.4 trillion Rp last year.") == [(70.4e12, "IDR")]


def test_a_shilling_sign_counts_only_with_a_scale_word() -> None:
    assert _figures("The firm invested Sh493 million in the zone.") == [(493e6, "KES")]
    assert _figures("The firm invested Sh 2 billion.") == [(2e9, "KES")]
    assert "KES" not in {u for _, u in _figures("See the Sh 2 plan.")}


def test_one_before_a_physical_unit_is_a_figure_and_before_a_noun_is_not() -> None:
    assert _figures("A wind farm with a capacity of one gigawatt will be built.") == [(1, "GW")]
    assert _figures("One company signed with one partner.") == []
