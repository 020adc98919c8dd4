"""The filter forms of the agreements' pages and of the bilateral view of a country pair."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext, gettext_lazy

from parkbridge.core.countries import country_codes
from parkbridge.core.filter_forms import (
    YEAR_MAX,
    YEAR_MIN,
    CountryField,
    PageForm,
    country_choices,
    translated_choices,
)


class AgreementFilterForm(PageForm):
    q = forms.CharField(label=gettext_lazy("Search"), required=False, max_length=200)
    country_a = CountryField(label=gettext_lazy("Country"))
    country_b = CountryField(label=gettext_lazy("Partner country"))
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False)
    year = forms.IntegerField(
        label=gettext_lazy("Year signed"), required=False, min_value=YEAR_MIN, max_value=YEAR_MAX
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from parkbridge.agreements.models import AgreementKind, AgreementStatus

        super().__init__(*args, **kwargs)
        self.fields["status"].choices = translated_choices(
            AgreementStatus.choices, gettext("Any status")
        )
        self.fields["kind"].choices = translated_choices(
            AgreementKind.choices, gettext("All kinds")
        )
        for name in ("country_a", "country_b"):
            self.fields[name].widget = forms.Select(
                choices=country_choices(country_codes(), gettext("Any country"))
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        a, b = cleaned.get("country_a"), cleaned.get("country_b")
        if b and not a:
            self.add_error("country_a", gettext("Choose the first country of the pair too."))
        return cleaned


class BilateralForm(forms.Form):
    a = CountryField(label=gettext_lazy("First country"), required=True)
    b = CountryField(label=gettext_lazy("Second country"), required=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("a", "b"):
            self.fields[name].widget = forms.Select(
                choices=country_choices(country_codes(), gettext("Choose a country"))
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("a") and cleaned.get("a") == cleaned.get("b"):
            self.add_error("b", gettext("Choose two different countries."))
        return cleaned
