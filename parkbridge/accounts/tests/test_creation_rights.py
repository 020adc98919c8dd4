"""Creating is checked on the record as it would be saved: an operator creates a site only for
its own organisation, an organiser an event only it organises; a refusal leaves nothing."""

from __future__ import annotations

from django.test import override_settings

SITE = {"slug": "new-park", "name_en": "New Park", "kind": "technopark", "country": "KZ"}


@override_settings(PARKBRIDGE_ROLELESS_WRITERS=False)
def test_a_site_operator_creates_sites_only_for_its_own_organisation(world, client_for):
    from parkbridge.sites.models import Site

    client = client_for("site operator", world.own_org)
    assert client.post("/api/sites", SITE | {"operator": world.other_org.pk}).status_code == 403
    assert not Site.objects.filter(slug="new-park").exists()
    assert client.post("/api/sites", SITE | {"operator": world.own_org.pk}).status_code == 201


@override_settings(PARKBRIDGE_ROLELESS_WRITERS=False)
def test_an_operator_cannot_hand_its_site_to_another_organisation(world, client_for):
    client = client_for("site operator", world.own_org)
    site = world.records["sites"]["own"]
    assert client.patch(f"/api/sites/{site}", {"operator": world.other_org.pk}).status_code == 403
    from parkbridge.sites.models import Site

    assert Site.objects.get(pk=site).operator_id == world.own_org.pk


@override_settings(PARKBRIDGE_ROLELESS_WRITERS=False)
def test_an_event_organiser_creates_events_it_organises(world, client_for):
    from parkbridge.events.models import Event

    client = client_for("event organiser", world.own_org)
    body = {"name_en": "Expo", "kind": "expo"}
    assert (
        client.post("/api/events", body | {"organisers": [world.other_org.pk]}).status_code == 403
    )
    assert not Event.objects.filter(name_en="Expo").exists()
    created = client.post("/api/events", body | {"organisers": [world.own_org.pk]})
    assert created.status_code == 201, created.content


@override_settings(PARKBRIDGE_ROLELESS_WRITERS=False)
def test_reviewers_and_company_members_cannot_create_registry_sites(world, client_for):
    for role in ("reviewer", "company member"):
        assert client_for(role, world.own_org).post("/api/sites", SITE).status_code == 403


def test_an_analyst_who_creates_a_confidential_agreement_gets_it_back_once(world, client_for):
    client = client_for("analyst")
    created = client.post("/api/agreements", {"title": "Secret", "confidential": True})
    assert created.status_code == 201
    assert client.get(f"/api/agreements/{created.json()['id']}").status_code == 404
