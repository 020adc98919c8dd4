"""English park and zone names that carry no classic kind phrase, zone acronyms and the bodies
that run a zone (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _facts(body: str):
    return extract_article("Zones in the news\n\n" + body)


def _sites(body: str) -> dict[str, str]:
    return {s.name: s.kind for s in _facts(body).sites}


def _orgs(body: str) -> list[str]:
    return [o.name for o in _facts(body).organizations]


def test_an_economic_zone_without_special_is_a_site() -> None:
    sites = _sites("Work on the Mombasa Economic Zone will start next year, officials said.")
    assert sites == {"Mombasa Economic Zone": "sez"}


def test_a_named_park_without_a_kind_word_is_a_site_and_the_place_after_at_is_its_city() -> None:
    facts = _facts("Ten factories opened at the Kilembe Park at Kampala in March.")
    assert [(s.name, s.city) for s in facts.sites] == [("Kilembe Park", "Kampala")]


def test_region_area_and_export_processing_zone_phrases_name_sites() -> None:
    sites = _sites(
        "Investors toured the Varanasi Special Investment Region and the Hosur industrial area. "
        "A plant will be built in the Kisumu Export Processing Zone."
    )
    assert sites == {
        "Varanasi Special Investment Region": "sez",
        "Hosur industrial area": "industrial_park",
        "Kisumu Export Processing Zone": "fez",
    }


def test_two_kind_modifiers_joined_by_and_stay_in_one_name() -> None:
    sites = _sites("Firms moved into the Egypt-Sino Ruwais Economic and Trade Cooperation Zone.")
    assert list(sites) == ["Egypt-Sino Ruwais Economic and Trade Cooperation Zone"]


def test_the_authority_of_one_zone_is_that_zone_not_an_organisation() -> None:
    facts = _facts(
        "The Accra Free Zone Authority approved four projects. "
        "The General Authority for the Tema Economic Zone said it had hired staff."
    )
    assert sorted(s.name for s in facts.sites) == ["Accra Free Zone", "Tema Economic Zone"]
    assert facts.organizations == []


def test_the_authority_of_a_class_of_zones_is_an_agency() -> None:
    orgs = _orgs("The Export Processing Zones Authority of Kenya licensed ten firms, it said.")
    assert orgs == ["Export Processing Zones Authority of Kenya"]


def test_an_acronym_defined_for_a_zone_refers_back_to_it() -> None:
    facts = _facts(
        "The Eko Atlantic Free Trade Zone (EAFTZ) opened a new gate. "
        "EAFTZ managers expect 40 tenants this year."
    )
    assert [s.name for s in facts.sites] == ["Eko Atlantic Free Trade Zone"]
    assert facts.organizations == []


def test_an_organisation_of_generic_words_defined_with_its_initials_is_named() -> None:
    orgs = _orgs(
        "Sheds are let by the Industrial Parks Development Corporation (IPDC), it said on Monday."
    )
    assert orgs == ["Industrial Parks Development Corporation"]


def test_a_title_case_headline_ends_a_site_name_at_its_kind_word() -> None:
    facts = extract_article(
        "Tema Industrial Park Doubles Exports\n\nThe Tema Industrial Park doubled its exports."
    )
    assert [s.name for s in facts.sites] == ["Tema Industrial Park"]


def test_zone_kind_acronyms_after_a_name_make_a_site() -> None:
    sites = _sites("A glass plant opened in the Chirchiq SIZ and the Kokand FEZ this week.")
    assert sites == {"Chirchiq SIZ": "sez", "Kokand FEZ": "fez"}


def test_a_chinese_name_before_a_park_head_is_the_park_operator_not_a_person() -> None:
    facts = _facts("Wang Hua Industrial Park LLC said 900 jobs were created in the zone.")
    assert facts.people == []
    assert [o.name for o in facts.organizations] == ["Wang Hua Industrial Park LLC"]


def test_the_authority_of_the_zone_at_a_place_is_that_zone() -> None:
    facts = _facts("The Special Economic Zone Authority of Kelmora signed a lease with Orbis Ltd.")
    assert [s.name for s in facts.sites] == ["Special Economic Zone of Kelmora"]
    assert [o.name for o in facts.organizations] == ["Orbis Ltd"]


def test_the_authority_and_the_zone_at_one_place_are_one_site() -> None:
    facts = _facts(
        "The Special Economic Zone of Kelmora is growing. The Special Economic Zone Authority "
        "of Kelmora signed 12 leases."
    )
    assert [s.name for s in facts.sites] == ["Special Economic Zone of Kelmora"]
    assert facts.organizations == []
