"""Issue 13, finding 11: a target's progress counts public sites only (the same figure for
everyone), and a person of a confidential organisation doesn't name that organisation to
whoever can't see it."""

from __future__ import annotations

import datetime as dt


def test_target_progress_counts_only_public_sites(make_site, api):
    from parkbridge.targets.models import Target

    for _ in range(3):
        make_site(country="BY", kind="technopark")
    make_site(country="BY", kind="technopark", confidential=True)
    target = Target.objects.create(
        title="Technoparks", measure="technoparks", value=10, deadline=dt.date(2030, 1, 1),
        site_filter={"country": "BY", "kind": "technopark"},
    )  # fmt: skip
    assert target.current_value() == 3
    assert api.get(f"/api/targets/{target.pk}").json()["current_value"] == 3


def test_a_person_of_a_confidential_organisation_does_not_name_it(make_organisation, api):
    from parkbridge.organisations.models import Person

    hidden = make_organisation(confidential=True)
    person = Person.objects.create(name="A. Person", organisation=hidden)
    assert api.get(f"/api/people/{person.pk}").json()["organisation"] is None
    listed = api.get("/api/people").json()["items"]
    assert [p["organisation"] for p in listed if p["id"] == person.pk] == [None]


def test_a_public_site_of_a_confidential_operator_shows_no_operator(
    make_organisation, make_site, api
):
    site = make_site(operator=make_organisation(confidential=True))
    assert api.get(f"/api/sites/{site.pk}").json()["operator"] is None


def test_a_public_sites_card_does_not_link_a_confidential_operator(
    make_organisation, make_site, client
):
    hidden = make_organisation(name_en="Secret Operator Ltd", confidential=True)
    site = make_site(operator=hidden)
    page = client.get(f"/sites/{site.slug}/").content.decode()
    assert "Secret Operator Ltd" not in page and f"/organisations/{hidden.pk}/" not in page


def test_a_public_site_of_a_confidential_operator_does_not_name_it_in_text(
    make_organisation, make_site, api, client
):
    hidden = make_organisation(name_en="Quiet Holdings Ltd", confidential=True)
    site = make_site(operator=hidden, operator_name="Quiet Holdings Ltd")
    assert api.get(f"/api/sites/{site.pk}").json()["operator_name"] == ""
    assert "Quiet Holdings Ltd" not in client.get(f"/sites/{site.slug}/").content.decode()


def test_a_public_operator_keeps_its_name_in_text(make_organisation, make_site, api):
    site = make_site(operator=make_organisation(), operator_name="Open Parks JSC")
    assert api.get(f"/api/sites/{site.pk}").json()["operator_name"] == "Open Parks JSC"
