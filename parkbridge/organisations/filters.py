"""The filter form of the organisations' pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext, gettext_lazy

from parkbridge.core.filter_forms import (
    CountryField,
    PageForm,
    clean_sector_word,
    translated_choices,
)


class OrganisationFilterForm(PageForm):
    q = forms.CharField(label=gettext_lazy("Search"), required=False, max_length=200)
    country = CountryField(label=gettext_lazy("Country code"))
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False)
    sector = forms.CharField(
        label=gettext_lazy("Sector"),
        required=False,
        max_length=100,
        help_text=gettext_lazy("In English, Russian or Chinese, e.g. machinery"),
    )

    def clean_sector(self) -> tuple[str, ...]:
        return clean_sector_word(self.cleaned_data.get("sector") or "")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from parkbridge.organisations.models import OrganisationKind

        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = translated_choices(
            OrganisationKind.choices, gettext("All kinds")
        )
