"""'X Plant in the Y Technopark' names an organisation and a site, not one long organisation."""

from parkbridge.extraction import extract_article


def test_a_plant_in_a_named_technopark_is_an_organisation_and_a_site() -> None:
    facts = extract_article("Orion Glass Works in the Sura Technopark doubled its output.")
    assert [o.name for o in facts.organizations] == ["Orion Glass Works"]
    assert [s.name for s in facts.sites] == ["Sura Technopark"]


def test_an_institute_of_a_named_body_stays_one_name() -> None:
    facts = extract_article("The Institute of Metals of the Ural Academy opened a laboratory.")
    assert "Institute of Metals of the Ural Academy" in [o.name for o in facts.organizations]
