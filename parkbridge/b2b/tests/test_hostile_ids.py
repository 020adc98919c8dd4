"""Absurd ids in paths and bodies are answered with 4xx, never a server error."""

from __future__ import annotations

import pytest

HUGE = 10**30


@pytest.mark.parametrize(
    "path",
    [
        f"/api/b2b/programmes/{HUGE}",
        f"/api/b2b/runs/{HUGE}",
        f"/api/b2b/requests/{HUGE}",
        f"/api/b2b/participants/{HUGE}/agenda",
        f"/b2b/programmes/{HUGE}/tables/",
        "/b2b/agenda/" + "x" * 5000 + "/",
    ],
)
def test_huge_ids_in_paths_are_not_found(organiser_api, path):
    assert organiser_api.get(path).status_code in (404, 422)


def test_huge_ids_in_bodies_are_refused(b2b, event, organiser, organiser_api):
    programme = b2b.programme(event, organiser=organiser)
    person = b2b.person(programme)
    response = organiser_api.post(
        f"/api/b2b/programmes/{programme.pk}/requests", {"requester": person.pk, "recipient": HUGE}
    )
    assert response.status_code == 422
    response = organiser_api.patch(
        f"/api/b2b/participants/{person.pk}", {"unavailable_slots": [HUGE]}
    )
    assert response.status_code == 422
    response = organiser_api.post("/api/b2b/programmes", {"event": HUGE})
    assert response.status_code == 422
