"""A marketplace notification reaches each person's inbox in their own language (their
profile's), whatever language the person who caused it was using."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def _speaks(user, language: str) -> None:
    from parkbridge.accounts.models import Profile

    Profile.objects.update_or_create(user=user, defaults={"language": language})


def test_an_interest_is_announced_to_the_owner_in_russian_and_answered_to_the_seeker_in_chinese(
    make_member, make_profile, compiled_translations
):
    from parkbridge.accounts.models import Notification

    owner, seeker = make_member(country="RU"), make_member(country="CN")
    _speaks(owner.user, "ru")
    _speaks(seeker.user, "zh-hans")
    profile = make_profile(owner.organisation, kind="technology", title="Laser cladding")
    interest = seeker.api.post("/api/marketplace/interests", {"to_profile": profile.pk}).json()
    owner.api.post(f"/api/marketplace/interests/{interest['id']}/accept", {})

    received = Notification.objects.get(user=owner.user, kind="interest_received").message
    answered = Notification.objects.get(user=seeker.user, kind="interest_answered").message
    assert "проявляет интерес к «Laser cladding»" in received
    assert answered == "您对“Laser cladding”的意向已被接受"


def test_without_a_chosen_language_the_inbox_line_is_in_the_sites_language(
    make_member, make_profile
):
    from parkbridge.accounts.models import Notification

    owner, seeker = make_member(), make_member()
    profile = make_profile(owner.organisation, title="Cold forging")
    seeker.api.post("/api/marketplace/interests", {"to_profile": profile.pk})
    received = Notification.objects.get(user=owner.user, kind="interest_received").message
    assert received.endswith("is interested in “Cold forging”")
