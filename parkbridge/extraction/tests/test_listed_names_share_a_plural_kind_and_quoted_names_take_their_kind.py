"""English sites: names listed before one plural kind phrase are one site each; a quoted name
before a kind phrase is a site by that name; kinds of zone listed so are no names (sentences
written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return sorted(s.name for s in extract_article("Zone news\n\n" + body).sites)


def test_names_listed_before_a_plural_kind_phrase_are_one_site_each() -> None:
    body = "Investors will be offered plots in the Velmora and Quintar Free Trade Zones."
    assert _sites(body) == ["Quintar Free Trade Zone", "Velmora Free Trade Zone"]


def test_three_listed_names_and_a_lower_case_kind_phrase() -> None:
    body = "The Velmora, Quintar and Ostrel industrial parks hired 4,000 workers last year."
    assert _sites(body) == [
        "Ostrel industrial park",
        "Quintar industrial park",
        "Velmora industrial park",
    ]


def test_a_quoted_name_before_its_kind_phrase_is_the_site() -> None:
    body = 'The government approved the "Ostrel-City" special economic zone on Monday.'
    facts = extract_article("Zone news\n\n" + body)
    assert [(s.name, s.kind) for s in facts.sites] == [("Ostrel-City special economic zone", "sez")]


def test_kinds_of_zone_and_places_with_possessives_are_no_names() -> None:
    assert _sites("Latin American and Central free trade zones compete for investors.") == []
    assert _sites("New plants opened in Velmora and Quintar's industrial cities.") == []
