"""The demo command builds a programme with a published, valid schedule."""

from __future__ import annotations

from parkbridge.b2b.demo import create_demo_programme
from parkbridge.b2b.instance import build_instance
from parkbridge.b2b.runs import last_published
from parkbridge.scheduling import parse_instance


def test_the_demo_programme_has_people_requests_and_a_published_schedule(event):
    programme = create_demo_programme(event, participants=20, seed=3, time_limit=1)
    assert programme.participants.count() == 20
    assert programme.requests.filter(status="accepted").exists()
    run = last_published(programme)
    assert run is not None and run.status == "done" and run.meetings_count > 0
    assert parse_instance(run.instance) == build_instance(programme).instance


def test_the_demo_is_created_once_per_event(event):
    first = create_demo_programme(event, participants=6, time_limit=0.5)
    assert create_demo_programme(event, participants=6, time_limit=0.5) == first


def test_demo_participants_say_what_they_offer_and_seek_and_which_languages_they_speak(event):
    programme = create_demo_programme(event, participants=12, seed=5, time_limit=0.5)
    people = list(programme.participants.all())
    assert all(p.offer and p.seek and p.languages for p in people)
    assert {lang for p in people for lang in p.languages} <= {"en", "ru", "zh"}
