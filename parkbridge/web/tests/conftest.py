"""A small registry that every page test can look at: sites in two countries (one of them
confidential), organisations with a joint venture, a mission with an itinerary, agreements
and a target."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from django.test import Client

LANGUAGES = ("en", "ru", "zh-hans")


@pytest.fixture(scope="session", autouse=True)
def _catalogues_compiled(compiled_translations) -> None:
    """Pages are checked in Russian and Chinese (the fixture is in parkbridge/conftest.py)."""


@pytest.fixture(autouse=True)
def fresh_registry_state() -> None:
    """Each test has its own database; what the pages remember of the last one must go too."""
    from parkbridge.web.registry_state import forget

    forget()


@dataclass
class Registry:
    park: object
    zone: object
    secret_site: object
    company: object
    partner: object
    venture: object
    mission: object
    agreement: object
    secret_agreement: object
    target: object


@pytest.fixture
def registry(db, make_site, make_organisation) -> Registry:
    from parkbridge.agreements.models import Agreement, Milestone
    from parkbridge.core.models import Source, cite
    from parkbridge.events.models import Event, EventStatistic, Participant, SiteVisit
    from parkbridge.organisations.models import OrganisationLink
    from parkbridge.sites.models import Incentive, Residency
    from parkbridge.targets.models import Target

    park = make_site(
        slug="great-stone",
        name_en="Great Stone Industrial Park",
        name_ru="Индустриальный парк «Великий камень»",
        name_zh="中白工业园",
        kind="industrial_park",
        country="BY",
        city="Minsk",
        latitude=53.82,
        longitude=27.93,
        area_total_ha=11250,
        area_free_ha=4000,
        power_mw=120,
        rail_siding=True,
        established=2012,
    )
    zone = make_site(
        slug="alabuga",
        name_en="Alabuga SEZ",
        name_ru="ОЭЗ «Алабуга»",
        kind="sez",
        country="RU",
        city="Yelabuga",
        latitude=55.8,
        longitude=52.2,
        area_total_ha=4300,
        area_free_ha=300,
        power_mw=400,
        established=2005,
    )
    secret_site = make_site(
        slug="hidden-park",
        name_en="Hidden Confidential Park",
        kind="technopark",
        country="RU",
        confidential=True,
        latitude=56.0,
        longitude=37.0,
    )
    make_site(slug="no-coords", name_en="Park Without Coordinates", country="KZ", kind="cluster", latitude=None,
              longitude=None)  # fmt: skip
    company = make_organisation(name_en="Minsk Motors", name_ru="Минск Моторс", country="BY")
    partner = make_organisation(name_en="Harbin Machinery", name_zh="哈尔滨机械", country="CN")
    venture = make_organisation(name_en="Stone Auto JV", country="BY")
    OrganisationLink.objects.create(
        source=company, target=venture, kind="joint_venture", since=date(2021, 3, 1)
    )
    OrganisationLink.objects.create(
        source=partner, target=venture, kind="joint_venture", since=date(2021, 3, 1)
    )
    Residency.objects.create(site=park, organisation=venture, jobs=250)
    Incentive.objects.create(
        site=park, country="BY", tax="profit_tax", benefit="exemption", rate_percent=0,
        standard_rate_percent=20, duration_years=10, regime_name="Great Stone regime",
    )  # fmt: skip
    mission = Event.objects.create(
        name_en="Business mission to Belarus", kind="business_mission", country="BY",
        start=date(2024, 5, 14), end=date(2024, 5, 16),
    )  # fmt: skip
    Participant.objects.create(event=mission, organisation=partner, country="CN")
    Participant.objects.create(event=mission, organisation=company, country="BY")
    SiteVisit.objects.create(event=mission, site=park, order=1, date=date(2024, 5, 14))
    SiteVisit.objects.create(event=mission, site=zone, order=2, date=date(2024, 5, 16))
    EventStatistic.objects.create(event=mission, measure="agreements signed", value=20)
    agreement = Agreement.objects.create(
        title="Agreement on an engine plant", kind="investment", status="in_implementation",
        signed_on=date(2024, 5, 15), countries=["BY", "CN"], event=mission, site=park,
        value=150_000_000, currency="USD",
    )  # fmt: skip
    agreement.parties.set([company, partner])
    Milestone.objects.create(agreement=agreement, title="Plant opens", due=date(2026, 1, 1))
    secret_agreement = Agreement.objects.create(
        title="Secret supply deal", kind="supply", status="signed", signed_on=date(2023, 2, 1),
        countries=["BY", "CN"], confidential=True,
    )  # fmt: skip
    target = Target.objects.create(
        title="100 industrial parks by 2030", measure="industrial parks", value=100,
        deadline=date(2030, 12, 31), site_filter={"kind": ["industrial_park"]},
    )  # fmt: skip
    source = Source.objects.create(
        key="test-article", title="Test article", url="https://example.org/a"
    )
    cite(park, source, field="area_total_ha", quote="11,250 hectares")
    return Registry(
        park, zone, secret_site, company, partner, venture, mission, agreement, secret_agreement,
        target,
    )  # fmt: skip


@pytest.fixture
def client_in():
    """A browser-like client that asks for one interface language."""

    def make(language: str = "en") -> Client:
        client = Client()
        client.cookies["django_language"] = language
        return client

    return make


@pytest.fixture
def staff_client(db, make_user) -> Client:
    client = Client()
    client.force_login(make_user(is_staff=True))
    return client
