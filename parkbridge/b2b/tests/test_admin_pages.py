"""Every B2B model has a working admin list page."""

from __future__ import annotations

import pytest
from django.test import Client


@pytest.mark.parametrize(
    "model",
    ["b2bprogramme", "b2bsession", "slot", "table", "b2bparticipant", "meetingrequest",
     "schedulerun", "meeting", "meetingoutcome"],
)  # fmt: skip
def test_the_admin_lists_the_model(b2b, event, make_user, model):
    programme = b2b.programme(event)
    b2b.request(b2b.person(programme), b2b.person(programme))
    client = Client()
    client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get(f"/admin/b2b/{model}/")
    assert response.status_code == 200
