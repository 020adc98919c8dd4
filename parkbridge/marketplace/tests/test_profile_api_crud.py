from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

OFFER = {
    "direction": "offer",
    "kind": "equipment",
    "title": "Used road sweepers for lease",
    "description": "Twelve street sweepers, 2019, serviced.",
    "hs_codes": ["8705.90"],
    "countries": ["by", "KZ"],
    "quantity": 12,
    "condition": "used",
    "deal": "lease",
    "sectors": ["municipal_equipment"],
}


def test_a_member_creates_reads_updates_and_deletes_a_profile(make_member, api):
    from parkbridge.core.models import Sector

    Sector.objects.create(code="municipal_equipment", name_en="Municipal equipment")
    member = make_member()
    created = member.api.post(
        "/api/marketplace/profiles", OFFER | {"organisation": member.organisation.pk}
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["hs_codes"] == ["870590"] and body["countries"] == ["BY", "KZ"]
    assert body["sectors"] == ["municipal_equipment"] and body["active"] is True

    listed = api.get("/api/marketplace/profiles", {"kind": "equipment", "hs": "8705"}).json()
    assert [p["id"] for p in listed["items"]] == [body["id"]]
    assert api.get(f"/api/marketplace/profiles/{body['id']}").json()["title"] == OFFER["title"]

    patched = member.api.patch(f"/api/marketplace/profiles/{body['id']}", {"quantity": 10})
    assert patched.status_code == 200 and patched.json()["quantity"] == 10

    assert member.api.delete(f"/api/marketplace/profiles/{body['id']}").status_code == 204
    assert api.get(f"/api/marketplace/profiles/{body['id']}").status_code == 404


def test_writing_a_profile_without_a_token_is_401(make_organisation, make_profile, api):
    organisation = make_organisation()
    profile = make_profile(organisation)
    body = OFFER | {"organisation": organisation.pk, "sectors": []}
    assert api.post("/api/marketplace/profiles", body).status_code == 401
    assert api.patch(f"/api/marketplace/profiles/{profile.pk}", {"title": "x"}).status_code == 401
    assert api.delete(f"/api/marketplace/profiles/{profile.pk}").status_code == 401


def test_a_user_cannot_publish_or_edit_for_an_organisation_they_do_not_belong_to(
    make_member, make_organisation, make_profile, stranger
):
    other = make_organisation()
    body = OFFER | {"organisation": other.pk, "sectors": []}
    assert stranger.post("/api/marketplace/profiles", body).status_code == 403
    profile = make_profile(other)
    assert (
        stranger.patch(f"/api/marketplace/profiles/{profile.pk}", {"title": "x"}).status_code == 403
    )
    member = make_member()
    moved = member.api.patch(
        f"/api/marketplace/profiles/{profile.pk}", {"organisation": member.organisation.pk}
    )
    assert moved.status_code == 403


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"hs_codes": ["87059"]}, "hs_codes"),
        ({"countries": ["XX"]}, "countries"),
        ({"quantity": -1}, "quantity"),
        ({"kind": "business"}, "condition"),  # condition/deal belong to equipment only
        ({"direction": "swap"}, "direction"),
    ],
)
def test_an_invalid_profile_is_422_naming_the_field(make_member, change, field):
    member = make_member()
    body = OFFER | {"organisation": member.organisation.pk, "sectors": []} | change
    answer = member.api.post("/api/marketplace/profiles", body)
    assert answer.status_code == 422
    assert field in answer.json()["detail"]


def test_unknown_keys_and_sectors_are_refused(make_member):
    member = make_member()
    base = OFFER | {"organisation": member.organisation.pk}
    assert member.api.post("/api/marketplace/profiles", base | {"colour": "red"}).status_code == 422
    unknown_sector = member.api.post("/api/marketplace/profiles", base | {"sectors": ["nope"]})
    assert unknown_sector.status_code == 422


def test_inactive_profiles_are_listed_only_when_asked(make_organisation, make_profile, api):
    organisation = make_organisation()
    make_profile(organisation, title="live")
    make_profile(organisation, title="withdrawn", active=False)
    default = api.get("/api/marketplace/profiles").json()["items"]
    everything = api.get("/api/marketplace/profiles", {"active": "false"}).json()["items"]
    assert [p["title"] for p in default] == ["live"]
    assert sorted(p["title"] for p in everything) == ["live", "withdrawn"]
