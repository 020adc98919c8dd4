"""Fixtures for press monitoring: short articles written for these tests (not the dev corpus),
a registry with the Great Stone park and look-alikes, reviewers and their API clients."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import override_settings

from parkbridge.conftest import ApiClient

ARTICLE_EN = """MINSK, May 14. /BelTA/. The China-Belarus Industrial Park Great Stone hosted a \
delegation of the Association of Technoparks of Russia on Tuesday.
More than 120 companies are residents of the park, said Alexander Yaroshenko, head of the park \
administration.
During the visit, the sides signed 5 cooperation agreements.
The park plans to attract at least 200 residents by 2030.
"""

ARTICLE_RU = """МИНСК, 14 мая. /БелТА/. Индустриальный парк «Великий камень» посетила делегация \
Ассоциации технопарков России.
Резидентами парка являются более 120 компаний, сообщил глава администрации парка Александр \
Ярошенко.
В ходе визита стороны подписали 5 соглашений о сотрудничестве.
К 2030 году парк планирует привлечь не менее 200 резидентов.
"""


@pytest.fixture(autouse=True)
def immediate_tasks():
    """Background ingestion runs inside the request, so tests see its outcome at once."""
    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    ):
        yield


@pytest.fixture(autouse=True)
def no_auto_accept(settings):
    settings.PARKBRIDGE_AUTO_ACCEPT_CONFIDENCE = 1.01


@pytest.fixture
def great_stone(make_site):
    return make_site(
        slug="great-stone",
        name_en="China-Belarus Industrial Park Great Stone",
        name_ru="Китайско-Белорусский индустриальный парк «Великий камень»",
        name_zh="中白工业园",
        aliases=["Great Stone"],
        kind="industrial_park",
        country="BY",
        city="Smolevichi",
    )


@pytest.fixture
def registry(great_stone, make_site, make_organisation):
    """Great Stone among look-alikes: a park with a similar name elsewhere, a Minsk technopark."""
    make_site(
        slug="bolshoy-kamen",
        name_en="Bolshoy Kamen Industrial Park",
        name_ru="Индустриальный парк «Большой Камень»",
        kind="industrial_park",
        country="RU",
        city="Bolshoy Kamen",
    )
    make_site(slug="minsk-technopark", name_en="Minsk City Technopark", kind="technopark")
    make_organisation(
        name_en="Association of Clusters, Technoparks and Special Economic Zones of Russia",
        name_ru="Ассоциация кластеров, технопарков и ОЭЗ России",
        aliases=["Association of Technoparks of Russia"],
        kind="association",
    )
    return great_stone


@pytest.fixture
def reviewer(make_user):
    from django.contrib.auth.models import Group

    user = make_user()
    user.groups.add(Group.objects.get_or_create(name="reviewer")[0])
    return user


@pytest.fixture
def reviewer_api(make_token, reviewer) -> ApiClient:
    return ApiClient(make_token(user=reviewer))


@pytest.fixture
def article_source(db):
    from parkbridge.press.ingestion import store_source

    source, _ = store_source(ARTICLE_EN, "great-stone.txt")
    return source


@pytest.fixture
def make_proposal(article_source) -> Callable:
    """A proposal as ingestion would store it, without running the extractor."""
    from parkbridge.press.models import Proposal

    def make(category: str, extracted: dict, evidence: str = "", **fields) -> Proposal:
        return Proposal.objects.create(
            source=fields.pop("source", article_source),
            category=category,
            extracted=extracted,
            evidence=evidence or "A sentence of the article.",
            fingerprint=f"{category}-{Proposal.objects.count()}",
            **fields,
        )

    return make


@pytest.fixture
def web(settings):
    """A real HTTP server on loopback; fetching loopback is allowed for these tests."""
    from parkbridge.press.tests.webserver import LoopbackServer

    settings.PARKBRIDGE_FETCH_ALLOW_PRIVATE = True
    settings.PARKBRIDGE_FETCH_READ_TIMEOUT = 1.0
    settings.PARKBRIDGE_FETCH_CONNECT_TIMEOUT = 1.0
    settings.PARKBRIDGE_FETCH_DEADLINE = 5.0
    with LoopbackServer() as server:
        yield server


@pytest.fixture
def make_feed(db) -> Callable:
    from parkbridge.press.models import Feed

    def make(url: str, **fields) -> Feed:
        return Feed.objects.create(url=url, **fields)

    return make
