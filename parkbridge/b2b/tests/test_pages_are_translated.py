"""Every B2B page a signed-in person uses answers in English, Russian and Chinese."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

EXPECTED = {
    "en": ("My event profile", "Organiser console"),
    "ru": ("Мой профиль участника", "Пульт организатора"),
    "zh-hans": ("我的活动资料", "组织者控制台"),
}
PARTICIPANT_PAGES = ("programme", "profile", "catalogue", "my-requests", "my-agenda")
CONSOLE_PAGES = ("console", "console-participants", "console-slots", "console-schedule",
                 "console-day", "console-interpreters", "console-funnel")  # fmt: skip


@pytest.mark.parametrize("language", EXPECTED)
def test_participant_and_organiser_pages_render_in_each_language(b2b, event, organiser, language):
    programme = b2b.programme(event, organiser=organiser)
    me = b2b.person(programme)
    mine, console = EXPECTED[language]
    client = Client()
    client.cookies["django_language"] = language
    client.force_login(me.user)
    for name in PARTICIPANT_PAGES:
        response = client.get(reverse(f"b2b:{name}", args=[programme.pk]))
        assert response.status_code == 200, name
        html = response.content.decode()
        assert f'<html lang="{language}">' in html and mine in html, name
    client.force_login(organiser)
    for name in CONSOLE_PAGES:
        response = client.get(reverse(f"b2b:{name}", args=[programme.pk]))
        assert response.status_code == 200, name
        assert console in response.content.decode(), name
