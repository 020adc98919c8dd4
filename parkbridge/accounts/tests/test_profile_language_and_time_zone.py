"""A signed-in person's pages come in their profile's language and time zone (set on the
settings page), unless they switched the language during the session."""

from __future__ import annotations

import pytest

from parkbridge.accounts.models import NotificationPreference, Profile

pytestmark = pytest.mark.django_db


def _save(client, language="", time_zone="", **preferences):
    data = {"profile-language": language, "profile-time_zone": time_zone}
    data |= {f"notify-{k}": v for k, v in preferences.items()}
    from parkbridge.accounts.notifications import KINDS

    for kind in KINDS:
        data.setdefault(f"notify-{kind}", "at_once")
    return client.post("/accounts/settings/", data)


def test_the_settings_page_saves_language_time_zone_and_preferences(client, member):
    client.force_login(member)
    assert client.get("/accounts/settings/").status_code == 200
    response = _save(client, "ru", "Asia/Shanghai", interest_received="digest")
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert (profile.language, profile.time_zone) == ("ru", "Asia/Shanghai")
    assert NotificationPreference.objects.get(user=member, kind="interest_received").delivery == (
        "digest"
    )


def test_pages_follow_the_profiles_language(client, member):
    Profile.objects.create(user=member, language="zh-hans")
    client.force_login(member)
    response = client.get("/accounts/settings/")
    assert response["Content-Language"] == "zh-hans"
    assert "设置" in response.content.decode()


def test_a_switch_during_the_session_wins_over_the_profile(client, member):
    Profile.objects.create(user=member, language="zh-hans")
    client.force_login(member)
    client.post("/i18n/setlang/", {"language": "ru", "next": "/"})
    assert client.get("/accounts/settings/")["Content-Language"] == "ru"


def test_the_profiles_time_zone_is_active_for_the_person(client, member, rf):
    from django.utils import timezone

    from parkbridge.accounts.middleware import ProfileMiddleware

    Profile.objects.create(user=member, time_zone="Asia/Vladivostok")
    seen = {}

    def view(request):
        seen["zone"] = timezone.get_current_timezone_name()
        from django.http import HttpResponse

        return HttpResponse()

    request = rf.get("/")
    request.user, request.session = member, {}
    ProfileMiddleware(view)(request)
    assert seen["zone"] == "Asia/Vladivostok"


@pytest.mark.parametrize(
    ("language", "time_zone"), [("xx", ""), ("", "Mars/Olympus_Mons"), ("<script>", "UTC")]
)
def test_unknown_languages_and_time_zones_are_refused(client, member, language, time_zone):
    client.force_login(member)
    response = _save(client, language, time_zone)
    assert response.status_code == 200 and response.context["profile_form"].errors
    assert not Profile.objects.filter(user=member).exclude(language="", time_zone="").exists()


def test_an_unknown_delivery_choice_is_refused(client, member):
    client.force_login(member)
    response = _save(client, interest_received="hourly")
    assert response.status_code == 200
    assert not NotificationPreference.objects.filter(user=member).exists()
