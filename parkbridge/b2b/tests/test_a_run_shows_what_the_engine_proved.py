"""A finished run says what the engine proved: the bound and which relaxation gave it, whether
W reaches it, whether the idle gaps are proven minimal, and how many preferred times were met.
It is stored on the run, so a published version still says it, on its page and in the API."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.utils import translation

from parkbridge.b2b.models import BOUND_SOURCE_LABELS, ScheduleRun
from parkbridge.scheduling import model as scheduler_model

# Every bound the scheduler can name (its BOUND_* constants).
SCHEDULER_BOUNDS = {v for k, v in vars(scheduler_model).items() if k.startswith("BOUND_")}


@pytest.fixture
def solved(b2b, event, organiser, organiser_api, run_now):
    programme = b2b.programme(event, tables=2, organiser=organiser)
    people = [b2b.person(programme, max_meetings=3) for _ in range(5)]
    for i, a in enumerate(people):
        for b in people[i + 1 : i + 3]:
            b2b.request(a, b, weight=1 + i % 3)
    slots = list(programme.ordered_slots())
    people[0].preferred_slots.set(slots[:2])
    body = run_now(organiser_api, programme.pk, time_limit=5)
    assert body["status"] == "done", body["error"]
    return body


def _fact(page: str, name: str) -> str:
    found = re.search(rf'data-fact="{name}">(.*?)</', page, re.S)
    assert found, f"no {name} on the page"
    return found.group(1).strip()


def test_the_run_api_reports_the_bound_its_source_tightness_and_proven_gaps(solved):
    assert solved["bound_source"] in SCHEDULER_BOUNDS
    assert solved["bound_tight"] is (solved["weight"] == solved["bound"])
    assert isinstance(solved["gaps_proven_minimal"], bool)
    # Idle gaps can only be proven minimal at a proven-optimal W.
    assert solved["bound_tight"] or not solved["gaps_proven_minimal"]
    assert 0 <= solved["preferences_met"] <= solved["preferences_total"]
    assert solved["preferences_total"] > 0


def test_the_run_page_shows_what_the_engine_proved(solved, organiser):
    client = Client()
    client.force_login(organiser)
    page = client.get(f"/b2b/runs/{solved['id']}/").content.decode()
    assert _fact(page, "bound").startswith(str(solved["bound"]))
    assert _fact(page, "bound-source") == str(BOUND_SOURCE_LABELS[solved["bound_source"]])
    assert _fact(page, "tight") == ("yes" if solved["bound_tight"] else "no")
    assert _fact(page, "gaps-proven-minimal") == ("yes" if solved["gaps_proven_minimal"] else "no")
    assert _fact(page, "preferences") == (
        f"{solved['preferences_met']} of {solved['preferences_total']}"
    )


def test_a_published_version_keeps_what_the_engine_proved(solved, organiser_api):
    published = organiser_api.post(f"/api/b2b/runs/{solved['id']}/publish", {})
    assert published.status_code == 200, published.json()
    again = organiser_api.get(f"/api/b2b/runs/{solved['id']}").json()
    assert again["published"] is True
    for key in ("bound", "bound_source", "bound_tight", "gaps_proven_minimal", "preferences_met"):
        assert again[key] == solved[key], key
    run = ScheduleRun.objects.get(pk=solved["id"])
    assert run.bound_source == solved["bound_source"]


@pytest.mark.parametrize(
    ("language", "words"),
    [("ru", ("Верхняя граница", "Минимальность простоев доказана")),
     ("zh-hans", ("上界", "空闲间隔已证明最少"))],
)  # fmt: skip
def test_the_run_page_says_it_in_the_readers_language(
    solved, organiser, compiled_translations, language, words
):
    client = Client()
    client.force_login(organiser)
    client.cookies["django_language"] = language
    page = client.get(f"/b2b/runs/{solved['id']}/").content.decode()
    for word in words:
        assert word in page
    source = _fact(page, "bound-source")
    assert source and source != solved["bound_source"]  # the relaxation's name is translated


def test_every_bound_the_scheduler_names_has_words_in_three_languages(compiled_translations):
    assert set(BOUND_SOURCE_LABELS) == SCHEDULER_BOUNDS
    for language in ("ru", "zh-hans"):
        with translation.override(language):
            for source, words in BOUND_SOURCE_LABELS.items():
                with translation.override("en"):
                    english = str(words)
                assert str(words) != english, (language, source)


def test_the_consoles_versions_list_shows_each_versions_weight_and_bound(solved, organiser):
    run = ScheduleRun.objects.get(pk=solved["id"])
    client = Client()
    client.force_login(organiser)
    page = client.get(f"/b2b/programmes/{run.programme_id}/console/schedule/").content.decode()
    assert _fact(page, "weight") == str(solved["weight"])
    expected = str(solved["bound"]) + (" ✓" if solved["bound_tight"] else "")
    assert _fact(page, "bound").startswith(expected)
    assert str(BOUND_SOURCE_LABELS[solved["bound_source"]]) in page
    assert _fact(page, "gaps-proven-minimal") == ("yes" if solved["gaps_proven_minimal"] else "no")
