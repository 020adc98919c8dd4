"""ISO 3166-1 country codes and their names in the interface languages."""

from __future__ import annotations

from functools import lru_cache

import pycountry


class UnknownCountry(ValueError):
    pass


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


def is_country_code(code: str | None) -> bool:
    return bool(code) and code.upper() in country_codes()


def normalise_country(code: str | None) -> str:
    """Upper-case alpha-2 code or ``UnknownCountry`` naming what was given."""
    value = (code or "").strip().upper()
    if value not in country_codes():
        raise UnknownCountry(f"unknown country code {code!r} (expected ISO 3166-1 alpha-2)")
    return value


@lru_cache(maxsize=512)
def country_name(code: str, language: str = "en") -> str:
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    if language == "en":
        return name
    import gettext

    lang = {"zh-hans": "zh_CN", "zh": "zh_CN"}.get(language, language)
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return name
    return translation.gettext(country.name)


def country_choices() -> list[tuple[str, str]]:
    return sorted(((c.alpha_2, c.name) for c in pycountry.countries), key=lambda c: c[1])
