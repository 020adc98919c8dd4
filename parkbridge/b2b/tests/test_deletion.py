"""Deleting an event removes its B2B programme; deleting a slot in use by a version is refused."""

from __future__ import annotations

import pytest
from django.db.models import RestrictedError

from parkbridge.b2b.models import B2BProgramme, Meeting, RunStatus, ScheduleRun


def _with_meeting(b2b, event):
    programme = b2b.programme(event)
    request = b2b.request(b2b.person(programme), b2b.person(programme))
    run = ScheduleRun.objects.create(programme=programme, number=1, status=RunStatus.DONE)
    slot = programme.ordered_slots().first()
    Meeting.objects.create(
        run=run, request=request, a=request.requester, b=request.recipient, slot=slot,
        table=programme.ordered_tables().first(),
    )  # fmt: skip
    return programme, slot


def test_deleting_the_event_removes_its_programme_and_versions(b2b, event):
    _with_meeting(b2b, event)
    event.delete()
    assert not B2BProgramme.objects.exists()
    assert not Meeting.objects.exists()


def test_a_slot_used_by_a_stored_version_cannot_be_deleted_alone(b2b, event):
    _, slot = _with_meeting(b2b, event)
    with pytest.raises(RestrictedError):
        slot.delete()
