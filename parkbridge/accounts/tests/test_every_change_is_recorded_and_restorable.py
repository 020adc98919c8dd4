"""Every change to every record is in the history (who, when, before, after), viewable per
record through the API, and any recorded state can be put back."""

from __future__ import annotations

from django.test import override_settings

from parkbridge.accounts.models import ChangeRecord

NEW_SITE = {"slug": "hist-park", "name_en": "History Park", "kind": "technopark", "country": "BY"}


def _history(client, label, pk):
    response = client.get(f"/api/history/{label}/{pk}")
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_api_writes_record_who_when_before_and_after(staff_api, db):
    site_id = staff_api.post("/api/sites", NEW_SITE).json()["id"]
    staff_api.patch(f"/api/sites/{site_id}", {"city": "Minsk"})
    changes = _history(staff_api, "sites.site", site_id)
    assert [c["action"] for c in changes] == ["update", "create"]
    update, create = changes
    assert update["before"]["city"] == "" and update["after"]["city"] == "Minsk"
    assert "city" in update["changed"]
    assert create["before"] is None and create["after"]["slug"] == "hist-park"
    assert update["user"] and update["via"] == "api" and update["timestamp"]


def test_a_deleted_record_is_restored_from_its_history(staff_api, db):
    from parkbridge.sites.models import Site

    site_id = staff_api.post("/api/sites", NEW_SITE).json()["id"]
    assert staff_api.delete(f"/api/sites/{site_id}").status_code == 204
    deletion = _history(staff_api, "sites.site", site_id)[0]
    assert deletion["action"] == "delete" and deletion["after"] is None
    restored = staff_api.post(
        f"/api/history/sites.site/{site_id}/restore", {"change": deletion["id"]}
    )
    assert restored.status_code == 200, restored.content
    assert Site.objects.get(pk=site_id).slug == "hist-park"
    assert _history(staff_api, "sites.site", site_id)[0]["action"] == "restore"


def test_an_earlier_state_is_restored_with_its_many_to_many_links(staff_api, make_organisation, db):
    from parkbridge.agreements.models import Agreement

    first, second = make_organisation(), make_organisation()
    created = staff_api.post("/api/agreements", {"title": "MoU", "parties": [first.pk]}).json()
    staff_api.patch(
        f"/api/agreements/{created['id']}", {"title": "Renamed", "parties": [second.pk]}
    )
    creation = _history(staff_api, "agreements.agreement", created["id"])[-1]
    response = staff_api.post(
        f"/api/history/agreements.agreement/{created['id']}/restore", {"change": creation["id"]}
    )
    assert response.status_code == 200, response.content
    agreement = Agreement.objects.get(pk=created["id"])
    assert agreement.title == "MoU"
    assert list(agreement.parties.values_list("pk", flat=True)) == [first.pk]


def test_changes_outside_the_api_are_recorded_with_the_acting_user(make_site, make_user):
    from parkbridge.accounts.history import acting_as

    site = make_site(city="Minsk")
    editor = make_user()
    with acting_as(editor, "admin"):
        site.city = "Brest"
        site.save()
        site.sectors.create(code="energy", name_en="Energy")
    changes = ChangeRecord.objects.filter(object_id=str(site.pk), content_type__model="site")
    update = changes.filter(action="update").exclude(after__has_key="sectors").get()
    assert (update.before["city"], update.after["city"], update.user) == ("Minsk", "Brest", editor)
    assert update.via == "admin"
    m2m = changes.filter(after__has_key="sectors").get()
    assert m2m.before == {"sectors": []} and len(m2m.after["sectors"]) == 1


def test_cascaded_deletions_are_recorded_too(staff_api, world):
    incentive = world.records["incentives"]["other"]
    staff_api.delete(f"/api/sites/{world.records['sites']['other']}")
    assert ChangeRecord.objects.filter(
        content_type__model="incentive", object_id=str(incentive), action="delete"
    ).exists()


def test_secrets_never_reach_the_history(make_user, db):
    from parkbridge.core.models import ApiToken

    user = make_user(password="a long Passphrase 1")
    ApiToken.issue(user)
    records = ChangeRecord.objects.filter(content_type__model__in=["user", "apitoken"])
    assert records.count() >= 2
    text = str(list(records.values_list("after", flat=True)))
    assert user.password not in text
    assert ApiToken.objects.get(user=user).key_hash not in text


def test_history_needs_authentication_and_visibility(api, world, client_for, staff_api):
    from parkbridge.agreements.models import Agreement

    agreement = Agreement.objects.get(pk=world.records["agreements"]["own"])
    agreement.confidential = True
    agreement.save()
    assert api.get(f"/api/history/agreements.agreement/{agreement.pk}").status_code == 401
    analyst = client_for("analyst")
    assert analyst.get(f"/api/history/agreements.agreement/{agreement.pk}").status_code == 404
    member = client_for("company member", world.own_org)
    assert member.get(f"/api/history/agreements.agreement/{agreement.pk}").status_code == 200
    assert staff_api.get("/api/history/nothing.here/1").status_code == 404
    assert staff_api.get("/api/history/accounts.changerecord/1").status_code == 404


@override_settings(PARKBRIDGE_ROLELESS_WRITERS=False)
def test_only_those_who_may_edit_a_record_may_restore_it(world, client_for, staff_api):
    site = world.records["sites"]["other"]
    staff_api.patch(f"/api/sites/{site}", {"city": "Grodno"})
    change = _history(staff_api, "sites.site", site)[0]["id"]
    reviewer = client_for("reviewer")
    assert (
        reviewer.post(f"/api/history/sites.site/{site}/restore", {"change": change}).status_code
        == 403
    )
    operator = client_for("site operator", world.own_org)
    assert (
        operator.post(f"/api/history/sites.site/{site}/restore", {"change": change}).status_code
        == 403
    )
