"""English bodies: one named by generic words and a kind of site before an organisation head
("World Free Zone Organization", "Industrial Parks Development Corporation") serves that kind
of site and is an organisation; a party's committee, a zone's administrative committee and a
region's council are no organisations SCHEMA counts. Sentences are invented."""

from __future__ import annotations

import pytest

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The zones joined the World Free Zone Organization last year.",
            "World Free Zone Organization",
        ),
        (
            "The plan was prepared by the Industrial Parks Development Corporation last year.",
            "Industrial Parks Development Corporation",
        ),
    ],
)
def test_a_body_named_after_a_kind_of_site_is_an_organisation(text, name):
    assert _orgs(text) == [name]


def test_a_zones_own_authority_stays_the_zone():
    facts = extract_article("The Lagos Free Zone Authority signed the deal.")
    assert facts.organizations == []


@pytest.mark.parametrize(
    "text",
    [
        "Jin Wei, Secretary of Party Working Committee, visited the port.",
        "On August 27, the county government and Administrative Committee of Dalian Free Trade "
        "Zone signed the agreement.",
        "The ceremony was chaired by Omar Ali, President of the Rabat-Sale Regional Council.",
    ],
)
def test_party_committees_zone_committees_and_regional_councils_are_no_organisations(text):
    assert _orgs(text) == []
