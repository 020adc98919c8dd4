"""A confidential agreement (and what is part of it) is seen by its parties' members and by
administrators only: in detail, lists, search results and counts alike."""

from __future__ import annotations

import pytest

from parkbridge.accounts.tests.conftest import ROLES

SEES_OWN = {"administrator", "site operator", "company member", "event organiser"}


@pytest.fixture
def secret(world):
    from parkbridge.agreements.models import Agreement, Milestone

    agreement = Agreement.objects.get(pk=world.records["agreements"]["own"])
    agreement.confidential = True
    agreement.title = "Secret cooperation memorandum"
    agreement.save()
    milestone = Milestone.objects.create(agreement=agreement, title="Secret milestone")
    return agreement, milestone


@pytest.mark.parametrize("role", ROLES)
def test_a_confidential_agreement_is_seen_by_its_parties_and_administrators(
    role, secret, world, client_for
):
    agreement, milestone = secret
    client = client_for(role, world.own_org)
    sees = role in SEES_OWN
    assert client.get(f"/api/agreements/{agreement.pk}").status_code == (200 if sees else 404)
    listed = client.get("/api/agreements").json()
    assert (agreement.pk in {a["id"] for a in listed["items"]}) is sees
    assert listed["count"] == (2 if sees else 1)
    found = client.get("/api/agreements", {"q": "secret"}).json()
    assert found["count"] == (1 if sees else 0)
    assert client.get(f"/api/milestones/{milestone.pk}").status_code == (200 if sees else 404)
    assert (client.get("/api/milestones", {"agreement": agreement.pk}).json()["count"] == 1) is sees


def test_a_member_of_another_organisation_does_not_see_it(
    secret, world, client_for, make_organisation
):
    agreement, _ = secret
    client = client_for("company member", make_organisation())
    assert client.get(f"/api/agreements/{agreement.pk}").status_code == 404


def test_the_visible_filter_is_what_pages_and_exports_use(secret, world, user_for):
    from parkbridge.agreements.models import Agreement, Milestone
    from parkbridge.core.access import visible

    analyst = user_for("analyst")
    member = user_for("company member", world.own_org)
    assert not visible(Agreement.objects.all(), analyst).filter(pk=secret[0].pk).exists()
    assert visible(Agreement.objects.all(), member).filter(pk=secret[0].pk).exists()
    assert visible(Milestone.objects.all(), None).count() == Milestone.objects.count() - 1


def test_a_confidential_site_hides_its_incentives_from_outsiders(world, api, client_for):
    from parkbridge.sites.models import Site

    Site.objects.filter(pk=world.records["sites"]["own"]).update(confidential=True)
    incentive = world.records["incentives"]["own"]
    assert api.get(f"/api/incentives/{incentive}").status_code == 404
    assert (
        client_for("site operator", world.own_org).get(f"/api/incentives/{incentive}").status_code
        == 200
    )
