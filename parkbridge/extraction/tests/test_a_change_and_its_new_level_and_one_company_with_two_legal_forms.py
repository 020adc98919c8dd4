"""A percentage change followed by "to" and the new level is two figures, not a range; one
company written with and without its full legal form is one organisation; an economic corridor
is a zone, not an organisation (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.quantities import find_figures


def figs(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in find_figures(text, 2024)]


def test_a_change_in_percent_to_an_amount_is_two_figures() -> None:
    assert figs("Investment grew 12.5 percent to 80.2 billion baht.") == [
        (12.5, "percent", "exact"),
        (80_200_000_000, "THB", "exact"),
    ]


def test_a_change_in_percent_to_a_count_is_two_figures() -> None:
    assert [f[:2] for f in figs("Arrivals rose 9 percent to 450 ships.")] == [
        (9, "percent"),
        (450, "count"),
    ]


def test_a_range_in_percent_stays_a_range() -> None:
    assert [f[:2] for f in figs("Duties fall between 4 to 9 percent.")] == [
        (4, "percent"),
        (9, "percent"),
    ]


def test_one_company_with_and_without_its_full_legal_form_is_one_organisation() -> None:
    facts = extract_article(
        "Industry news\n\nOrbis Steel (Pvt) Ltd, a Chinese company, will invest in the zone. "
        "Land was allocated to Orbis Steel Ltd owned by Vantor Group."
    )
    names = [o.name for o in facts.organizations]
    assert len([n for n in names if n.startswith("Orbis Steel")]) == 1
    assert "Vantor Group" in names


def test_an_economic_corridor_is_a_zone_not_an_organisation() -> None:
    facts = extract_article(
        "Zone news\n\nInvestment in the Kelmoran Economic Corridor rose sharply, officials said."
    )
    assert [(s.name, s.kind) for s in facts.sites] == [("Kelmoran Economic Corridor", "sez")]
    assert facts.organizations == []
