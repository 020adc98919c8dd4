"""A participant's preferred times: ticked on the event profile, passed to the scheduler."""

from __future__ import annotations

from django.urls import reverse

from parkbridge.b2b.instance import build_instance


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
