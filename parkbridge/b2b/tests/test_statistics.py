"""Statistics on a hand-built programme: requests, acceptance rate, meetings per participant
and per country pair."""

from __future__ import annotations

from parkbridge.b2b.models import Meeting, RunStatus, ScheduleRun


def test_statistics_count_requests_meetings_and_country_pairs(b2b, event, organiser, organiser_api):
    programme = b2b.programme(event, organiser=organiser)
    cn1 = b2b.person(programme, country="CN")
    cn2 = b2b.person(programme, country="CN")
    ru = b2b.person(programme, country="RU")
    kz = b2b.person(programme, country="KZ")
    accepted_1 = b2b.request(cn1, ru)
    accepted_2 = b2b.request(ru, cn2)
    b2b.request(cn1, cn2)  # accepted, but the version could not schedule it
    b2b.request(kz, ru, status="declined")
    b2b.request(kz, cn1, status="expired")
    b2b.request(cn2, kz, status="requested")  # pending: not in the acceptance rate
    b2b.request(ru, kz, status="cancelled")  # withdrawn: not in the acceptance rate
    slots = list(programme.ordered_slots())
    table = programme.ordered_tables().first()
    run = ScheduleRun.objects.create(
        programme=programme, number=1, status=RunStatus.DONE, published=True
    )
    for i, request in enumerate((accepted_1, accepted_2)):
        Meeting.objects.create(
            run=run, request=request, a=request.requester, b=request.recipient, slot=slots[i],
            table=table,
        )  # fmt: skip

    body = organiser_api.get(f"/api/b2b/programmes/{programme.pk}/statistics").json()

    assert body["version"] == 1
    assert body["requests"]["total"] == 7
    assert body["requests"]["by_status"] == {
        "requested": 1, "accepted": 3, "declined": 1, "expired": 1, "cancelled": 1,
    }  # fmt: skip
    assert body["requests"]["acceptance_rate"] == 0.6  # 3 of 5 decided
    meetings = body["meetings"]
    assert meetings["total"] == 2
    assert meetings["with_meetings"] == 3
    assert meetings["mean_per_participant"] == 1.0  # 4 seats over 4 participants
    assert meetings["max_per_participant"] == 2
    assert meetings["distribution"] == {"0": 1, "1": 2, "2": 1}
    per = {p["id"]: p for p in body["per_participant"]}
    assert (
        per[ru.pk]["meetings"],
        per[ru.pk]["requests_sent"],
        per[ru.pk]["requests_received"],
    ) == (2, 2, 2)
    pairs = {p["pair"]: p for p in body["country_pairs"]}
    assert pairs["CN-RU"] == {"pair": "CN-RU", "requests": 2, "accepted": 2, "meetings": 2}
    assert pairs["CN-CN"] == {"pair": "CN-CN", "requests": 1, "accepted": 1, "meetings": 0}
    assert pairs["KZ-RU"] == {"pair": "KZ-RU", "requests": 2, "accepted": 0, "meetings": 0}


def test_statistics_without_any_request_have_no_acceptance_rate(
    b2b, event, organiser, organiser_api
):
    programme = b2b.programme(event, organiser=organiser)
    b2b.person(programme)
    body = organiser_api.get(f"/api/b2b/programmes/{programme.pk}/statistics").json()
    assert body["requests"]["acceptance_rate"] is None
    assert body["meetings"]["total"] == 0
    assert body["version"] is None


def test_statistics_are_for_organisers(b2b, event, organiser, make_user):
    programme = b2b.programme(event, organiser=organiser)
    response = b2b.api_for(make_user()).get(f"/api/b2b/programmes/{programme.pk}/statistics")
    assert response.status_code == 403
