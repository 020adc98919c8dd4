"""A B2B service's refusal shown on a page is in that page's language, with its details (a
status, a name) filled in; the API keeps answering in English unless asked otherwise."""

from __future__ import annotations

import html

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from parkbridge.b2b import onsite, runs
from parkbridge.b2b.errors import B2BError
from parkbridge.b2b.models import ScheduleRun

REFUSED_ACCEPT = {
    "en": "this request cannot be accepted: it is declined",
    "ru": "этот запрос нельзя принять: его статус — отклонено",
    "zh-hans": "无法接受此请求：其状态为",
}


def _client(user, language: str) -> Client:
    client = Client()
    client.force_login(user)
    client.cookies["django_language"] = language
    return client


@pytest.mark.parametrize("language", REFUSED_ACCEPT)
def test_accepting_a_declined_request_is_refused_in_the_pages_language(
    b2b, event, organiser, compiled_translations, language
):
    programme = b2b.programme(event, organiser=organiser)
    asker, me = b2b.person(programme), b2b.person(programme)
    declined = b2b.request(asker, me, status="declined")
    client = _client(me.user, language)
    url = reverse("b2b:request-action", args=[declined.pk, "accept"])
    page = client.post(url, follow=True).content.decode()
    assert REFUSED_ACCEPT[language] in page
    if language != "en":
        assert "cannot be accepted" not in page


@pytest.mark.parametrize(
    ("language", "words"),
    [("ru", "в этом слоте уже есть встреча"), ("zh-hans", "在该时段已有会谈")],
)  # fmt: skip
def test_a_refused_walk_in_names_the_busy_person_in_the_pages_language(
    b2b, event, organiser, compiled_translations, language, words
):
    programme = b2b.programme(event, tables=2, organiser=organiser)
    a, b, c = (b2b.person(programme, name) for name in ("Kama Tyres", "Belaz", "Haier"))
    slot = programme.ordered_slots().first()
    tables = list(programme.ordered_tables())
    first = onsite.place_walk_in(organiser, programme, a, b, slot, tables[0])
    runs.publish(first)
    client = _client(organiser, language)
    page = client.post(
        reverse("b2b:console-day", args=[programme.pk]),
        {"walk-in": "1", "a": a.pk, "b": c.pk, "slot": slot.pk, "table": tables[1].pk},
        follow=True,
    ).content.decode()
    assert words in page and "Kama Tyres" in page
    assert "has a meeting in that slot already" not in page
    assert ScheduleRun.objects.filter(programme=programme).count() == 1


def test_the_same_refusal_reads_in_whichever_language_it_is_shown(
    b2b, event, organiser, compiled_translations
):
    programme = b2b.programme(event, organiser=organiser)
    queued = runs.create_run(programme, user=organiser)
    with pytest.raises(B2BError) as caught:
        runs.publish(queued)
    detail = caught.value.detail
    with translation.override("en"):
        assert str(detail) == "only a finished run can be published; this one is queued"
    with translation.override("ru"):
        assert str(detail) == (
            "опубликовать можно только завершённый запуск; статус этого — в очереди"
        )


def test_the_api_answers_refusals_in_english(b2b, event, organiser, organiser_api):
    programme = b2b.programme(event, organiser=organiser)
    queued = runs.create_run(programme, user=organiser)
    response = organiser_api.post(f"/api/b2b/runs/{queued.pk}/publish", {})
    assert response.status_code == 409
    assert response.json()["detail"] == "only a finished run can be published; this one is queued"


@pytest.mark.parametrize(
    ("language", "words"),
    [("ru", ("строка 3: country: 'XX' — не код ISO 3166-1 alpha-2",
             "строка 4: preferred: 'evening' — ни сессия")),
     ("zh-hans", ("第 3 行：country：'XX' 不是 ISO 3166-1 二字母代码",
                  "第 4 行：preferred：'evening' 既不是场次"))],
)  # fmt: skip
def test_an_imports_line_errors_are_in_the_pages_language(
    b2b, event, organiser, compiled_translations, language, words
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    programme = b2b.programme(event, organiser=organiser)
    client = _client(organiser, language)
    upload = SimpleUploadedFile(
        "people.csv", b"name,country,preferred\nGood,BY,day1-am\nBad,XX,\nLate,RU,evening\n"
    )
    page = client.post(
        reverse("b2b:console-participants", args=[programme.pk]), {"file": upload}
    ).content.decode()
    for text in words:
        assert text in html.unescape(page)
    assert not programme.participants.exists()


def test_a_run_whose_worker_stopped_says_so_in_the_pages_language(
    b2b, event, organiser, compiled_translations
):
    from datetime import timedelta

    from django.utils import timezone

    from parkbridge.b2b.models import RunStatus

    programme = b2b.programme(event, organiser=organiser)
    run = ScheduleRun.objects.create(
        programme=programme, number=1, status=RunStatus.RUNNING,
        started_at=timezone.now() - timedelta(hours=2), time_limit=10,
    )  # fmt: skip
    page = _client(organiser, "ru").get(f"/b2b/runs/{run.pk}/").content.decode()
    assert "обработчик остановился во время этого запуска" in page
    assert "worker stopped" not in page


def test_a_booth_meeting_on_the_agenda_names_the_booth_in_the_pages_language(
    b2b, event, organiser, organiser_api, run_now, compiled_translations
):
    programme = b2b.programme(event, organiser=organiser)
    host = b2b.person(programme, "Kama Tyres", booth="A12")
    guest = b2b.person(programme, "Belaz")
    b2b.request(guest, host)
    run = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{run['id']}/publish", {})
    page = _client(guest.user, "ru").get(reverse("b2b:my-agenda", args=[programme.pk]))
    text = html.unescape(page.content.decode())
    assert "Стенд A12 («Kama Tyres»)" in text and "Booth A12" not in text
