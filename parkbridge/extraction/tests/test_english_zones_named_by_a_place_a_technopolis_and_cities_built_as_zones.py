"""English sites named without a capitalised kind phrase: "the X zone", "X Technopolis" (a kind
word that ends in "s" but is singular), and a "City" that is no municipality (sentences written
for these tests)."""

from parkbridge.extraction import extract_article


def _sites(text: str) -> list[str]:
    return sorted(s.name for s in extract_article("News\n\n" + text).sites)


def test_a_place_before_a_lower_case_zone_names_the_zone() -> None:
    assert _sites("The firm will build a mill in the Veloran West zone, officials said.") == [
        "Veloran West zone"
    ]


def test_a_nationality_or_a_currency_area_before_zone_is_no_site() -> None:
    assert _sites("Trade in the Euro zone fell, and firms in the Chinese zone grew.") == []


def test_a_technopolis_is_one_site_not_a_plural() -> None:
    assert _sites("The firm will open an office in Veltran Technopolis next year.") == [
        "Veltran Technopolis"
    ]


def test_a_city_no_gazetteer_knows_is_a_development() -> None:
    assert _sites("Investors keep arriving at Korvala City, the developer said.") == [
        "Korvala City"
    ]


def test_municipalities_and_city_bodies_are_no_sites() -> None:
    text = (
        "He flew from Mexico City to Ho Chi Minh City. The Capital City Council met, and the "
        "Sci-tech City plan was shown."
    )
    assert _sites(text) == []
