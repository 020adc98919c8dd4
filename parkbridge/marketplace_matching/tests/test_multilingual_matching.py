from __future__ import annotations

from parkbridge.marketplace_matching import Profile


def ids(matches):
    return [m.profile_id for m in matches]


def test_a_russian_request_for_road_sweepers_finds_chinese_and_english_offers(index):
    request = Profile(
        "q",
        "seek",
        "equipment",
        "Подметально-уборочная машина",
        "Ищем подметально-уборочные машины для города",
        country="RU",
    )
    found = ids(index.top_matches(request, k=3))
    assert set(found[:2]) == {"zh-sweeper", "en-sweeper"}


def test_a_chinese_request_for_bulldozers_finds_the_english_offer(index):
    request = Profile("q", "seek", "equipment", "求购履带式推土机", "需要履带推土机五台")
    assert ids(index.top_matches(request, k=1)) == ["en-dozer"]


def test_an_english_request_for_truck_cranes_finds_the_russian_offer(index):
    request = Profile("q", "seek", "equipment", "Truck crane", "Looking for mobile cranes")
    assert ids(index.top_matches(request, k=1)) == ["ru-crane"]


def test_reasons_name_the_shared_hs_code_in_the_requesters_language(index):
    request = Profile("q", "seek", "equipment", "Подметально-уборочная машина", "")
    [top, *_] = index.top_matches(request, k=2)
    assert any(
        r.startswith("same HS subheading 870590") and "подметально" in r for r in top.reasons
    )


def test_explicit_hs_codes_match_at_heading_level_when_subheadings_differ(index):
    # 870510 (mobile cranes) and 870590 (sweepers) share the heading 8705.
    request = Profile("q", "seek", "equipment", "", "", hs_codes=("8705.10.00",))
    matches = index.top_matches(request, k=5)
    by_id = {m.profile_id: m for m in matches}
    assert matches[0].profile_id == "ru-crane"
    assert by_id["ru-crane"].breakdown["taxonomy"] == 1.0
    assert 0 < by_id["zh-sweeper"].breakdown["taxonomy"] < 1.0
