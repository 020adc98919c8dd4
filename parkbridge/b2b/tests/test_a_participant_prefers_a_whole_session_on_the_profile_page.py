"""On the event profile a participant may prefer a whole session ("the morning"): it stands for
all of that session's times, shows as ticked while all of them are preferred, and unticking it
drops them again."""

from __future__ import annotations

from django.urls import reverse


def test_a_ticked_session_prefers_all_its_times_and_unticking_it_drops_them(
    client, b2b, event, organiser
):
    programme = b2b.programme(event, organiser=organiser)
    me = b2b.person(programme)
    client.force_login(me.user)
    slots = list(programme.ordered_slots())
    am = programme.sessions.get(label="day1-am")
    url = reverse("b2b:profile", args=[programme.pk])
    everywhere = [str(s.pk) for s in slots]
    response = client.post(
        url,
        {"available": everywhere, "preferred": [str(slots[4].pk)],
         "preferred_sessions": [str(am.pk)]},
    )  # fmt: skip
    assert response.status_code == 302
    assert set(me.preferred_slots.all()) == {*slots[:3], slots[4]}

    page = client.get(url).content.decode()
    assert f'name="preferred_sessions" value="{am.pk}"' in page
    ticked = page.split(f'name="preferred_sessions" value="{am.pk}"')[1].split(">")[0]
    assert "checked" in ticked

    # The form comes back with the session's times ticked too; unticking the session drops
    # them, and the single time preferred on its own stays.
    client.post(
        url,
        {"available": everywhere,
         "preferred": [str(s.pk) for s in (*slots[:3], slots[4])]},
    )  # fmt: skip
    assert set(me.preferred_slots.all()) == {slots[4]}


def test_the_session_choice_reads_in_the_pages_language(
    client, b2b, event, organiser, compiled_translations
):
    programme = b2b.programme(event, organiser=organiser)
    me = b2b.person(programme)
    client.force_login(me.user)
    client.cookies["django_language"] = "ru"
    page = client.get(reverse("b2b:profile", args=[programme.pk])).content.decode()
    assert "Предпочтительные сессии" in page
