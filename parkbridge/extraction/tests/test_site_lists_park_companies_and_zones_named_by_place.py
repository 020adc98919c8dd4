"""Sites: two zones joined after one's complement are two sites, a park's company written with
its legal form is that park, "IP" and "KEK" are kind words, and a kind phrase alone is named by
the place after it (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _facts(body: str):
    return extract_article("Zone news\n\n" + body)


def _sites(body: str) -> list[str]:
    return [s.name for s in _facts(body).sites]


def test_a_second_zone_after_a_zones_complement_is_a_second_site() -> None:
    sites = _sites("Work began on Kelmora SEZ in Northland and Vantor SEZ last year.")
    assert sites == ["Kelmora SEZ", "Vantor SEZ"]


def test_a_ministry_of_two_fields_stays_one_name() -> None:
    facts = _facts("The Ministry of Industry and Trade approved the plan.")
    assert [o.name for o in facts.organizations] == ["Ministry of Industry and Trade"]


def test_a_parks_company_with_its_legal_form_is_the_park_the_article_names() -> None:
    facts = _facts(
        "The Kelmora Industrial Park grew fast. The forum was organised by Kelmora Industrial "
        "Park Sdn Bhd and the ministry."
    )
    assert [s.name for s in facts.sites] == ["Kelmora Industrial Park"]
    assert facts.organizations == []


def test_a_parks_corporation_stays_an_organisation() -> None:
    facts = _facts("The park is run by Kelmora Industrial Park Corporation, officials said.")
    assert [o.name for o in facts.organizations] == ["Kelmora Industrial Park Corporation"]


def test_ip_and_kek_after_a_name_are_kind_words() -> None:
    assert _sites("Investors chose the Kelmora IP in the north.") == ["Kelmora IP"]
    assert _sites("The Vantor KEK will focus on health.") == ["Vantor KEK"]


def test_a_kind_phrase_alone_is_named_by_the_place_after_it() -> None:
    assert _sites("The SEZ in Batam will focus on health.") == ["SEZ in Batam"]
    assert _sites("The SEZ in Egypt grew.") == []


def test_an_authority_for_cities_and_zones_stays_one_organisation() -> None:
    facts = _facts("The Northland Authority for Industrial Cities and Technology Zones met.")
    assert [o.name for o in facts.organizations] == [
        "Northland Authority for Industrial Cities and Technology Zones"
    ]


def test_a_lower_case_kind_phrase_of_a_place_names_a_site() -> None:
    assert _sites("Two factories opened in the industrial city of Al-Rawda.") == [
        "industrial city of Al-Rawda"
    ]
    assert _sites("The special economic zones of Pakistan grew.") == []
    assert _sites("The free zone of Egypt grew.") == []
