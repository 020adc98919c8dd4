"""'The General Authority' that the model tags before "for the <zone>" is that zone, a site
(sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article


def test_a_general_authority_for_a_found_zone_is_no_organisation() -> None:
    text = "The General Authority for the Lakeshore Special Economic Zone signed the lease."
    j = extract_article(text).to_json()
    assert [s["name"] for s in j["sites"]] == ["Lakeshore Special Economic Zone"]
    assert j["organizations"] == []


def test_an_authority_for_something_else_stays_an_organisation() -> None:
    text = "The General Authority for Mining and Quarries signed the lease."
    names = [o["name"] for o in extract_article(text).to_json()["organizations"]]
    assert names == ["General Authority for Mining and Quarries"]
