"""Forms of the people pages: invitations, accepting one, asking to join, refusing, tokens."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.core.validators import MaxValueValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from parkbridge.accounts.invitations import DEFAULT_DAYS, INVITABLE_ROLES, MAX_DAYS
from parkbridge.accounts.tokens import max_token_days
from parkbridge.marketplace.models import MemberRole


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"), max_length=254, widget=forms.EmailInput(attrs={"size": 40})
    )
    language = forms.ChoiceField(
        label=_("Language of the e-mail"), choices=settings.LANGUAGES, initial="en"
    )
    message = forms.CharField(
        label=_("Personal message"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    days = forms.IntegerField(
        label=_("Link valid for (days)"), min_value=1, max_value=MAX_DAYS, initial=DEFAULT_DAYS
    )

    def __init__(self, *args, language: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        codes = [code for code, _name in settings.LANGUAGES]
        if language:
            # The inviter's language by default ("zh-hans" is the interface's Chinese).
            match = next((c for c in codes if language.lower().startswith(c.split("-")[0])), None)
            if match:
                self.fields["language"].initial = match


class OrganisationInvitationForm(InvitationForm):
    member_role = forms.ChoiceField(
        label=_("Role in the organisation"),
        choices=[(MemberRole.MEMBER, _("Member")), (MemberRole.ADMIN, _("Admin"))],
        initial=MemberRole.MEMBER,
        required=False,
    )


class RoleInvitationForm(InvitationForm):
    role = forms.ChoiceField(
        label=_("Role"), choices=[(role, _(role.capitalize())) for role in INVITABLE_ROLES]
    )


class EventInvitationForm(InvitationForm):
    organisation = forms.ModelChoiceField(
        label=_("Registered for the organisation"),
        queryset=None,
        required=False,
        empty_label=_("— the person —"),
    )
    participant_role = forms.ChoiceField(label=_("Participates as"), choices=(), required=False)

    def __init__(self, *args, event=None, user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        from parkbridge.core.access import visible
        from parkbridge.events.models import ParticipantRole
        from parkbridge.organisations.models import Organisation

        # The organisations already at the event (participants and organisers): a list of a
        # size people can choose from, unlike the whole registry.
        # Only those the inviting person may see: the list must not name confidential ones.
        self.fields["organisation"].queryset = (
            visible(
                Organisation.objects.filter(
                    Q(pk__in=event.participants.values("organisation"))
                    | Q(pk__in=event.organisers.values("pk"))
                ),
                user,
            ).order_by("name_en")
            if event is not None
            else Organisation.objects.none()
        )
        self.fields["participant_role"].choices = [
            (value, _(label)) for value, label in ParticipantRole.choices
        ]
        self.fields["participant_role"].initial = ParticipantRole.DELEGATE


class NewAccountForm(forms.Form):
    """A new person's sign-in name and password (the e-mail is the invited address)."""

    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        help_text=_("Letters, digits and @/./+/-/_ only."),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_username(self) -> str:
        user_model = get_user_model()
        username = user_model.normalize_username(self.cleaned_data["username"].strip())
        field = user_model._meta.get_field(user_model.USERNAME_FIELD)
        for validator in field.validators:
            validator(username)
        if user_model.objects.filter(**{f"{user_model.USERNAME_FIELD}__iexact": username}).exists():
            raise forms.ValidationError(_("This username is taken; choose another."))
        return username

    def clean(self) -> dict:
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            candidate = get_user_model()(username=cleaned.get("username", ""), email=self.email)
            try:
                password_validation.validate_password(first, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class JoinForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the organisation's admins"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RefuseForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class TokenForm(forms.Form):
    name = forms.CharField(label=_("What it is for"), required=False, max_length=100)
    scopes = forms.MultipleChoiceField(
        label=_("Scopes"),
        choices=[("read", _("read")), ("write", _("write"))],
        widget=forms.CheckboxSelectMultiple,
        initial=["read"],
    )
    days = forms.IntegerField(label=_("Expires after (days)"), min_value=1, initial=90)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        limit = max_token_days()
        self.fields["days"].max_value = limit
        self.fields["days"].validators.append(MaxValueValidator(limit))
        self.fields["days"].widget.attrs["max"] = limit
        self.fields["days"].initial = min(90, limit)
        self.fields["days"].help_text = _("At most %(max)s days.") % {"max": limit}
