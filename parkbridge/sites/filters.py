"""The filter form of the site registry's pages (list and map)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext, gettext_lazy

from parkbridge.core.filter_forms import (
    YEAR_MAX,
    YEAR_MIN,
    PageForm,
    check_year_range,
    clean_sector_word,
    country_choices,
    translated_choices,
)
from parkbridge.sites.models import SiteKind, SiteStatus


class SiteFilterForm(PageForm):
    SORTS = {
        "name": ("name_en", "id"),
        "country": ("country", "name_en", "id"),
        "-established": ("-established", "name_en", "id"),
        "-area_free_ha": ("-area_free_ha", "name_en", "id"),
    }

    q = forms.CharField(label=gettext_lazy("Search"), required=False, max_length=200)
    country = forms.ChoiceField(label=gettext_lazy("Country"), required=False)
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    min_free_ha = forms.FloatField(
        label=gettext_lazy("Free land at least (ha)"), required=False, min_value=0, max_value=1e7
    )
    min_power_mw = forms.FloatField(
        label=gettext_lazy("Power at least (MW)"), required=False, min_value=0, max_value=1e6
    )
    rail = forms.BooleanField(label=gettext_lazy("Rail siding"), required=False)
    sector = forms.CharField(
        label=gettext_lazy("Sector"),
        required=False,
        max_length=100,
        help_text=gettext_lazy("In English, Russian or Chinese, e.g. machinery"),
    )
    established_from = forms.IntegerField(
        label=gettext_lazy("Established from"),
        required=False,
        min_value=YEAR_MIN,
        max_value=YEAR_MAX,
    )
    established_to = forms.IntegerField(
        label=gettext_lazy("Established until"),
        required=False,
        min_value=YEAR_MIN,
        max_value=YEAR_MAX,
    )
    sort = forms.ChoiceField(label=gettext_lazy("Sort by"), required=False)

    def __init__(self, *args: Any, countries: Iterable[str] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices(countries, gettext("All countries"))
        self.fields["kind"].choices = translated_choices(SiteKind.choices, gettext("All kinds"))
        self.fields["status"].choices = translated_choices(
            SiteStatus.choices, gettext("Any status")
        )
        self.fields["sort"].choices = [
            ("", gettext("Best match")),
            ("name", gettext("Name")),
            ("country", gettext("Country")),
            ("-established", gettext("Newest first")),
            ("-area_free_ha", gettext("Most free land")),
        ]

    def clean_sector(self) -> tuple[str, ...]:
        return clean_sector_word(self.cleaned_data.get("sector") or "")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        check_year_range(self, "established_from", "established_to")
        return cleaned

    def ordering(self) -> tuple[str, ...] | None:
        """The sort asked for; None for the best match (by relevance when searching, else by
        name)."""
        return self.SORTS.get(self.cleaned_data.get("sort") or "")
