"""Forms of the accounts pages: allauth's sign-in, and the person's settings."""

from __future__ import annotations

import zoneinfo

from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from parkbridge.accounts.models import Delivery, Profile


class LoginForm(AllauthLoginForm):
    def login(self, request, redirect_url=None):
        # Someone without any address (an account made with a username only) has nothing to
        # confirm; mandatory confirmation would shut them out of the web for good.
        login = getattr(self, "_login", None)
        if login is not None and login.user is not None and not login.user.email:
            login.email_verification = EmailVerificationMethod.NONE
        return super().login(request, redirect_url=redirect_url)


def _time_zones() -> list[tuple[str, str]]:
    return [("", _("UTC (default)"))] + [
        (name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())
    ]


class ProfileForm(forms.ModelForm):
    language = forms.ChoiceField(label=_("Language"), required=False)
    time_zone = forms.ChoiceField(label=_("Time zone"), required=False)

    class Meta:
        model = Profile
        fields = ["language", "time_zone"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("As my browser asks"))] + [
            (code, name) for code, name in settings.LANGUAGES
        ]
        self.fields["time_zone"].choices = _time_zones()


class PreferencesForm(forms.Form):
    """One choice per kind of notification: at once, daily digest, never."""

    def __init__(self, *args, kinds: dict[str, object], initial_values: dict[str, str], **kw):
        super().__init__(*args, **kw)
        for kind, label in kinds.items():
            self.fields[kind] = forms.ChoiceField(
                label=label, choices=Delivery.choices, initial=initial_values.get(kind)
            )
