"""Two people opening the same link at the same moment: one gets what it grants, the other a
"used" error; the row lock makes "used once" hold under concurrency (PostgreSQL)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from parkbridge.accounts import invitations
from parkbridge.accounts.invitations import InvitationError
from parkbridge.marketplace.models import OrganisationMember


@pytest.mark.django_db(transaction=True)
def test_a_link_used_twice_at_once_grants_once(make_organisation, make_user, member_of):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (SQLite serialises whole-database writes)")
    company = make_organisation()
    admin = make_user()
    member_of(admin, company, "admin")
    secrets: list[str] = []
    invitations.invite(
        admin,
        kind="organisation",
        email="shared@example.org",
        organisation=company,
        link_for=lambda raw: secrets.append(raw) or raw,
    )
    # Both hold the invited address (one person's two accounts), so only "used once" decides.
    people = [make_user(email="shared@example.org"), make_user(email="shared@example.org")]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def use(user) -> None:
        barrier.wait()
        try:
            invitations.accept(secrets[0], user)
            outcomes.append("accepted")
        except InvitationError as error:
            outcomes.append(error.reason)
        finally:
            connection.close()

    threads = [threading.Thread(target=use, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["accepted", "used"]
    assert OrganisationMember.objects.filter(user__in=people).count() == 1
