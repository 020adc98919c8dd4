"""Field validators shared by the domain models (and so by admin, API and imports)."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from parkbridge.core.countries import is_country_code


def validate_country(value: str) -> None:
    if value and not is_country_code(value):
        raise ValidationError(
            "%(value)r is not an ISO 3166-1 alpha-2 country code", params={"value": value}
        )
    if value and value != value.upper():
        raise ValidationError(
            "country codes are upper case, e.g. %(code)s", params={"code": value.upper()}
        )


def validate_time_zone(value: str) -> None:
    """An IANA time zone name such as ``Europe/Minsk`` (what calendars and browsers use)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not value or len(value) > 64 or value.startswith(("/", ".")) or ".." in value:
        raise ValidationError("%(value)r is not an IANA time zone name", params={"value": value})
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            "%(value)r is not an IANA time zone name, e.g. Europe/Minsk", params={"value": value}
        ) from error
