"""English site names: "Freezone" written as one word, a bare kind phrase named by its place
("the Special Economic Zone at X"), an authority "of <country>", and "Park company" (sentences
written for these tests)."""

from parkbridge.extraction.pipeline import extract_article


def sites(text: str) -> list[tuple[str, str]]:
    return [(s["name"], s["kind"]) for s in extract_article(text).to_json()["sites"]]


def test_freezone_written_as_one_word_is_a_free_zone() -> None:
    assert sites("Investors toured Riverbend Freezone last week.") == [
        ("Riverbend Freezone", "fez")
    ]


def test_a_bare_kind_phrase_keeps_the_place_that_names_it() -> None:
    text = "The ministers met in the Special Economic Zone at Kelmora to sign the pact."
    assert sites(text) == [("Special Economic Zone at Kelmora", "sez")]


def test_a_named_park_at_a_city_is_still_cut_at_the_city() -> None:
    got = extract_article("The Green Valley Industrial Park at Nairobi hired 300 people.")
    assert [(s.name, s.city) for s in got.sites] == [("Green Valley Industrial Park", "Nairobi")]


def test_a_zone_authority_of_a_country_is_the_zone() -> None:
    text = "The agency signed a pact with the Port Halden Special Economic Zone Authority of Kenya."
    j = extract_article(text).to_json()
    assert [s["name"] for s in j["sites"]] == ["Port Halden Special Economic Zone"]
    assert j["organizations"] == []


def test_park_before_company_is_the_parks_members_not_a_site() -> None:
    text = "Another Park company, Brightloom, showed its sensors at the fair."
    assert sites(text) == []
