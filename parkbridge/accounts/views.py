"""The person's settings page: language, time zone and how each kind of notification
reaches them by e-mail. Sign-in, sign-up, password and MFA pages are allauth's."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from parkbridge.accounts.forms import PreferencesForm, ProfileForm
from parkbridge.accounts.middleware import EXPLICIT_LANGUAGE_KEY
from parkbridge.accounts.models import profile_of
from parkbridge.accounts.notifications import KINDS, preferences_of, set_preference


@login_required
def account_settings(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request.user)
    current = preferences_of(request.user)
    kinds = {kind: KINDS.get(kind, kind) for kind in current}
    if request.method == "POST":
        profile_form = ProfileForm(request.POST, instance=profile, prefix="profile")
        preferences = PreferencesForm(
            request.POST, kinds=kinds, initial_values=current, prefix="notify"
        )
        if profile_form.is_valid() and preferences.is_valid():
            with transaction.atomic():
                profile_form.save()
                for kind, delivery in preferences.cleaned_data.items():
                    if delivery != current.get(kind):
                        set_preference(request.user, kind, delivery)
            # The language just chosen here is the one to show, not an earlier switch.
            request.session.pop(EXPLICIT_LANGUAGE_KEY, None)
            messages.success(request, _("Your settings are saved."))
            return redirect("account-settings")
    else:
        profile_form = ProfileForm(instance=profile, prefix="profile")
        preferences = PreferencesForm(kinds=kinds, initial_values=current, prefix="notify")
    return render(
        request,
        "accounts/settings.html",
        {"profile_form": profile_form, "preferences": preferences},
    )
