"""An organiser sets up a programme over the API: sessions with slots, tables, participants."""

from __future__ import annotations

from parkbridge.b2b.models import B2BProgramme


def test_creating_a_programme_makes_the_creator_its_organiser(b2b, event, make_user):
    from parkbridge.accounts.models import EventAssignment

    user = make_user()
    EventAssignment.objects.create(user=user, event=event)  # an organiser of the event
    client = b2b.api_for(user)
    response = client.post("/api/b2b/programmes", {"event": event.pk, "title": "Matchmaking"})
    assert response.status_code == 201
    body = response.json()
    assert body["organisers"] == [user.pk]
    assert client.post("/api/b2b/programmes", {"event": event.pk}).status_code == 409
    assert client.post("/api/b2b/programmes", {"event": 987654}).status_code == 422


def test_an_organiser_adds_sessions_tables_and_participants(b2b, event, organiser, organiser_api):
    programme = b2b.programme(event, sessions=(), tables=0, organiser=organiser)
    base = f"/api/b2b/programmes/{programme.pk}"
    session = organiser_api.post(
        f"{base}/sessions",
        {
            "label": "day1-am",
            "slots": [
                {"starts_at": "2024-08-18T10:30:00Z", "ends_at": "2024-08-18T11:00:00Z"},
                {"starts_at": "2024-08-18T10:00:00Z", "ends_at": "2024-08-18T10:30:00Z"},
            ],
        },
    )
    assert session.status_code == 201
    slot_ids = [s["id"] for s in session.json()["slots"]]
    assert len(slot_ids) == 2
    tables = organiser_api.post(f"{base}/tables", {"count": 3, "location": "Hall B"}).json()
    assert [t["label"] for t in tables] == ["Table 1", "Table 2", "Table 3"]
    added = organiser_api.post(
        f"{base}/participants",
        {"display_name": "Minsk Wheel", "country": "BY", "role": "seller", "booth": "B4",
         "max_meetings": 5, "unavailable_slots": [slot_ids[0]]},
    )  # fmt: skip
    assert added.status_code == 201, added.json()
    assert added.json()["unavailable_slots"] == [slot_ids[0]]
    detail = organiser_api.get(base).json()
    assert [s["label"] for s in detail["sessions"]] == ["day1-am"]
    assert (detail["tables"], detail["participants"]) == (3, 1)
    listed = organiser_api.get(f"{base}/participants").json()
    assert listed[0]["name"] == "Minsk Wheel" and "agenda_url" not in listed[0]


def test_a_user_registers_themself_but_not_someone_else(b2b, event, make_user, make_organisation):
    programme = b2b.programme(event)
    user, other = make_user(), make_user()
    client = b2b.api_for(user)
    url = f"/api/b2b/programmes/{programme.pk}/participants"
    organisation = make_organisation(country="CN")
    from parkbridge.marketplace.models import OrganisationMember

    OrganisationMember.objects.create(user=user, organisation=organisation)
    response = client.post(url, {"organisation": organisation.pk})
    assert response.status_code == 201
    body = response.json()
    assert (body["user"], body["country"], body["max_meetings"]) == (user.pk, "CN", 8)
    assert client.post(url, {"organisation": organisation.pk}).status_code == 409
    assert client.post(url, {"display_name": "X", "user": other.pk}).status_code == 403


def test_an_organiser_names_other_organisers(b2b, event, organiser, organiser_api, make_user):
    programme = b2b.programme(event, organiser=organiser)
    colleague = make_user()
    response = organiser_api.patch(
        f"/api/b2b/programmes/{programme.pk}", {"organisers": [organiser.pk, colleague.pk]}
    )
    assert response.status_code == 200
    assert set(B2BProgramme.objects.get().organisers.values_list("pk", flat=True)) == {
        organiser.pk,
        colleague.pk,
    }
    refused = b2b.api_for(make_user()).patch(f"/api/b2b/programmes/{programme.pk}", {"title": "x"})
    assert refused.status_code == 403


def test_programmes_of_confidential_events_are_hidden_from_the_public(b2b, event, api):
    event.confidential = True
    event.save()
    programme = b2b.programme(event)
    assert api.get("/api/b2b/programmes").json() == []
    assert api.get(f"/api/b2b/programmes/{programme.pk}").status_code == 404


def test_the_instance_endpoint_shows_what_the_scheduler_will_solve(
    b2b, event, organiser, organiser_api
):
    programme = b2b.programme(event, organiser=organiser)
    a, b = b2b.person(programme), b2b.person(programme)
    b2b.request(a, b, weight=3)
    body = organiser_api.get(f"/api/b2b/programmes/{programme.pk}/instance").json()
    assert body["requests"] == [{"a": a.solver_id, "b": b.solver_id, "weight": 3}]
    assert len(body["slots"]) == 6
