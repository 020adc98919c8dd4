import pytest

from parkbridge.press.review import ReviewError, accept
from parkbridge.sites.models import Site


def test_the_edited_value_is_applied_and_the_extracted_one_kept(make_proposal, reviewer):
    extracted = {"name": "Orsha Technopark", "kind": "other", "country": "RU", "city": None}
    proposal = make_proposal("site", extracted)

    site = accept(proposal, reviewer, {"country": "BY", "kind": "technopark"})

    assert (site.country, site.kind) == ("BY", "technopark")
    proposal.refresh_from_db()
    assert proposal.extracted == extracted
    assert proposal.edited == {"country": "BY", "kind": "technopark"}
    assert proposal.values["country"] == "BY"


def test_an_edit_can_supply_what_the_extractor_missed(make_proposal, reviewer):
    proposal = make_proposal("site", {"name": "Somewhere Park", "country": None})
    site = accept(proposal, reviewer, {"country": "KZ"})
    assert site.country == "KZ"


def test_unknown_or_ill_typed_edits_are_refused_field_by_field(make_proposal, reviewer):
    proposal = make_proposal("figure", {"value": 5, "unit": "count", "measure": "parks"})

    with pytest.raises(ReviewError) as error:
        accept(proposal, reviewer, {"value": "five", "colour": "red", "qualifier": "roughly"})

    assert set(error.value.detail) == {"value", "colour", "qualifier"}
    proposal.refresh_from_db()
    assert proposal.edited is None and proposal.status == "pending"


def test_a_reviewer_can_create_a_new_record_instead_of_the_proposed_link(
    make_proposal, reviewer, great_stone
):
    proposal = make_proposal("site", {"name": "Great Stone 2", "country": "BY"}, action="link",
                             target=great_stone)  # fmt: skip
    site = accept(proposal, reviewer, action="create")
    assert site != great_stone and Site.objects.count() == 2


def test_a_reviewer_can_link_to_another_record(make_proposal, reviewer, great_stone, make_site):
    other = make_site(name_en="Other Park")
    proposal = make_proposal("site", {"name": "Other", "country": "BY"}, action="link",
                             target=great_stone)  # fmt: skip
    assert accept(proposal, reviewer, target_id=other.pk) == other
