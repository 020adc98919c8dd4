"""A small world with an "own" and an "other" record of every kind, and users of every role.
The member roles (site operator, company member, event organiser) are members of the "own"
organisation, which operates the own site, organises the own event and is party to the own
agreement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from parkbridge.conftest import ApiClient

ROLES = [
    "anonymous",
    "no role",
    "administrator",
    "analyst",
    "reviewer",
    "site operator",
    "company member",
    "event organiser",
]


@dataclass
class World:
    own_org: object
    other_org: object
    # resource path → {"own": id or None, "other": id}
    records: dict[str, dict[str, int | None]] = field(default_factory=dict)


@pytest.fixture
def world(db, make_site, make_organisation) -> World:
    from parkbridge.agreements.models import Agreement, InvestmentProject, Milestone
    from parkbridge.core.models import Provenance, Sector, Source
    from parkbridge.events.models import (
        Event,
        EventSeries,
        EventStatistic,
        Participant,
        ProgrammeSession,
        SiteVisit,
    )
    from parkbridge.organisations.models import OrganisationLink, Person
    from parkbridge.sites.models import Incentive, Residency
    from parkbridge.targets.models import Indicator, IndicatorValue, Target

    own_org, other_org = make_organisation(name_en="Own Co"), make_organisation(name_en="Other Co")
    world = World(own_org, other_org)
    sites = {"own": make_site(operator=own_org), "other": make_site(operator=other_org)}
    orgs = {"own": own_org, "other": other_org}
    events = {}
    for side in ("own", "other"):
        event = Event.objects.create(name_en=f"{side} forum", start=dt.date(2025, 5, 1))
        event.organisers.set([orgs[side]])
        events[side] = event
    agreements = {}
    for side in ("own", "other"):
        agreement = Agreement.objects.create(title=f"{side} agreement")
        agreement.parties.set([orgs[side]])
        agreements[side] = agreement
    person = {s: Person.objects.create(name=f"{s} person", organisation=orgs[s]) for s in orgs}
    source = Source.objects.create(key="a-source", title="A source")
    indicator = Indicator.objects.create(measure="technoparks", unit="count")

    def pair(own, other) -> dict[str, int | None]:
        return {"own": own.pk if own is not None else None, "other": other.pk}

    world.records = {
        "sites": pair(sites["own"], sites["other"]),
        "incentives": pair(
            *(
                Incentive.objects.create(site=sites[s], country="BY", tax="profit_tax", benefit="exemption")
                for s in ("own", "other")
            )
        ),
        "residencies": pair(
            Residency.objects.create(site=sites["own"], organisation=other_org),
            Residency.objects.create(site=sites["other"], organisation=own_org),
        ),
        "organisations": pair(own_org, other_org),
        "organisation-links": pair(
            OrganisationLink.objects.create(source=own_org, target=other_org, kind="owns"),
            OrganisationLink.objects.create(source=other_org, target=own_org, kind="owns"),
        ),
        "people": pair(person["own"], person["other"]),
        "events": pair(events["own"], events["other"]),
        "event-series": pair(None, EventSeries.objects.create(name_en="A series")),
        "event-sessions": pair(
            *(ProgrammeSession.objects.create(event=events[s], title="Plenary") for s in ("own", "other"))
        ),
        "participants": pair(
            *(Participant.objects.create(event=events[s], person=person["other"]) for s in ("own", "other"))
        ),
        "site-visits": pair(
            SiteVisit.objects.create(event=events["own"], site=sites["other"]),
            SiteVisit.objects.create(event=events["other"], site=sites["own"]),
        ),
        "event-statistics": pair(
            *(EventStatistic.objects.create(event=events[s], measure="participants", value=10) for s in ("own", "other"))
        ),
        "agreements": pair(agreements["own"], agreements["other"]),
        "milestones": pair(None, Milestone.objects.create(agreement=agreements["other"], title="Signing")),
        "investment-projects": pair(
            *(InvestmentProject.objects.create(name=f"{s} plant", investor=orgs[s]) for s in ("own", "other"))
        ),
        "targets": pair(None, Target.objects.create(title="100 parks", measure="technoparks", value=100, deadline=dt.date(2030, 1, 1))),
        "indicators": pair(None, indicator),
        "indicator-values": pair(None, IndicatorValue.objects.create(indicator=indicator, date=dt.date(2024, 1, 1), value=80)),
        "sources": pair(None, source),
        "provenance": pair(None, Provenance.objects.create(source=source, content_type_id=_ct(sites["other"]), object_id=sites["other"].pk)),
        "sectors": pair(None, Sector.objects.create(code="it", name_en="IT")),
    }  # fmt: skip
    return world


def _ct(obj) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(obj).pk


@pytest.fixture
def user_for(db, make_user):
    """A user with one of :data:`ROLES` (members are members of ``world.own_org``)."""
    from parkbridge.accounts.roles_admin import grant_role
    from parkbridge.marketplace.models import OrganisationMember

    def make(role: str, organisation=None):
        if role == "anonymous":
            return None
        user = make_user()
        if role == "no role":
            return user
        grant_role(user, role)
        if role in ("site operator", "company member", "event organiser") and organisation:
            OrganisationMember.objects.create(user=user, organisation=organisation)
        return user

    return make


@pytest.fixture
def client_for(user_for, make_token):
    def make(role: str, organisation=None) -> ApiClient:
        user = user_for(role, organisation)
        return ApiClient(make_token(user=user) if user is not None else None)

    return make


class _Inbox:
    """What a real SMTP server on loopback received."""

    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd API)
        import email
        from email import policy

        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """An aiosmtpd server on a free loopback port, with Django's SMTP backend pointed at it."""
    from aiosmtpd.controller import Controller

    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    inbox.controller = controller
    yield inbox
    controller.stop()


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth counts attempts in the cache, which outlives a test's database."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


PASSWORD = "a-Long-and-unusual-passphrase-42"


@pytest.fixture
def member(make_user):
    """A person with a confirmed address, as an administrator would create them."""
    return make_user(username="ada", email="ada@example.org", password=PASSWORD)


def sign_in(client, login: str, password: str = PASSWORD, **extra):
    return client.post("/accounts/login/", {"login": login, "password": password}, **extra)
