"""Filter forms of the pages. Everything a visitor can type is validated here on the server;
an invalid filter shows its message next to the field and the page lists nothing rather than
guessing what was meant."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import get_language, gettext, gettext_lazy

from parkbridge.core.countries import country_codes, country_name, is_country_code
from parkbridge.sites.models import SiteKind, SiteStatus

YEAR_MIN, YEAR_MAX = 1800, 2100


def translated_choices(choices: Iterable[tuple[str, str]], blank: Any) -> list[tuple[str, str]]:
    return [("", blank)] + [(value, gettext(label)) for value, label in choices]


def country_choices(codes: Iterable[str], blank: Any) -> list[tuple[str, str]]:
    language = (get_language() or "en").lower()
    named = sorted(
        ((code, country_name(code, language)) for code in set(codes) if code),
        key=lambda item: item[1],
    )
    return [("", blank), *named]


class CountryField(forms.CharField):
    """An ISO 3166-1 alpha-2 code, any case on input, upper case once clean."""

    default_error_messages = {
        "invalid": gettext_lazy("“%(value)s” is not a country code (two letters, e.g. RU)."),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 2)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> str:
        return super().to_python(value).strip().upper()

    def validate(self, value: str) -> None:
        super().validate(value)
        if value and not is_country_code(value):
            raise forms.ValidationError(
                self.error_messages["invalid"], code="invalid", params={"value": value}
            )


class PageForm(forms.Form):
    page = forms.IntegerField(required=False, min_value=1, max_value=1_000_000)


def _check_year_range(form: forms.Form, low: str, high: str) -> None:
    start, end = form.cleaned_data.get(low), form.cleaned_data.get(high)
    if start is not None and end is not None and start > end:
        form.add_error(high, gettext("The end year must not be before the start year."))


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
        _check_year_range(self, "established_from", "established_to")
        return cleaned

    def ordering(self) -> tuple[str, ...] | None:
        """The sort asked for; None for the best match (by relevance when searching, else by
        name)."""
        return self.SORTS.get(self.cleaned_data.get("sort") or "")


def clean_sector_word(word: str) -> tuple[str, ...]:
    """A sector filter's word → the codes it covers (the sector and its sub-sectors); an
    unknown word is a form error naming it and the closest known sectors."""
    from parkbridge.core.sectors import vocabulary

    if not word.strip():
        return ()
    vocab = vocabulary()
    code = vocab.resolve(word)
    if code is None:
        raise forms.ValidationError(
            gettext("Unknown sector “%(word)s”. Closest known sectors: %(closest)s.")
            % {"word": word, "closest": ", ".join(vocab.suggest(word))}
        )
    # A tuple: the map keeps its points per filter set, keyed by the cleaned values.
    return tuple(sorted(vocab.descendants(code)))


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
