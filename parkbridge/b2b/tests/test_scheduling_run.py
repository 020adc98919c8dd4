"""An organiser starts a run through the API; the background task stores a valid version."""

from __future__ import annotations

from parkbridge.b2b.models import Meeting, ScheduleRun
from parkbridge.scheduling import Meeting as SolverMeeting
from parkbridge.scheduling import Schedule, parse_instance, validate_schedule


def _stored_schedule(run: ScheduleRun) -> Schedule:
    instance = parse_instance(run.instance)
    slot_index = {pk: i for i, pk in enumerate(
        run.programme.ordered_slots().values_list("pk", flat=True))}  # fmt: skip
    table_index = {pk: i for i, pk in enumerate(
        run.programme.ordered_tables().values_list("pk", flat=True))}  # fmt: skip
    meetings = tuple(
        SolverMeeting(
            a=f"p{m.a_id}",
            b=f"p{m.b_id}",
            slot=slot_index[m.slot_id],
            table=table_index[m.table_id] if m.table_id else None,
            booth=f"p{m.booth_host_id}" if m.booth_host_id else None,
        )
        for m in Meeting.objects.filter(run=run)
    )
    return Schedule(instance=instance.name, meetings=meetings)


def _busy_programme(b2b, event, organiser):
    programme = b2b.programme(event, tables=1, organiser=organiser)
    people = [b2b.person(programme, booth="H1" if i == 0 else "", max_meetings=3) for i in range(6)]
    for i, a in enumerate(people):
        for b in people[i + 1 : i + 3]:
            b2b.request(a, b, weight=1 + (i % 3))
    return programme


def test_a_run_ends_done_with_a_valid_stored_schedule(
    b2b, event, organiser, organiser_api, run_now
):
    programme = _busy_programme(b2b, event, organiser)
    body = run_now(organiser_api, programme.pk, time_limit=2)
    assert body["status"] == "done", body["error"]
    assert body["progress"] == 100
    assert body["version"] == 1
    run = ScheduleRun.objects.get(pk=body["id"])
    schedule = _stored_schedule(run)
    assert validate_schedule(parse_instance(run.instance), schedule) == []
    assert body["meetings"] == len(schedule.meetings) > 0
    assert body["weight"] <= body["bound"]


def test_booth_holders_meet_at_their_booth_and_others_at_a_table(
    b2b, event, organiser, organiser_api, run_now
):
    programme = b2b.programme(event, tables=1, organiser=organiser)
    host, guest, x, y = (b2b.person(programme) for _ in range(4))
    host.booth = "Hall A 12"
    host.save()
    b2b.request(guest, host)
    b2b.request(x, y)
    run_now(organiser_api, programme.pk, time_limit=1)
    meetings = {m.request.requester_id: m for m in Meeting.objects.select_related("request")}
    assert meetings[guest.pk].booth_host_id == host.pk and meetings[guest.pk].table_id is None
    assert meetings[x.pk].table is not None and meetings[x.pk].booth_host_id is None


def test_runs_get_consecutive_version_numbers(b2b, event, organiser, organiser_api, run_now):
    programme = _busy_programme(b2b, event, organiser)
    first = run_now(organiser_api, programme.pk, time_limit=1)
    second = run_now(organiser_api, programme.pk, time_limit=1)
    assert (first["version"], second["version"]) == (1, 2)
    listed = organiser_api.get(f"/api/b2b/programmes/{programme.pk}/runs").json()
    assert [r["version"] for r in listed] == [2, 1]


def test_a_programme_without_slots_gets_an_empty_version(
    b2b, event, organiser, organiser_api, run_now
):
    programme = b2b.programme(event, sessions=(), organiser=organiser)
    a, b = b2b.person(programme), b2b.person(programme)
    b2b.request(a, b)
    body = run_now(organiser_api, programme.pk, time_limit=1)
    assert (body["status"], body["meetings"], body["weight"]) == ("done", 0, 0)


def test_a_solver_failure_is_recorded_on_the_run(
    b2b, event, organiser, organiser_api, run_now, monkeypatch
):
    from parkbridge.b2b import runs

    def broken(*args, **kwargs):
        raise RuntimeError("solver exploded")

    monkeypatch.setattr(runs, "solve", broken)
    programme = _busy_programme(b2b, event, organiser)
    body = run_now(organiser_api, programme.pk, time_limit=1)
    assert body["status"] == "failed"
    assert "solver exploded" in body["error"]
    assert not Meeting.objects.exists()


def test_only_organisers_start_runs(b2b, event, organiser, make_user, api, run_now):
    programme = _busy_programme(b2b, event, organiser)
    stranger = b2b.api_for(make_user())
    response = stranger.post(f"/api/b2b/programmes/{programme.pk}/runs", {})
    assert response.status_code == 403
    assert "organiser" in response.json()["detail"]
    assert api.post(f"/api/b2b/programmes/{programme.pk}/runs", {}).status_code == 401


def test_staff_count_as_organisers(b2b, event, organiser, staff_api, run_now):
    programme = _busy_programme(b2b, event, organiser)
    assert run_now(staff_api, programme.pk, time_limit=1)["status"] == "done"


def test_progress_is_written_to_the_run_while_the_solver_works(
    b2b, event, organiser, organiser_api, run_now, monkeypatch
):
    from parkbridge.b2b import runs

    seen: list[tuple[str, int]] = []
    real_solve = runs.solve

    def watched(instance, **kwargs):
        progress = kwargs["progress"]

        def spy(phase, done, total):
            progress(phase, done, total)
            seen.append(ScheduleRun.objects.values_list("status", "progress").get())

        return real_solve(instance, **(kwargs | {"progress": spy}))

    monkeypatch.setattr(runs, "solve", watched)
    monkeypatch.setattr(runs, "PROGRESS_WRITE_INTERVAL", 0.0)
    programme = _busy_programme(b2b, event, organiser)
    body = run_now(organiser_api, programme.pk, time_limit=1)
    assert body["progress"] == 100
    assert all(status == "running" for status, _ in seen)
    percents = [p for _, p in seen]
    assert percents == sorted(percents) and 0 < percents[-1] < 100
