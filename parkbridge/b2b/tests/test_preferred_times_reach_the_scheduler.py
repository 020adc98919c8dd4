"""A participant's preferred times: ticked on the event profile, passed to the scheduler."""

from __future__ import annotations

from django.urls import reverse

from parkbridge.b2b.instance import build_instance
from parkbridge.b2b.models import ScheduleRun


def test_the_profile_saves_preferred_times_next_to_availability(client, b2b, event, organiser):
    programme = b2b.programme(event, organiser=organiser)
    me = b2b.person(programme)
    client.force_login(me.user)
    slots = list(programme.ordered_slots())
    url = reverse("b2b:profile", args=[programme.pk])
    page = client.get(url).content.decode()
    assert 'name="preferred"' in page
    response = client.post(
        url,
        {
            "available": [str(s.pk) for s in slots],
            "preferred": [str(slots[1].pk), str(slots[2].pk)],
        },
    )
    assert response.status_code == 302
    assert set(me.preferred_slots.all()) == {slots[1], slots[2]}
    refused = client.post(url, {"preferred": ["999999"]})
    assert refused.status_code == 200
    assert set(me.preferred_slots.all()) == {slots[1], slots[2]}


def test_preferred_times_reach_the_instance_by_slot_position(b2b, event):
    programme = b2b.programme(event)
    keen = b2b.person(programme)
    calm = b2b.person(programme)
    slots = list(programme.ordered_slots())
    keen.preferred_slots.set([slots[3], slots[0]])
    built = build_instance(programme)
    entries = {p["id"]: p for p in built.data["participants"]}
    assert entries[keen.solver_id]["preferred"] == [0, 3]
    assert "preferred" not in entries[calm.solver_id]
    by_id = {p.id: p for p in built.instance.participants}
    assert by_id[keen.solver_id].preferred == (0, 3)


def test_a_run_reports_how_many_preferred_times_it_met(
    b2b, event, organiser, organiser_api, run_now, client
):
    programme = b2b.programme(event, tables=2, organiser=organiser)
    a, b = b2b.person(programme), b2b.person(programme)
    b2b.request(a, b, weight=2)
    slots = list(programme.ordered_slots())
    a.preferred_slots.set([slots[-1]])
    b.preferred_slots.set([slots[-1]])
    out = run_now(organiser_api, programme.pk, time_limit=5)
    assert (out["preferences_met"], out["preferences_total"]) == (2, 2)
    run = ScheduleRun.objects.get(pk=out["id"])
    assert list(run.meetings.values_list("slot_id", flat=True)) == [slots[-1].pk]
    client.force_login(organiser)
    page = client.get(f"/b2b/runs/{run.pk}/").content.decode()
    assert "Preferred times met" in page and "2 of 2" in page
