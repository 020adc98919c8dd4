"""Optimistic concurrency: the detail answer carries an ETag; a write with a stale If-Match is
refused with 409 and the other writer's change stays."""

from __future__ import annotations


def test_an_update_based_on_a_stale_copy_is_refused_with_409_and_nothing_is_lost(
    staff_api, make_site
):
    site = make_site(city="Minsk")
    version = staff_api.get(f"/api/sites/{site.pk}")["ETag"]
    first = staff_api.client.patch(
        f"/api/sites/{site.pk}", {"city": "Brest"}, content_type="application/json",
        headers={**staff_api._headers(), "If-Match": version},
    )  # fmt: skip
    assert first.status_code == 200
    assert first["ETag"] != version
    second = staff_api.client.patch(
        f"/api/sites/{site.pk}", {"city": "Gomel"}, content_type="application/json",
        headers={**staff_api._headers(), "If-Match": version},
    )  # fmt: skip
    assert second.status_code == 409
    assert second.json()["detail"]["current_version"] == first["ETag"].strip('"')
    site.refresh_from_db()
    assert site.city == "Brest"


def test_a_delete_based_on_a_stale_copy_is_refused(staff_api, make_site):
    site = make_site()
    response = staff_api.client.delete(
        f"/api/sites/{site.pk}", headers={**staff_api._headers(), "If-Match": '"0000"'}
    )
    assert response.status_code == 409
    assert staff_api.get(f"/api/sites/{site.pk}").status_code == 200


def test_the_current_version_and_a_wildcard_are_accepted(staff_api, make_site):
    site = make_site()
    version = staff_api.get(f"/api/sites/{site.pk}")["ETag"]
    for match in (version, "*"):
        response = staff_api.client.patch(
            f"/api/sites/{site.pk}", {"city": f"City {match[:3]}"}, content_type="application/json",
            headers={**staff_api._headers(), "If-Match": match},
        )  # fmt: skip
        assert response.status_code == 200


def test_a_change_to_many_to_many_links_changes_the_version(
    staff_api, make_site, make_organisation, db
):
    from parkbridge.agreements.models import Agreement

    agreement = Agreement.objects.create(title="MoU")
    version = staff_api.get(f"/api/agreements/{agreement.pk}")["ETag"]
    agreement.parties.set([make_organisation()])
    assert staff_api.get(f"/api/agreements/{agreement.pk}")["ETag"] != version
