"""The main pages, in English, Russian and Chinese, show words, never a code: no snake_case
value of any model's choices (``reduced_rate``, ``business_mission``, ``in_implementation``…)
appears in the text a visitor reads."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.test import Client

from parkbridge.web.labels import CODE_LABELS
from parkbridge.web.tests.conftest import LANGUAGES

SNAKE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)+$")
READ_ATTRIBUTES = {"title", "placeholder", "alt", "aria-label"}


def snake_case_codes() -> set[str]:
    """Every snake_case value of a model field's choices, and the codes of the label module."""
    codes = {code for code in CODE_LABELS if SNAKE.match(code)}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            for value, _label in getattr(field, "flatchoices", None) or ():
                if isinstance(value, str) and SNAKE.match(value):
                    codes.add(value)
    return codes


class VisibleText(HTMLParser):
    """The text of a page as it is read: element text and the attributes shown or spoken."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "template"):
            self._hidden += 1
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value:
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


@pytest.fixture
def pages(registry, make_user, make_organisation) -> dict[str, tuple[str, object]]:
    """Path and signed-in user (or None) of each main page, over data that uses the codes."""
    from django.contrib.auth.models import Group

    from parkbridge.b2b.demo import create_demo_programme
    from parkbridge.core.models import Source
    from parkbridge.events.models import EventStatistic
    from parkbridge.marketplace.models import Profile
    from parkbridge.press.models import Proposal
    from parkbridge.sites.models import Incentive

    for benefit in ("reduced_rate", "free_customs_zone"):
        Incentive.objects.create(
            site=registry.park, country="BY", tax="customs_duty", benefit=benefit
        )
    EventStatistic.objects.create(
        event=registry.mission, measure="delegates", value=12, qualifier="more_than"
    )
    Profile.objects.create(
        organisation=registry.company, direction="seek", kind="technology", title="Robots"
    )
    source = Source.objects.create(kind="article", title="A forum", text="Text.")
    for category in ("event_statistic", "organisation"):
        Proposal.objects.create(
            source=source,
            category=category,
            extracted={"measure": "agreements signed", "value": 3, "name": "Harbin Co"},
            evidence="Three agreements were signed.",
            fingerprint=f"raw-codes-{category}",
        )
    reviewer = make_user()
    reviewer.groups.add(Group.objects.get_or_create(name="reviewer")[0])
    programme = create_demo_programme(event=registry.mission, participants=6, time_limit=1)
    agenda_key = programme.participants.order_by("pk").first().agenda_key
    selection = (
        "/marketplace/site-selection/?name=Plant&countries=by%2C+ru&plot_area_ha=10"
        f"&site={registry.park.slug}&site={registry.zone.slug}"
    )
    return {
        "home": ("/", None),
        "sites": ("/sites/", None),
        "a site card": (f"/sites/{registry.park.slug}/", None),
        "site selection with results": (selection, None),
        "organisations": ("/organisations/", None),
        "events": ("/events/", None),
        "an event": (f"/events/{registry.mission.pk}/", None),
        "agreements": ("/agreements/", None),
        "an agreement": (f"/agreements/{registry.agreement.pk}/", None),
        "targets": ("/targets/", None),
        "bilateral": ("/bilateral/?a=BY&b=CN", None),
        "marketplace": ("/marketplace/", None),
        "press queue": ("/press/", reviewer),
        "a B2B agenda": (f"/b2b/agenda/{agenda_key}/", None),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_shows_a_raw_code(pages, language):
    codes = snake_case_codes()
    assert {"reduced_rate", "business_mission", "in_implementation"} <= codes
    shown: dict[str, list[str]] = {}
    for name, (path, user) in pages.items():
        client = Client()
        client.cookies["django_language"] = language
        if user is not None:
            client.force_login(user)
        response = client.get(path)
        assert response.status_code == 200, f"{name}: {response.status_code}"
        words = set(re.findall(r"[a-z0-9_]+", visible_text(response.content.decode())))
        if raw := sorted(words & codes):
            shown[name] = raw
    assert shown == {}
