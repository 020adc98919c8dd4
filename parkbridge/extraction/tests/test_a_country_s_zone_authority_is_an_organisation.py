"""An authority named after a kind of zone with no zone's own name before it ("Philippine
Economic Zone Authority", "SEZ Authority", "Special Economic Zones Authority of Kenya") is a
country's agency for its zones, an organisation; a named zone's own authority stays that zone
(sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article


def _names(text: str) -> tuple[list[str], list[str]]:
    j = extract_article(text).to_json()
    return [o["name"] for o in j["organizations"]], [s["name"] for s in j["sites"]]


def test_a_demonym_before_the_zone_authority_makes_a_national_agency() -> None:
    orgs, sites = _names("The Malaysian Economic Zone Authority approved nine projects on Monday.")
    assert orgs == ["Malaysian Economic Zone Authority"]
    assert sites == []


def test_a_bare_zone_authority_is_an_organisation() -> None:
    orgs, sites = _names("He said the SEZ Authority is reviewing forty applications this year.")
    assert orgs == ["SEZ Authority"]
    assert sites == []


def test_a_plural_zone_authority_of_a_country_is_an_organisation() -> None:
    orgs, _ = _names("The Special Economic Zones Authority of Ghana invited bids from investors.")
    assert orgs == ["Special Economic Zones Authority of Ghana"]


def test_an_estate_authority_of_a_country_is_an_organisation() -> None:
    orgs, sites = _names("The funds come from the Industrial Estate Authority of Vietnam.")
    assert orgs == ["Industrial Estate Authority of Vietnam"]
    assert sites == []


def test_a_named_zone_s_own_authority_is_still_the_zone() -> None:
    orgs, sites = _names("The Lakeshore Free Zone Authority signed a lease with a bottler.")
    assert orgs == []
    assert sites == ["Lakeshore Free Zone"]
