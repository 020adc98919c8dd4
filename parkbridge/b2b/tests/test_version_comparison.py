"""Two versions compare as meetings added, removed and moved; only finished runs publish."""

from __future__ import annotations

from parkbridge.b2b.models import Meeting, RunStatus, ScheduleRun
from parkbridge.b2b.runs import compare_runs


def _version(programme, number, placements):
    run = ScheduleRun.objects.create(programme=programme, number=number, status=RunStatus.DONE)
    for request, slot, table in placements:
        Meeting.objects.create(
            run=run, request=request, a=request.requester, b=request.recipient, slot=slot,
            table=table,
        )  # fmt: skip
    return run


def _setup(b2b, event, organiser):
    programme = b2b.programme(event, tables=2, organiser=organiser)
    people = [b2b.person(programme) for _ in range(6)]
    requests = [b2b.request(people[i], people[i + 1]) for i in range(0, 6, 2)]
    slots = list(programme.ordered_slots())
    tables = list(programme.ordered_tables())
    return programme, requests, slots, tables


def test_compare_lists_added_removed_and_moved_meetings(b2b, event, organiser):
    programme, (r1, r2, r3), slots, tables = _setup(b2b, event, organiser)
    old = _version(programme, 1, [(r1, slots[0], tables[0]), (r2, slots[1], tables[0])])
    new = _version(programme, 2, [(r1, slots[0], tables[0]), (r2, slots[2], tables[1]),
                                  (r3, slots[3], tables[0])])  # fmt: skip
    diff = compare_runs(old, new)
    assert [m["request"] for m in diff["added"]] == [r3.pk]
    assert diff["removed"] == []
    assert [(m["from"]["slot"], m["to"]["slot"]) for m in diff["moved"]] == [
        (slots[1].pk, slots[2].pk)
    ]
    assert diff["unchanged"] == 1
    back = compare_runs(new, old)
    assert [m["request"] for m in back["removed"]] == [r3.pk]


def test_the_compare_endpoint_takes_any_earlier_version(b2b, event, organiser, organiser_api):
    programme, (r1, r2, _), slots, tables = _setup(b2b, event, organiser)
    _version(programme, 1, [(r1, slots[0], tables[0])])
    _version(programme, 2, [(r1, slots[1], tables[0])])
    third = _version(programme, 3, [(r2, slots[1], tables[0])])
    default = organiser_api.get(f"/api/b2b/runs/{third.pk}/compare").json()
    assert default["from_version"] == 2
    explicit = organiser_api.get(f"/api/b2b/runs/{third.pk}/compare", {"with_version": 1}).json()
    assert explicit["from_version"] == 1
    assert len(explicit["added"]) == len(explicit["removed"]) == 1
    missing = organiser_api.get(f"/api/b2b/runs/{third.pk}/compare", {"with_version": 9})
    assert missing.status_code == 404


def test_an_unfinished_run_cannot_be_published(b2b, event, organiser, organiser_api):
    programme, *_ = _setup(b2b, event, organiser)
    queued = ScheduleRun.objects.create(programme=programme, number=1)
    response = organiser_api.post(f"/api/b2b/runs/{queued.pk}/publish", {})
    assert response.status_code == 409
    assert "only a finished run" in response.json()["detail"]


def test_publishing_makes_the_version_current(b2b, event, organiser, organiser_api):
    programme, (r1, *_), slots, tables = _setup(b2b, event, organiser)
    run = _version(programme, 1, [(r1, slots[0], tables[0])])
    body = organiser_api.post(f"/api/b2b/runs/{run.pk}/publish", {}).json()
    assert body["published"] is True
    detail = organiser_api.get(f"/api/b2b/programmes/{programme.pk}").json()
    assert detail["published_version"] == 1
