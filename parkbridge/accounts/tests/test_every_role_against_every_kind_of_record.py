"""The rights matrix, exhaustively: every role × every kind of record × own / someone else's,
through the API (PATCH, DELETE), with the production rule that a user without a role can't
write."""

from __future__ import annotations

import pytest
from django.test import override_settings

from parkbridge.accounts.tests.conftest import ROLES

# Which resources each member role owns (edits when the record is its own).
OWNED = {
    "site operator": {"sites", "incentives", "residencies"},
    "company member": {"organisations", "people", "organisation-links"},
    "event organiser": {
        "events",
        "event-sessions",
        "participants",
        "site-visits",
        "event-statistics",
    },
}
# Records a non-party analyst or reviewer can't even see: none in this world (nothing is
# confidential here; confidentiality has its own tests).


def expected_write_status(role: str, resource: str, side: str) -> int:
    if role == "anonymous":
        return 401
    if role in ("administrator", "analyst"):
        return 200
    if role in OWNED and side == "own" and resource in OWNED[role]:
        return 200
    return 403


def _cells(world):
    for resource, ids in world.records.items():
        for side, record_id in ids.items():
            if record_id is not None:
                yield resource, side, record_id


@override_settings(PARKBRIDGE_ROLELESS_WRITERS=False)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_patch_exactly_the_records_its_rights_allow(role, world, client_for):
    client = client_for(role, world.own_org)
    wrong = []
    for resource, side, record_id in _cells(world):
        response = client.patch(f"/api/{resource}/{record_id}", {})
        expected = expected_write_status(role, resource, side)
        if response.status_code != expected:
            wrong.append((resource, side, response.status_code, expected))
    assert wrong == [], f"{role}: (resource, side, got, expected) {wrong}"


@override_settings(PARKBRIDGE_ROLELESS_WRITERS=False)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_delete_exactly_the_records_its_rights_allow(role, world, client_for):
    from django.db import transaction

    client = client_for(role, world.own_org)
    wrong = []
    for resource, side, record_id in _cells(world):
        # Each deletion in a savepoint rolled back, so cascades don't hide later cells.
        sid = transaction.savepoint()
        status = client.delete(f"/api/{resource}/{record_id}").status_code
        transaction.savepoint_rollback(sid)
        expected = expected_write_status(role, resource, side)
        expected = 204 if expected == 200 else expected
        if status != expected:
            wrong.append((resource, side, status, expected))
    assert wrong == [], f"{role}: (resource, side, got, expected) {wrong}"


@override_settings(PARKBRIDGE_ROLELESS_WRITERS=False)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_read_every_public_record(role, world, client_for):
    client = client_for(role, world.own_org)
    for resource, _side, record_id in _cells(world):
        assert client.get(f"/api/{resource}/{record_id}").status_code == 200, resource


def test_a_user_without_a_role_writes_only_where_the_embedded_setup_allows_it(world, client_for):
    client = client_for("no role")
    site = world.records["sites"]["other"]
    with override_settings(PARKBRIDGE_ROLELESS_WRITERS=False):
        assert client.patch(f"/api/sites/{site}", {"city": "Brest"}).status_code == 403
    with override_settings(PARKBRIDGE_ROLELESS_WRITERS=True):
        assert client.patch(f"/api/sites/{site}", {"city": "Brest"}).status_code == 200
