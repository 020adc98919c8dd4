"""What every page's filter form shares: a page number, country fields and choices in the
visitor's language, year ranges and the sector vocabulary. Everything a visitor can type is
validated on the server; an invalid filter shows its message next to the field and the page
lists nothing rather than guessing what was meant."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import get_language, gettext, gettext_lazy

from parkbridge.core.countries import country_name, is_country_code

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


def check_year_range(form: forms.Form, low: str, high: str) -> None:
    start, end = form.cleaned_data.get(low), form.cleaned_data.get(high)
    if start is not None and end is not None and start > end:
        form.add_error(high, gettext("The end year must not be before the start year."))


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
