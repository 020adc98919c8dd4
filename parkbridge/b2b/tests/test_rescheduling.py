"""Re-scheduling after late requests or cancellations keeps published meetings in place."""

from __future__ import annotations

from parkbridge.b2b.models import Meeting, ScheduleRun


def _placements(run_id: int) -> dict[int, tuple]:
    return {
        m.request_id: (m.slot_id, m.table_id, m.booth_host_id)
        for m in Meeting.objects.filter(run_id=run_id)
    }


def _programme_with_meetings(b2b, event, organiser):
    programme = b2b.programme(event, tables=2, organiser=organiser)
    people = [b2b.person(programme, max_meetings=4) for _ in range(6)]
    for i in range(5):
        b2b.request(people[i], people[i + 1], weight=2)
    return programme, people


def test_published_meetings_stay_fixed_when_a_late_request_arrives(
    b2b, event, organiser, organiser_api, run_now
):
    programme, people = _programme_with_meetings(b2b, event, organiser)
    first = run_now(organiser_api, programme.pk, time_limit=1)
    assert organiser_api.post(f"/api/b2b/runs/{first['id']}/publish", {}).status_code == 200
    late = b2b.request(people[0], people[5], weight=3)

    second = run_now(organiser_api, programme.pk, time_limit=1)

    assert second["based_on_version"] == 1
    before, after = _placements(first["id"]), _placements(second["id"])
    assert {k: after[k] for k in before} == before
    assert late.pk in after
    assert second["diff_summary"] == {"added": 1, "removed": 0, "moved": 0}
    run = ScheduleRun.objects.get(pk=second["id"])
    assert [m["request"] for m in run.diff["added"]] == [late.pk]


def test_a_cancelled_meeting_is_reported_as_removed_and_the_rest_stay(
    b2b, event, organiser, organiser_api, run_now
):
    programme, people = _programme_with_meetings(b2b, event, organiser)
    first = run_now(organiser_api, programme.pk, time_limit=1)
    organiser_api.post(f"/api/b2b/runs/{first['id']}/publish", {})
    cancelled = programme.requests.order_by("pk").first()
    response = b2b.api_for(cancelled.requester.user).post(
        f"/api/b2b/requests/{cancelled.pk}/cancel", {}
    )
    assert response.json()["status"] == "cancelled"

    second = run_now(organiser_api, programme.pk, time_limit=1)

    diff = ScheduleRun.objects.get(pk=second["id"]).diff
    assert [m["request"] for m in diff["removed"]] == [cancelled.pk]
    assert diff["moved"] == []
    before, after = _placements(first["id"]), _placements(second["id"])
    del before[cancelled.pk]
    assert after == before


def test_a_run_told_to_ignore_the_published_version_is_not_based_on_it(
    b2b, event, organiser, organiser_api, run_now
):
    programme, _ = _programme_with_meetings(b2b, event, organiser)
    first = run_now(organiser_api, programme.pk, time_limit=1)
    organiser_api.post(f"/api/b2b/runs/{first['id']}/publish", {})
    second = run_now(organiser_api, programme.pk, time_limit=1, keep_published=False)
    assert second["status"] == "done"
    assert second["based_on_version"] is None
    assert second["keep_published"] is False
