"""Forms of the B2B pages. Times are typed in the event's time zone (named on the form)."""

from __future__ import annotations

import re
from datetime import timedelta

from django import forms
from django.utils.translation import gettext_lazy as _

from parkbridge.b2b.models import B2BRole, OutcomeStatus
from parkbridge.core.models import Sector
from parkbridge.core.validators import validate_country, validate_time_zone

LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


def parse_languages(text: str) -> list[str]:
    codes = sorted({x for x in re.split(r"[;,\s]+", text.lower()) if x})
    bad = [x for x in codes if not LANGUAGE_CODE.match(x)]
    if bad:
        raise forms.ValidationError(
            _("%(code)s is not a two-letter language code (en, ru, zh…)"), params={"code": bad[0]}
        )
    if len(codes) > 20:
        raise forms.ValidationError(_("At most 20 languages."))
    return codes


class RegisterForm(forms.Form):
    organisation = forms.TypedChoiceField(
        label=_("I take part for"), coerce=int, required=False, empty_value=None
    )
    display_name = forms.CharField(label=_("Name shown to others"), max_length=300, required=False)
    country = forms.CharField(label=_("Country (ISO code, e.g. BY)"), max_length=2, required=False)

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [("", _("myself (no organisation)"))] + [
            (o.pk, str(o)) for o in organisations
        ]

    def clean_country(self) -> str:
        value = self.cleaned_data["country"].upper()
        try:
            validate_country(value)
        except forms.ValidationError as error:
            raise forms.ValidationError(_("Use a two-letter country code such as BY.")) from error
        return value

    def clean(self):
        data = super().clean()
        if not data.get("organisation") and not data.get("display_name"):
            raise forms.ValidationError(_("Choose your organisation or give a name."))
        return data


class ProfileForm(forms.Form):
    offer = forms.CharField(label=_("What I offer"), widget=forms.Textarea(attrs={"rows": 3}),
                            max_length=3000, required=False)  # fmt: skip
    seek = forms.CharField(label=_("What I seek"), widget=forms.Textarea(attrs={"rows": 3}),
                           max_length=3000, required=False)  # fmt: skip
    role = forms.ChoiceField(label=_("Role"), choices=[("", "—")] + list(B2BRole.choices),
                             required=False)  # fmt: skip
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"), queryset=Sector.objects.order_by("code"), required=False
    )
    languages = forms.CharField(
        label=_("Working languages (codes, e.g. en, ru, zh)"), max_length=100, required=False
    )
    online = forms.BooleanField(label=_("I meet online (video call, no table)"), required=False)
    contact_email = forms.EmailField(label=_("Contact e-mail"), required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=40, required=False)
    available = forms.MultipleChoiceField(
        label=_("Available in"), required=False, widget=forms.CheckboxSelectMultiple
    )
    preferred = forms.MultipleChoiceField(
        label=_("Preferred times (if possible)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    # "Prefer the morning session": the scheduler knows preferred slots, so a session stands
    # for all of its slots.
    preferred_sessions = forms.MultipleChoiceField(
        label=_("Preferred sessions (all their times)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, slots=(), slot_label=str, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(str(s.pk), slot_label(s)) for s in slots]
        self.fields["available"].choices = choices
        self.fields["preferred"].choices = choices
        sessions = {s.session_id: s.session for s in slots}
        self.fields["preferred_sessions"].choices = [
            (str(pk), session.label) for pk, session in sessions.items()
        ]

    def clean_languages(self) -> list[str]:
        return parse_languages(self.cleaned_data["languages"])


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    country = forms.CharField(label=_("Country"), max_length=2, required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    role = forms.ChoiceField(label=_("Role"), choices=[("", _("any"))] + list(B2BRole.choices),
                             required=False)  # fmt: skip
    offer = forms.CharField(label=_("Offers"), max_length=200, required=False)
    seek = forms.CharField(label=_("Seeks"), max_length=200, required=False)
    language = forms.CharField(label=_("Language"), max_length=2, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = [("", _("any"))] + [
            (s.code, s.code) for s in Sector.objects.order_by("code")
        ]


class MeetingRequestForm(forms.Form):
    message = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 4}),
                              max_length=2000, required=False)  # fmt: skip
    weight = forms.TypedChoiceField(
        label=_("How important"),
        coerce=int,
        initial=2,
        choices=[(1, _("nice to have")), (2, _("important")), (3, _("essential"))],
    )


class AnswerForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), max_length=1000, required=False)


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Rating"), coerce=int, choices=[(i, str(i)) for i in range(5, 0, -1)]
    )
    status = forms.ChoiceField(label=_("What came of it"), choices=OutcomeStatus.choices)
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}),
                           max_length=5000, required=False)  # fmt: skip


class ProgrammeSettingsForm(forms.Form):
    time_zone = forms.CharField(label=_("Time zone (IANA name, e.g. Europe/Minsk)"),
                                max_length=64, validators=[validate_time_zone])  # fmt: skip
    self_registration = forms.BooleanField(
        label=_("Participants may register themselves"), required=False
    )
    approval_required = forms.BooleanField(
        label=_("Self-registrations wait for approval"), required=False
    )
    video_url_template = forms.URLField(
        label=_("Video room address for online meetings ({request} is replaced)"),
        max_length=300,
        required=False,
        assume_scheme="https",
    )

    def clean_video_url_template(self) -> str:
        value = self.cleaned_data["video_url_template"]
        if value and not value.startswith("https://"):
            raise forms.ValidationError(_("The address must start with https://"))
        return value


class SessionForm(forms.Form):
    label = forms.CharField(label=_("Session"), max_length=100)
    day = forms.DateField(label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}))
    start = forms.TimeField(label=_("First slot starts"),
                            widget=forms.TimeInput(attrs={"type": "time"}))  # fmt: skip
    minutes = forms.IntegerField(label=_("Minutes per slot"), min_value=5, max_value=240,
                                 initial=30)  # fmt: skip
    count = forms.IntegerField(label=_("Slots"), min_value=1, max_value=100, initial=6)

    def slot_times(self, programme):
        from parkbridge.b2b.times import aware_in

        first = aware_in(self.cleaned_data["day"], self.cleaned_data["start"], programme)
        length = timedelta(minutes=self.cleaned_data["minutes"])
        return [
            (first + i * length, first + (i + 1) * length)
            for i in range(self.cleaned_data["count"])
        ]


class TablesForm(forms.Form):
    count = forms.IntegerField(label=_("Tables to add"), min_value=1, max_value=5000)
    location = forms.CharField(label=_("Where"), max_length=200, required=False)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))


class RunForm(forms.Form):
    time_limit = forms.FloatField(label=_("Time limit (seconds)"), min_value=1, max_value=600,
                                  initial=10)  # fmt: skip
    keep_published = forms.BooleanField(
        label=_("Keep published meetings where they are"), required=False, initial=True
    )


class WalkInForm(forms.Form):
    a = forms.TypedChoiceField(label=_("Participant"), coerce=int)
    b = forms.TypedChoiceField(label=_("Meets"), coerce=int)
    slot = forms.TypedChoiceField(label=_("Slot"), coerce=int)
    # An online side meets in its video room: no table (the service asks for one otherwise).
    table = forms.TypedChoiceField(
        label=_("Free table"), coerce=int, required=False, empty_value=None,
        help_text=_("Not needed when one side meets online."),
    )  # fmt: skip

    def __init__(self, *args, participants=(), slots=(), tables=(), slot_label=str, **kwargs):
        super().__init__(*args, **kwargs)
        people = [(p.pk, p.name) for p in participants]
        self.fields["a"].choices = people
        self.fields["b"].choices = people
        self.fields["slot"].choices = [(s.pk, slot_label(s)) for s in slots]
        self.fields["table"].choices = [("", "—")] + [(t.pk, str(t)) for t in tables]


class InterpreterForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    language_pairs = forms.CharField(label=_("Language pairs (e.g. ru-zh, en-ru)"), max_length=200)
    unavailable = forms.MultipleChoiceField(
        label=_("Not available in"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, slots=(), slot_label=str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unavailable"].choices = [(str(s.pk), slot_label(s)) for s in slots]

    def clean_language_pairs(self) -> list[str]:
        pairs = sorted({x for x in re.split(r"[;,\s]+", self.cleaned_data["language_pairs"]) if x})
        for pair in pairs:
            if not re.match(r"^[a-z]{2}-[a-z]{2}$", pair):
                raise forms.ValidationError(
                    _("%(pair)s is not a pair such as ru-zh"), params={"pair": pair}
                )
        return pairs
