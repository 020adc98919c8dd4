"""Demo data: a B2B programme with generated participants and requests, scheduled and published.

Used by the web interface's demo and screenshots. Reproducible from ``seed``. Participants take
the names of registry organisations when there are enough of them, else generated names.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from parkbridge.b2b.models import (
    B2BParticipant,
    B2BProgramme,
    B2BRole,
    B2BSession,
    MeetingRequest,
    RequestStatus,
    Slot,
    Table,
)
from parkbridge.b2b.runs import create_run, execute_run, publish
from parkbridge.events.models import Event
from parkbridge.organisations.models import Organisation

# Roughly the mix of a Russian–Chinese forum with neighbours (FORMAT.md section 7).
COUNTRIES = ["CN"] * 4 + ["RU"] * 4 + ["BY", "KZ", "UZ", "KG"]
ROLES = [r.value for r in B2BRole]
SESSIONS = (("day1-am", 0, 10), ("day1-pm", 0, 14), ("day2-am", 1, 10), ("day2-pm", 1, 14))
SLOTS_PER_SESSION = 4
# What demo participants offer and seek (pairs that make sense across the table).
TRADE = [
    ("CNC machine tools and service", "distributors for machine tools"),
    ("land with utilities in a special economic zone", "manufacturers to settle as residents"),
    ("grain and oilseed processing lines", "buyers of processing equipment"),
    ("cold-chain logistics between the border and the port", "freight for cold-chain routes"),
    ("electric motors and drives", "suppliers of rare-earth magnets"),
    ("software for industrial park management", "park operators to pilot with"),
    ("co-investment in joint ventures", "partners for a joint venture"),
    ("medical equipment assembly", "a site for local assembly"),
]
# Working languages by country: some speak only their own, so interpreters are needed.
LANGUAGES = {"CN": ["zh"], "RU": ["ru"], "BY": ["ru"], "KZ": ["ru"], "UZ": ["ru"], "KG": ["ru"]}
SLOT_MINUTES = 30


def _languages(country: str, rng: random.Random) -> list[str]:
    own = LANGUAGES.get(country, [])
    return own + ["en"] if not own or rng.random() < 0.7 else own


def _demo_event() -> Event:
    event = Event.objects.filter(confidential=False, start__isnull=False).order_by("-start").first()
    if event is not None:
        return event
    return Event.objects.create(
        name_en="Demo B2B Forum", kind="forum", start=date.today(), city="Demo City"
    )


def create_demo_programme(
    event: Event | None = None,
    participants: int = 40,
    seed: int = 7,
    time_limit: float = 5.0,
    publish_schedule: bool = True,
) -> B2BProgramme:
    """Create (or return the existing) B2B programme of ``event`` with demo content."""
    event = event or _demo_event()
    existing = B2BProgramme.objects.filter(event=event).first()
    if existing is not None:
        return existing
    rng = random.Random(seed)
    with transaction.atomic():
        programme = B2BProgramme.objects.create(
            event=event, title=f"B2B meetings at {event}", default_max_meetings=6
        )
        first_day = event.start or date.today()
        slots: list[Slot] = []
        for order, (label, day, hour) in enumerate(SESSIONS):
            session = B2BSession.objects.create(programme=programme, label=label, order=order)
            start = timezone.make_aware(
                datetime.combine(first_day + timedelta(days=day), time(hour))
            )
            for i in range(SLOTS_PER_SESSION):
                begins = start + timedelta(minutes=SLOT_MINUTES * i)
                slots.append(
                    Slot.objects.create(
                        session=session,
                        starts_at=begins,
                        ends_at=begins + timedelta(minutes=SLOT_MINUTES),
                    )
                )
        Table.objects.bulk_create(
            [
                Table(programme=programme, number=n, label=f"Table {n}", location="Hall B")
                for n in range(1, max(2, participants // 5) + 1)
            ]
        )
        organisations = list(Organisation.objects.filter(confidential=False).order_by("pk"))
        rng.shuffle(organisations)
        people: list[B2BParticipant] = []
        for i in range(participants):
            organisation = organisations[i] if i < len(organisations) else None
            country = (organisation.country if organisation else "") or rng.choice(COUNTRIES)
            person = B2BParticipant.objects.create(
                programme=programme,
                organisation=organisation,
                display_name="" if organisation else f"Demo company {i + 1}",
                country=country,
                role=rng.choice(ROLES),
                max_meetings=rng.randint(3, 8),
                booth=f"B{i + 1:02d}" if rng.random() < 0.08 else "",
                offer=rng.choice(TRADE)[0],
                seek=rng.choice(TRADE)[1],
                languages=_languages(country, rng),
            )
            if rng.random() < 0.2:  # some attend only one day
                half = slots[: len(slots) // 2] if rng.random() < 0.5 else slots[len(slots) // 2 :]
                person.unavailable_slots.set(half)
            people.append(person)
        pairs: set[frozenset[int]] = set()
        now = timezone.now()
        for person in people:
            for other in rng.sample(people, k=min(len(people), rng.randint(0, 5))):
                pair = frozenset((person.pk, other.pk))
                if other.pk == person.pk or pair in pairs:
                    continue
                pairs.add(pair)
                roll = rng.random()
                status = (
                    RequestStatus.ACCEPTED
                    if roll < 0.7
                    else RequestStatus.DECLINED
                    if roll < 0.85
                    else RequestStatus.REQUESTED
                )
                MeetingRequest.objects.create(
                    programme=programme,
                    requester=person,
                    recipient=other,
                    weight=rng.choice((1, 2, 2, 3)),
                    status=status,
                    expires_at=now + timedelta(days=3),
                    answered_at=now if status != RequestStatus.REQUESTED else None,
                )
    run = execute_run(create_run(programme, time_limit=time_limit).pk)
    if publish_schedule and run.status == "done":
        publish(run)
    return programme
