"""The pages apply the same visibility as the API: a confidential agreement appears (in the
list and as a page) for its parties' members and administrators only, for every role."""

from __future__ import annotations

import pytest
from django.test import Client

from parkbridge.accounts.tests.conftest import ROLES

SEES_OWN = {"administrator", "site operator", "company member", "event organiser"}


@pytest.fixture
def secret_agreement(world):
    from parkbridge.agreements.models import Agreement

    agreement = Agreement.objects.get(pk=world.records["agreements"]["own"])
    agreement.title = "Zqxv secret memorandum"
    agreement.confidential = True
    agreement.save()
    return agreement


@pytest.mark.parametrize("role", ROLES)
def test_each_role_sees_a_confidential_agreement_page_only_if_a_party(
    role, secret_agreement, world, user_for
):
    client = Client()
    user = user_for(role, world.own_org)
    if user is not None:
        client.force_login(user)
    sees = role in SEES_OWN
    detail = client.get(f"/agreements/{secret_agreement.pk}/")
    assert detail.status_code == (200 if sees else 404)
    listing = client.get("/agreements/")
    assert listing.status_code == 200
    assert ("Zqxv secret memorandum" in listing.content.decode()) is sees
