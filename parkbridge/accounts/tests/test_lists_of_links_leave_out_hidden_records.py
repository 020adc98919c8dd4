"""An agreement's parties and an event's organisers are lists of links: one the reader may not
see is left out of the list (API and pages), the others stay, and administrators see all."""

from __future__ import annotations

from parkbridge.agreements.models import Agreement
from parkbridge.events.models import Event


def _agreement(make_organisation):
    public = make_organisation(name_en="Open Works")
    hidden = make_organisation(name_en="Quiet Holdings", confidential=True)
    agreement = Agreement.objects.create(title="Lease of plot 7")
    agreement.parties.set([public, hidden])
    return agreement, public, hidden


def test_an_agreements_hidden_party_is_left_out_of_the_api_record(make_organisation, api):
    agreement, public, _ = _agreement(make_organisation)
    assert api.get(f"/api/agreements/{agreement.pk}").json()["parties"] == [public.pk]


def test_an_agreements_hidden_party_is_left_out_of_the_api_list(make_organisation, api):
    agreement, public, _ = _agreement(make_organisation)
    (item,) = [a for a in api.get("/api/agreements").json()["items"] if a["id"] == agreement.pk]
    assert item["parties"] == [public.pk]


def test_an_administrator_sees_every_party(make_organisation, staff_api):
    agreement, public, hidden = _agreement(make_organisation)
    parties = staff_api.get(f"/api/agreements/{agreement.pk}").json()["parties"]
    assert sorted(parties) == sorted([public.pk, hidden.pk])


def test_an_events_hidden_organiser_is_left_out(make_organisation, api):
    public = make_organisation(name_en="Forum Office")
    hidden = make_organisation(name_en="Silent Partner", confidential=True)
    event = Event.objects.create(name_en="Zones Forum 2027", kind="forum")
    event.organisers.set([public, hidden])
    assert api.get(f"/api/events/{event.pk}").json()["organisers"] == [public.pk]


def test_the_agreement_page_does_not_name_a_hidden_party(make_organisation, client):
    agreement, _, _ = _agreement(make_organisation)
    page = client.get(f"/agreements/{agreement.pk}/").content.decode()
    assert "Open Works" in page and "Quiet Holdings" not in page
