from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_list_searches_across_languages(make_organisation, make_profile, client: Client):
    make_profile(make_organisation(), kind="equipment", title="Road sweeper for sale")
    make_profile(make_organisation(), kind="equipment", title="Injection moulding machine")
    everything = client.get("/marketplace/").content.decode()
    assert "Road sweeper for sale" in everything and "Injection moulding machine" in everything
    found = client.get("/marketplace/", {"q": "подметально-уборочная машина"}).content.decode()
    assert "Road sweeper for sale" in found and "Injection moulding machine" not in found


def test_a_member_publishes_a_profile_through_the_form(make_member):
    member = make_member()
    client = _signed_in(member.user)
    form = {
        "organisation": member.organisation.pk, "direction": "offer", "kind": "equipment",
        "title": "Used excavators", "hs_codes": "8429.52", "countries": "cn, by",
        "condition": "used", "deal": "sale", "quantity": "4",
    }  # fmt: skip
    answer = client.post("/marketplace/profiles/new/", form)
    assert answer.status_code == 302, answer.content.decode()[:2000]
    from parkbridge.marketplace.models import Profile

    profile = Profile.objects.get(title="Used excavators")
    assert profile.hs_codes == ["842952"] and profile.countries == ["CN", "BY"]
    assert profile.created_by == member.user


def test_an_invalid_profile_form_shows_the_errors(make_member):
    member = make_member()
    client = _signed_in(member.user)
    form = {
        "organisation": member.organisation.pk, "direction": "offer", "kind": "business",
        "title": "Partner", "hs_codes": "123", "condition": "used",
    }  # fmt: skip
    answer = client.post("/marketplace/profiles/new/", form)
    assert answer.status_code == 422
    text = answer.content.decode()
    assert "must have 2, 4 or 6 digits" in text
    assert "condition applies to equipment profiles only" in text


def test_the_form_offers_only_the_users_organisations(make_member, make_organisation):
    member = make_member()
    other = make_organisation()
    client = _signed_in(member.user)
    answer = client.post(
        "/marketplace/profiles/new/",
        {"organisation": other.pk, "direction": "offer", "kind": "business", "title": "x"},
    )
    assert answer.status_code == 422
    assert client.get("/marketplace/profiles/new/").status_code == 200
    assert Client().get("/marketplace/profiles/new/").status_code == 302  # to the login page


def test_the_detail_page_shows_matches_and_lets_the_owner_answer(make_member, make_profile):
    owner = make_member()
    seeker = make_member()
    offer = make_profile(owner.organisation, kind="equipment", title="Road sweeper for sale")
    make_profile(
        seeker.organisation, direction="seek", kind="equipment", title="Need a road sweeper"
    )
    seeker_client = _signed_in(seeker.user)
    page = seeker_client.get(f"/marketplace/profiles/{offer.pk}/").content.decode()
    assert "Need a road sweeper" in page and "Express interest" in page

    sent = seeker_client.post(f"/marketplace/profiles/{offer.pk}/interest/", {"message": "Hi"})
    assert sent.status_code == 302
    interest = offer.interests_received.get()
    assert seeker_client.post(f"/marketplace/interests/{interest.pk}/accept/").status_code == 403

    owner_client = _signed_in(owner.user)
    assert "Hi" in owner_client.get(f"/marketplace/profiles/{offer.pk}/").content.decode()
    owner_client.post(f"/marketplace/interests/{interest.pk}/accept/")
    interest.refresh_from_db()
    assert interest.status == "accepted"
    owner_client.post(f"/marketplace/interests/{interest.pk}/agreement/")
    interest.refresh_from_db()
    assert interest.agreement is not None

    notes = owner_client.get("/marketplace/notifications/").content.decode()
    assert "is interested in" in notes
