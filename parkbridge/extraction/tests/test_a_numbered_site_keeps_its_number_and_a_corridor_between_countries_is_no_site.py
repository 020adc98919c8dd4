"""English sites: a number right after a site's name is part of it ("Industrial Park KB 12"),
unless something it counts follows; an economic corridor between countries is a programme, a
country's own corridor a zone (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("Zone news\n\n" + body).sites]


def test_a_number_after_a_site_name_is_part_of_the_name() -> None:
    body = "The bank signed the development agreement for Industrial Park KB 12 in Velmora."
    assert _sites(body) == ["Industrial Park KB 12"]


def test_the_number_spelt_with_a_hyphen_is_the_same_site() -> None:
    body = (
        "The bank signed the development agreement for Industrial Park KB 12 in Velmora. "
        "Industrial Park KB-12 will cover 200 hectares."
    )
    assert len(_sites(body)) == 1


def test_a_number_that_counts_what_follows_is_not_in_the_name() -> None:
    body = "The Velmora Free Zone 12 companies opened offices this year."
    assert not any(name.endswith("12") for name in _sites(body))


def test_a_corridor_between_two_countries_is_no_site() -> None:
    body = "The plant is part of the China-Pakistan Economic Corridor, officials said."
    assert _sites(body) == []


def test_a_countrys_own_corridor_is_a_site() -> None:
    body = "Investment in the Eastern Economic Corridor rose by 20 percent."
    assert _sites(body) == ["Eastern Economic Corridor"]
