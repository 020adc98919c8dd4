"""A body named by a nationality and a kind phrase is the country's agency for its zones, an
organisation; the body of one named zone is still that zone (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def test_a_nationality_zone_board_is_an_organisation_not_a_site() -> None:
    facts = extract_article(
        "News\n\nThe projects were approved by the Cambodian Special Economic Zone Board."
    )
    assert facts.sites == []
    assert any("Special Economic Zone Board" in o.name for o in facts.organizations)


def test_an_owner_before_the_nationality_does_not_make_it_a_zone() -> None:
    facts = extract_article(
        "News\n\nThe council’s Philippine Economic Zone Authority approved the projects."
    )
    assert facts.sites == []


def test_the_body_of_one_named_zone_is_still_the_zone() -> None:
    facts = extract_article("News\n\nThe Korvala Free Zone Authority approved the projects.")
    assert [s.name for s in facts.sites] == ["Korvala Free Zone"]
