"""Issue 13, finding 1: a profile of a confidential organisation is part of it (hidden from
whoever can't see the organisation, in the API, the search and the pages); a public
profile's reference to a confidential site is blanked; attaching a site the user can't
see is answered exactly like a site that doesn't exist."""

from __future__ import annotations

import pytest

from parkbridge.conftest import ApiClient


@pytest.fixture
def hidden(make_organisation, make_site, make_profile):
    organisation = make_organisation(name_en="Secret Holding", confidential=True)
    site = make_site(name_en="Secret Park", confidential=True)
    profile = make_profile(organisation, kind="site", title="Land near Minsk", site=site)
    return organisation, site, profile


def test_an_anonymous_reader_gets_no_profile_of_a_confidential_organisation(hidden, api):
    _, _, profile = hidden
    assert api.get(f"/api/marketplace/profiles/{profile.pk}").status_code == 404
    listed = api.get("/api/marketplace/profiles").json()["items"]
    assert profile.pk not in [p["id"] for p in listed]
    found = api.get("/api/marketplace/profiles/search", {"q": "land Minsk"}).json()
    assert profile.pk not in [m["profile"]["id"] for m in found]


def test_the_pages_show_no_profile_of_a_confidential_organisation(hidden, client):
    _, _, profile = hidden
    assert client.get(f"/marketplace/profiles/{profile.pk}/").status_code == 404
    assert "Secret Holding" not in client.get("/marketplace/").content.decode()


def test_the_organisations_members_still_see_their_profile(hidden, make_member):
    organisation, site, profile = hidden
    member = make_member(organisation=organisation)
    body = member.api.get(f"/api/marketplace/profiles/{profile.pk}").json()
    assert body["organisation"] == organisation.pk


def test_a_public_profile_does_not_reveal_a_confidential_site(
    make_organisation, make_site, make_profile, api, client
):
    site = make_site(name_en="Hidden Park", confidential=True)
    profile = make_profile(make_organisation(), kind="site", title="Plots", site=site)
    assert api.get(f"/api/marketplace/profiles/{profile.pk}").json()["site"] is None
    listed = api.get("/api/marketplace/profiles").json()["items"]
    assert [p["site"] for p in listed if p["id"] == profile.pk] == [None]
    page = client.get(f"/marketplace/profiles/{profile.pk}/").content.decode()
    assert "Hidden Park" not in page and f"/sites/{site.pk}" not in page


def test_attaching_a_hidden_site_is_the_same_answer_as_a_missing_one(make_member, make_site):
    member = make_member()
    hidden_site = make_site(confidential=True)
    body = {"organisation": member.organisation.pk, "direction": "offer", "kind": "site",
            "title": "Plots"}  # fmt: skip
    hidden = member.api.post("/api/marketplace/profiles", body | {"site": hidden_site.pk})
    missing_id = hidden_site.pk + 1000
    missing = member.api.post("/api/marketplace/profiles", body | {"site": missing_id})
    assert hidden.status_code == missing.status_code == 422
    assert hidden.json()["detail"]["site"] == [f"no site with id {hidden_site.pk}"]
    assert missing.json()["detail"]["site"] == [f"no site with id {missing_id}"]


def test_a_stranger_may_not_change_anothers_profile(make_organisation, make_profile, stranger):
    profile = make_profile(make_organisation())
    answer = stranger.patch(f"/api/marketplace/profiles/{profile.pk}", {"title": "Mine now"})
    assert answer.status_code == 403
    assert stranger.delete(f"/api/marketplace/profiles/{profile.pk}").status_code == 403


def test_an_administrator_sees_everything(hidden, staff_api: ApiClient):
    organisation, site, profile = hidden
    body = staff_api.get(f"/api/marketplace/profiles/{profile.pk}").json()
    assert (body["organisation"], body["site"]) == (organisation.pk, site.pk)
