"""A bare number after "up from" / "compared with" is the earlier level of the count just
stated, so it is a figure of the same measure (sentences written for these tests)."""

from parkbridge.extraction.quantities import find_figures


def figs(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.measure) for f in find_figures(text, 2024)]


def test_the_level_after_up_from_is_a_figure_of_the_same_measure() -> None:
    assert figs("The region has 54 industrial parks, up from 19 in 2015.") == [
        (54, "count", "industrial parks"),
        (19, "count", "industrial parks"),
    ]


def test_compared_with_works_the_same_way() -> None:
    assert figs("It hosts 410 tenants compared with 260 in 2022.") == [
        (410, "count", "tenants"),
        (260, "count", "tenants"),
    ]


def test_a_bare_number_without_an_earlier_count_stays_out() -> None:
    assert figs("Output rose, up from 19 in 2015.") == []
