"""Template helpers for every page: navigation, names and countries in the chosen language,
translated choice labels, and links that keep the current filters."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django import template
from django.http import HttpRequest
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import get_language, gettext, gettext_lazy

from parkbridge.core.countries import country_name

register = template.Library()


@dataclass(frozen=True)
class NavLink:
    url: str
    label: str
    active: bool


# (path or URL name, label). Paths belong to other apps; they appear only once those apps
# serve a page there, so the navigation never leads to a 404.
NAV_ITEMS: tuple[tuple[str, Any], ...] = (
    ("web:home", gettext_lazy("Home")),
    ("web:sites", gettext_lazy("Sites")),
    ("web:organisations", gettext_lazy("Organisations")),
    ("web:events", gettext_lazy("Events")),
    ("web:agreements", gettext_lazy("Agreements")),
    ("web:targets", gettext_lazy("Targets")),
    ("web:bilateral", gettext_lazy("Bilateral")),
    ("/marketplace/", gettext_lazy("Marketplace")),
    ("/marketplace/site-selection/", gettext_lazy("Site selection")),
    ("/b2b/", gettext_lazy("B2B meetings")),
    ("/press/", gettext_lazy("Press review")),
    ("admin:index", gettext_lazy("Administration")),
)

# Entries only some people may use (parkbridge.accounts.navigation decides who): the menu
# shows what a person can do, nothing they cannot.
NAV_SECTIONS: dict[str, str] = {
    "/press/": "press_review",
    "admin:index": "admin",
}


def _url_of(target: str) -> str | None:
    if target.startswith("/"):
        try:
            resolve(target)
        except Resolver404:
            return None
        return target
    try:
        return reverse(target)
    except Exception:  # noqa: BLE001 - a page not (yet) wired simply stays out of the menu
        return None


@register.simple_tag(takes_context=True)
def nav_links(context: template.Context) -> list[NavLink]:
    request: HttpRequest | None = context.get("request")
    current = request.path if request is not None else ""
    from parkbridge.accounts.navigation import may_use

    user = getattr(request, "user", None)
    found = [
        (url, label)
        for target, label in NAV_ITEMS
        if may_use(user, NAV_SECTIONS.get(target)) and (url := _url_of(target))
    ]
    # The current page belongs to the longest link it starts with (/marketplace/site-selection/
    # is "Site selection", not "Marketplace").
    matches = [
        url for url, _ in found if (current == url if url == "/" else current.startswith(url))
    ]
    active = max(matches, key=len) if matches else None
    return [NavLink(url=url, label=str(label), active=url == active) for url, label in found]


def language() -> str:
    return (get_language() or "en").lower()


@register.filter
def dname(record: Any) -> str:
    """A record's name in the interface language when the registry knows it."""
    if record is None:
        return ""
    if hasattr(record, "display_name"):
        return record.display_name(language())
    lang = language()
    if lang.startswith("ru") and getattr(record, "name_ru", ""):
        return record.name_ru
    if lang.startswith("zh") and getattr(record, "name_zh", ""):
        return record.name_zh
    return getattr(record, "name_en", "") or str(record)


@register.filter
def country(code: str | None) -> str:
    if not code:
        return ""
    return country_name(code, language())


@register.filter
def country_pair(pair: str | None) -> str:
    """ "CN-RU" as the two countries' names in the reader's language ("??": unknown)."""
    if not pair:
        return ""
    return " – ".join(country(code) if code != "??" else "?" for code in pair.split("-"))


@register.filter
def tr(text: Any) -> str:
    """Translate a label that comes from data (a model's choice label)."""
    return gettext(str(text)) if text not in (None, "") else ""


@register.simple_tag
def country_names_script() -> str:
    """Country names in the current language keyed by ISO 3166-1 numeric code (the ids of the
    offline map's borders), as a JSON script the map reads for its country labels."""
    from django.utils.html import json_script

    return json_script(numeric_country_names((get_language() or "en").lower()), "country-names")


@register.filter(name="unit")
def unit_filter(unit: Any) -> str:
    """A unit in the reader's words (km2 → km², percent → %)."""
    from parkbridge.web.labels import unit_label

    return unit_label(unit)


@register.filter(name="label")
def code_label(code: Any) -> str:
    """Words for a code kept without a model's choices (an incentive's benefit, ...)."""
    from parkbridge.web.labels import label

    return label(code)


@register.filter
def num(value: Any, digits: int = 1) -> str:
    """A number without useless decimals: 12, 12.5, 1 234 567."""
    if value is None or value == "":
        return ""
    if isinstance(value, str | bool):
        return str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if number.is_integer():
        return f"{int(number):,}".replace(",", "\u202f")
    return f"{number:,.{int(digits)}f}".replace(",", "\u202f")


@register.filter
def percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}\u00a0%"


@register.filter
def bar_width(value: float | None) -> int:
    """A progress value 0..1 as a CSS width percentage, capped at 100."""
    if value is None:
        return 0
    return max(0, min(100, round(value * 100)))


@register.simple_tag(takes_context=True)
def query_with(context: template.Context, **changes: Any) -> str:
    """The current query string with some parameters replaced (or removed when empty)."""
    request: HttpRequest | None = context.get("request")
    params = request.GET.copy() if request is not None else {}
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    if hasattr(params, "urlencode"):
        encoded = params.urlencode()
    else:  # pragma: no cover - no request in the context
        from urllib.parse import urlencode

        encoded = urlencode(params)
    return f"?{encoded}" if encoded else "?"


@lru_cache(maxsize=8)
def numeric_country_names(language: str) -> dict[str, str]:
    import pycountry

    return {
        c.numeric: country_name(c.alpha_2, language)
        for c in pycountry.countries
        if getattr(c, "numeric", None)
    }
