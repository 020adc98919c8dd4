from __future__ import annotations

import pytest

from parkbridge.marketplace_matching import Profile, ProfileError, ProfileIndex


def test_offers_only_match_requests_and_kinds_must_be_compatible(index):
    request = Profile("q", "offer", "equipment", "Bulldozer", "We sell bulldozers")
    assert [m.profile_id for m in index.top_matches(request)] == ["ru-seek-dozer"]
    investment = Profile("q", "seek", "investment", "Machinery plant", "machinery manufacturing")
    assert [m.profile_id for m in index.top_matches(investment)][0] == "en-invest"


def test_condition_deal_quantity_and_country_decide_between_equal_offers(index):
    request = Profile(
        "q",
        "seek",
        "equipment",
        "Road sweeper",
        "",
        quantity=10,
        condition="new",
        deal="sale",
        target_countries=("CN",),
    )
    [first, second] = index.top_matches(request, k=2)
    assert first.profile_id == "zh-sweeper"
    assert first.breakdown["terms"] == 1.0 > second.breakdown["terms"]
    assert "condition new (as wanted)" in first.reasons
    assert "based in CN, a wanted country" in first.reasons


def test_k_limits_the_number_of_matches_and_empty_indexes_return_nothing(index):
    request = Profile("q", "seek", "equipment", "machinery", "")
    assert len(index.top_matches(request, k=1)) <= 1
    assert ProfileIndex.build([]).top_matches(request) == []


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (Profile("x", "sell", "equipment"), "direction"),
        (Profile("x", "offer", "spaceship"), "kind"),
        (Profile("x", "offer", "equipment", hs_codes=("843",)), "HS code"),
        (Profile("x", "offer", "equipment", quantity=-1), "quantity"),
        (Profile("x", "offer", "equipment", condition="broken"), "condition"),
        (Profile("x", "offer", "equipment", description="x" * 30_000), "longer than"),
        (Profile("", "offer", "equipment"), "without an id"),
    ],
)
def test_malformed_profiles_are_rejected_with_a_clear_message(profile, message):
    with pytest.raises(ProfileError, match=message):
        ProfileIndex.build([profile])
