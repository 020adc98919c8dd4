"""The event's local time: slots are stored in UTC and entered and shown in the event's time
zone, always with the zone named so that nobody reads 10:00 in the wrong zone."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.utils import timezone


def zone_of(programme) -> ZoneInfo:
    return ZoneInfo(programme.event.time_zone or "UTC")


def local(value: datetime, programme) -> datetime:
    """``value`` as a wall-clock time where the event happens."""
    return timezone.localtime(value, zone_of(programme))


def aware_in(day: date, at: time, programme) -> datetime:
    """The instant of ``day`` ``at`` o'clock in the event's zone (what an organiser types)."""
    return datetime.combine(day, at, tzinfo=zone_of(programme))


def label(value: datetime, programme, with_date: bool = True) -> str:
    shown = local(value, programme)
    return shown.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")
