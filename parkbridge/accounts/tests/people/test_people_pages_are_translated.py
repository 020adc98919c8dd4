"""Every people page answers in English, Russian and Chinese."""

from __future__ import annotations

import pytest

HEADINGS = {
    "members": {"en": "Members of", "ru": "Участники", "zh-hans": "的成员"},
    "event": {
        "en": "Invite participants to",
        "ru": "Пригласить участников на",
        "zh-hans": "邀请参会者参加",
    },
    "admin": {
        "en": "Invite someone to a role",
        "ru": "Пригласить на роль",
        "zh-hans": "邀请担任角色",
    },
    "join": {"en": "Join an organisation", "ru": "Вступить в организацию", "zh-hans": "加入组织"},
    "accept": {
        "en": "Create your account",
        "ru": "Создайте учётную запись",
        "zh-hans": "创建您的账户",
    },
    "expired": {"en": "has expired", "ru": "истёк", "zh-hans": "已过期"},
}


@pytest.mark.parametrize("language", ["en", "ru", "zh-hans"])
def test_each_people_page_renders_in_each_language(
    language, administrator, make_organisation, make_event, member_of, signed_in, invite_by_page
):
    from datetime import timedelta

    from django.test import Client
    from django.utils import timezone

    from parkbridge.accounts.models import Invitation

    company, event = make_organisation(), make_event(b2b=True)
    member_of(administrator, company, "admin")
    client = signed_in(administrator, language)
    pages = {
        "members": f"/organisations/{company.pk}/members/",
        "event": f"/events/{event.pk}/invitations/",
        "admin": "/invitations/",
        "join": "/my/join/?q=Test",
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html and HEADINGS[name][language] in html, url
    fresh, stale = (
        invite_by_page(client, "/invitations/", f"{n}@example.org", role="analyst", language="en")
        for n in ("fresh", "stale")
    )
    Invitation.objects.filter(email="stale@example.org").update(
        expires=timezone.now() - timedelta(days=1)
    )
    visitor = Client()
    visitor.cookies["django_language"] = language
    assert HEADINGS["accept"][language] in visitor.get(f"/invite/{fresh}/").content.decode()
    assert HEADINGS["expired"][language] in visitor.get(f"/invite/{stale}/").content.decode()


def test_a_first_visit_by_link_reads_the_page_in_the_invitations_language(
    administrator, signed_in, invite_by_page, client
):
    secret = invite_by_page(
        signed_in(administrator),
        "/invitations/",
        "zh@example.org",
        role="analyst",
        language="zh-hans",
    )
    html = client.get(f"/invite/{secret}/").content.decode()
    assert "创建您的账户" in html
