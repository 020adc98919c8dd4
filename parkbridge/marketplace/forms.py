"""Forms of the marketplace and site-selection pages, validated on the server.

List fields (HS codes, countries, sectors) are typed as comma-separated text; the project form
hands its values to the site-selection core, whose errors land beside the field they name.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from parkbridge.core.models import Sector
from parkbridge.marketplace.models import Profile
from parkbridge.marketplace.queries import QueryError, project_query
from parkbridge.organisations.models import Organisation
from parkbridge.siteselection import Project


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ListField(forms.CharField):
    """Comma-separated values in, a list out."""

    def __init__(self, upper: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 2000)
        super().__init__(**kwargs)
        self.upper = upper

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return value

    def clean(self, value: Any) -> list[str]:
        text = super().clean(value) or ""
        items = split_list(text)
        return [i.upper() for i in items] if self.upper else items


class ProfileForm(forms.ModelForm):
    hs_codes = ListField(label=_("HS codes"), help_text=_("e.g. 870590, 8429"))
    countries = ListField(
        upper=True, label=_("Counterpart countries"), help_text=_("ISO codes, e.g. CN, BY")
    )

    class Meta:
        model = Profile
        fields = [
            "organisation", "direction", "kind", "title", "description", "language", "sectors",
            "hs_codes", "countries", "quantity", "condition", "deal", "amount_usd", "site",
        ]  # fmt: skip
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args: Any, user=None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from parkbridge.core.access import sees_everything, visible
        from parkbridge.marketplace.models import organisation_ids_of
        from parkbridge.sites.models import Site

        # A hidden site is not a choice: refused exactly like an id that doesn't exist.
        self.fields["site"].queryset = visible(Site.objects.all(), user)

        if not sees_everything(user):
            self.fields["organisation"].queryset = Organisation.objects.filter(
                pk__in=organisation_ids_of(user)
            )
        self.fields["sectors"].queryset = Sector.objects.order_by("name_en")
        self.fields["sectors"].required = False
        self.fields["site"].required = False


class InterestForm(forms.Form):
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label=_("On behalf of"), required=False
    )

    def __init__(self, *args: Any, organisations=None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if organisations is not None:
            self.fields["organisation"].queryset = organisations


class ProfileSearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=2000)
    direction = forms.ChoiceField(
        label=_("Direction"),
        required=False,
        choices=[("", _("Offers and requests")), ("offer", _("Offers")), ("seek", _("Requests"))],
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("Any kind")), *Profile._meta.get_field("kind").choices],
    )


class ProjectForm(forms.Form):
    """The fields of a site-selection project that a person fills in; the rest keep the
    core's defaults (or come through the API)."""

    name = forms.CharField(label=_("Project"), required=False, max_length=200)
    sectors = ListField(label=_("Sectors"), help_text=_("e.g. machinery, automotive"))
    countries = ListField(upper=True, label=_("Countries"), help_text=_("ISO codes, e.g. BY, KZ"))
    regions = ListField(label=_("Regions"))
    plot_area_ha = forms.FloatField(label=_("Plot (ha)"), required=False)
    premises_m2 = forms.FloatField(label=_("Premises (m²)"), required=False)
    power_mw = forms.FloatField(label=_("Power (MW)"), required=False)
    gas_m3h = forms.FloatField(label=_("Gas (m³/h)"), required=False)
    water_m3day = forms.FloatField(label=_("Water (m³/day)"), required=False)
    rail_siding = forms.BooleanField(label=_("Rail siding needed"), required=False)
    horizon_years = forms.IntegerField(label=_("Horizon (years)"), required=False)
    annual_profit = forms.FloatField(label=_("Annual profit"), required=False)
    annual_payroll = forms.FloatField(label=_("Annual payroll"), required=False)
    property_value = forms.FloatField(label=_("Property value"), required=False)
    currency = forms.CharField(label=_("Currency"), required=False, max_length=3)
    top = forms.IntegerField(label=_("Show"), required=False, min_value=1, max_value=200)

    project: Project | None = None

    def project_data(self) -> dict[str, Any]:
        data = {k: v for k, v in self.cleaned_data.items() if k != "top"}
        if not data.get("rail_siding"):
            data.pop("rail_siding", None)
        if data.get("currency"):
            data["currency"] = data["currency"].upper()
        return {k: v for k, v in data.items() if v not in (None, "", [])}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.errors:
            return cleaned
        try:
            self.project = project_query(self.project_data())
        except QueryError as error:
            field = error.field.split(".")[0]
            self.add_error(field if field in self.fields else None, error.message)
        return cleaned
