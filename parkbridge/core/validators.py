"""Field validators shared by the domain models (and so by admin, API and imports)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

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


WEB_SCHEMES = ("http", "https")
_web_address = URLValidator(schemes=list(WEB_SCHEMES))


def validate_web_address(value: str) -> None:
    """A web address people may click: http or https only (``javascript:``, ``data:`` or
    ``file:`` would run or open something else). Used by the API (every URL field of a record
    it writes) and by imports, so both edges accept the same addresses."""
    if not value:
        return
    scheme = value.split(":", 1)[0].lower() if ":" in value else ""
    if scheme not in WEB_SCHEMES:
        raise ValidationError(
            "enter a web address beginning with http:// or https://", code="scheme"
        )
    _web_address(value)


def web_address_errors(obj) -> dict[str, list[str]]:
    """Field → messages for each URL field of a record holding an address that isn't one."""
    from django.db import models

    errors: dict[str, list[str]] = {}
    for field in obj._meta.concrete_fields:
        if isinstance(field, models.URLField):
            try:
                validate_web_address(getattr(obj, field.attname) or "")
            except ValidationError as error:
                errors[field.name] = error.messages
    return errors
