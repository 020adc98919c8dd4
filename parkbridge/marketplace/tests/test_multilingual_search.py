from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def sweeper_offers(make_organisation, make_profile):
    english = make_profile(
        make_organisation(country="BY"),
        kind="equipment",
        title="Road sweeper for sale",
        description="Street sweeping machine, 2021, low mileage.",
        condition="used",
        deal="sale",
    )
    chinese = make_profile(
        make_organisation(country="CN"),
        kind="equipment",
        title="出售道路清扫车",
        description="二手道路清扫车，状态良好。",
        language="zh",
    )
    unrelated = make_profile(
        make_organisation(country="CN"),
        kind="equipment",
        title="Injection moulding machine",
        description="Plastic injection moulding, 250 t.",
    )
    return english, chinese, unrelated


def test_a_russian_request_finds_the_english_and_chinese_equipment_offers(sweeper_offers, api):
    english, chinese, unrelated = sweeper_offers
    answer = api.get(
        "/api/marketplace/profiles/search",
        {"q": "подметально-уборочная машина", "direction": "offer", "kind": "equipment"},
    )
    assert answer.status_code == 200, answer.content
    found = [row["profile"]["id"] for row in answer.json()]
    assert set(found[:2]) == {english.pk, chinese.pk}
    assert unrelated.pk not in found
    first = answer.json()[0]
    assert first["score"] > 0 and first["reasons"][0] == "offer of equipment"
    # The shared HS code is explained in the request's language.
    assert any("870590" in reason for reason in first["reasons"])


def test_a_seek_profile_lists_its_matching_offers_with_reasons(
    sweeper_offers, make_organisation, make_profile, api
):
    english, chinese, _ = sweeper_offers
    request = make_profile(
        make_organisation(country="KZ"),
        direction="seek",
        kind="equipment",
        title="Ищем подметально-уборочные машины б/у",
        condition="used",
    )
    answer = api.get(f"/api/marketplace/profiles/{request.pk}/matches", {"limit": 5})
    assert answer.status_code == 200
    rows = answer.json()
    assert {r["profile"]["id"] for r in rows[:2]} == {english.pk, chinese.pk}
    english_row = next(r for r in rows if r["profile"]["id"] == english.pk)
    assert "condition used (as wanted)" in english_row["reasons"]


def test_an_empty_or_malformed_search_is_422(api):
    assert api.get("/api/marketplace/profiles/search", {"q": ""}).status_code == 422
    bad_kind = api.get("/api/marketplace/profiles/search", {"q": "sweeper", "kind": "spaceship"})
    assert bad_kind.status_code == 422 and "kind" in bad_kind.json()["detail"]
    bad_hs = api.get("/api/marketplace/profiles/search", {"q": "x", "hs_codes": "123"})
    assert bad_hs.status_code == 422
    too_long = api.get("/api/marketplace/profiles/search", {"q": "x" * 3000})
    assert too_long.status_code == 422


def test_an_organisations_own_profiles_are_not_its_matches(make_organisation, make_profile, api):
    company = make_organisation()
    offer = make_profile(company, kind="equipment", title="Road sweeper for sale")
    request = make_profile(company, direction="seek", kind="equipment", title="road sweeper")
    rows = api.get(f"/api/marketplace/profiles/{request.pk}/matches").json()
    assert offer.pk not in [r["profile"]["id"] for r in rows]
