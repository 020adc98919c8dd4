from parkbridge.events.models import Event


def test_a_forum_edition_with_organisers_is_created_and_found_by_year(
    writer_api, api, make_organisation
):
    organiser = make_organisation(name_en="Roscongress Foundation")
    response = writer_api.post(
        "/api/events",
        {
            "name_en": "Eastern Economic Forum",
            "name_ru": "Восточный экономический форум",
            "kind": "forum",
            "edition": 9,
            "start": "2024-09-03",
            "end": "2024-09-06",
            "city": "Vladivostok",
            "country": "RU",
            "organisers": [organiser.pk],
        },
    )
    assert response.status_code == 201, response.content
    body = api.get("/api/events", {"year": 2024, "q": "восточный"}).json()
    assert [e["edition"] for e in body["items"]] == [9]
    assert body["items"][0]["organisers"] == [organiser.pk]


def test_an_event_that_ends_before_it_starts_is_refused(writer_api, db):
    response = writer_api.post(
        "/api/events",
        {"name_en": "Backwards Expo", "kind": "expo", "start": "2024-09-06", "end": "2024-09-01"},
    )
    assert response.status_code == 422
    assert not Event.objects.exists()


def test_a_missions_itinerary_and_statistics_are_recorded(writer_api, api, make_site, db):
    mission = Event.objects.create(name_en="ACTP mission to Belarus", kind="business_mission")
    parks = [make_site(), make_site()]
    for order, park in enumerate(parks):
        response = writer_api.post(
            "/api/site-visits", {"event": mission.pk, "site": park.pk, "order": order}
        )
        assert response.status_code == 201, response.content
    writer_api.post(
        "/api/event-statistics",
        {
            "event": mission.pk,
            "measure": "agreements signed",
            "value": 20,
            "qualifier": "more_than",
        },
    )
    visits = api.get("/api/site-visits", {"event": mission.pk}).json()["items"]
    assert [v["site"] for v in visits] == [p.pk for p in parks]
    (statistic,) = api.get("/api/event-statistics", {"event": mission.pk}).json()["items"]
    assert (statistic["value"], statistic["qualifier"]) == (20, "more_than")


def test_a_participant_must_be_an_organisation_or_a_person(writer_api, db):
    event = Event.objects.create(name_en="Expo", kind="expo")
    response = writer_api.post("/api/participants", {"event": event.pk, "role": "exhibitor"})
    assert response.status_code == 422
