"""The filter form of the events' pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext, gettext_lazy

from parkbridge.core.filter_forms import (
    YEAR_MAX,
    YEAR_MIN,
    CountryField,
    PageForm,
    translated_choices,
)


class EventFilterForm(PageForm):
    q = forms.CharField(label=gettext_lazy("Search"), required=False, max_length=200)
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False)
    country = CountryField(label=gettext_lazy("Country code"))
    year = forms.IntegerField(
        label=gettext_lazy("Year"), required=False, min_value=YEAR_MIN, max_value=YEAR_MAX
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from parkbridge.events.models import EventKind

        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = translated_choices(EventKind.choices, gettext("All kinds"))
