"""Forms of the press pages: a proposal's fields to correct before accepting, feeds, pages to
fetch, uploads and watches. Values are checked by :mod:`parkbridge.press.review`'s validators, so
the page, the API and the admin refuse the same things; messages are words, never JSON."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from parkbridge.events.models import EventKind, Qualifier
from parkbridge.organisations.models import OrganisationKind
from parkbridge.press import review
from parkbridge.press.feeds import MAX_URLS_PER_RUN, BadFeed, clean_url
from parkbridge.press.models import MAX_POLL_MINUTES, MIN_POLL_MINUTES, Proposal, WatchKind
from parkbridge.sites.models import Site, SiteKind

LABELS = {
    "name": _("Name"), "name_en": _("Name (English)"), "name_ru": _("Name (Russian)"),
    "name_zh": _("Name (Chinese)"), "name_latin": _("Name (Latin letters)"), "kind": _("Kind"),
    "country": _("Country (ISO code)"), "city": _("City"), "role": _("Role"),
    "edition": _("Edition"), "start": _("Start"), "end": _("End"), "value": _("Value"),
    "unit": _("Unit"), "qualifier": _("Qualifier"), "measure": _("Measure"), "scope": _("Scope"),
    "date": _("Date"), "event": _("Event"), "event_id": _("Event id"), "title": _("Title"),
    "count": _("Count"), "status": _("Status"), "parties": _("Parties (comma-separated)"),
    "signed_on": _("Signed on"), "deadline": _("Deadline"),
}  # fmt: skip
NUMBERS = {"value"}
INTEGERS = {"edition", "event_id", "count"}
DATES = {"start", "end", "date", "signed_on", "deadline"}
CHOICES: dict[str, Any] = {"qualifier": Qualifier, "status": None}
KIND_CHOICES = {"site": SiteKind, "organisation": OrganisationKind, "event": EventKind}


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ProposalForm(forms.Form):
    """The proposal's editable fields, filled with its current values; only changed fields
    become the reviewer's edits."""

    def __init__(self, proposal: Proposal, *args, **kwargs) -> None:
        kwargs.setdefault("prefix", f"p{proposal.pk}")
        super().__init__(*args, **kwargs)
        self.proposal = proposal
        values = proposal.values
        for key in review.EDITABLE[proposal.category]:
            label = LABELS.get(key, key)
            initial = _as_text(values.get(key))
            choices = None
            if key == "kind" and proposal.category in KIND_CHOICES:
                choices = KIND_CHOICES[proposal.category].choices
            elif key == "qualifier":
                choices = Qualifier.choices
            elif key == "status" and proposal.category == "agreement":
                choices = [("planned", _("planned")), ("signed", _("signed"))]
            if choices is not None:
                field: forms.Field = forms.ChoiceField(
                    label=label, choices=[("", "—"), *choices], required=False
                )
            elif key in NUMBERS:
                field = forms.FloatField(label=label, required=False)
            elif key in INTEGERS:
                field = forms.IntegerField(label=label, required=False)
            else:
                field = forms.CharField(label=label, required=False, max_length=500)
                if key in DATES:
                    field.help_text = _("YYYY, YYYY-MM or YYYY-MM-DD")
            field.initial = initial
            self.fields[key] = field

    def edits(self) -> dict[str, Any]:
        """The changed fields as typed values (call after is_valid)."""
        values = self.proposal.values
        out: dict[str, Any] = {}
        for key, value in list(self.cleaned_data.items()):
            current = values.get(key)
            if key == "parties":
                value = [v.strip() for v in (value or "").split(",") if v.strip()]
                if value != (current or []):
                    out[key] = value
                continue
            if value in ("", None):
                continue  # an emptied field keeps the extracted value
            if key in NUMBERS and isinstance(value, float) and value.is_integer():
                value = int(value)
            if _as_text(value) != _as_text(current):
                out[key] = value
        return out

    def apply_errors(self, error: review.ReviewError) -> None:
        """A ReviewError's messages on the fields they name, the rest above the form."""
        detail = error.detail
        if isinstance(detail, dict):
            for key, messages in detail.items():
                for message in messages if isinstance(messages, list) else [messages]:
                    self.add_error(key if key in self.fields else None, str(message))
        elif isinstance(detail, list):
            for message in detail:
                self.add_error(None, str(message))
        else:
            self.add_error(None, str(detail))


def error_in_words(error: review.ReviewError) -> str:
    detail = error.detail
    if isinstance(detail, dict):
        return "; ".join(
            f"{LABELS.get(k, k)}: {' '.join(str(m) for m in (v if isinstance(v, list) else [v]))}"
            for k, v in detail.items()
        )
    if isinstance(detail, list):
        return "; ".join(str(m) for m in detail)
    return str(detail)


class FeedForm(forms.Form):
    url = forms.CharField(label=_("Feed address (RSS or Atom)"), max_length=1000)
    name = forms.CharField(label=_("Outlet name"), max_length=200, required=False)
    every_minutes = forms.IntegerField(
        label=_("Poll every (minutes)"),
        initial=60,
        min_value=MIN_POLL_MINUTES,
        max_value=MAX_POLL_MINUTES,
    )

    def clean_url(self) -> str:
        try:
            return clean_url(self.cleaned_data["url"])
        except BadFeed as error:
            raise forms.ValidationError(str(error)) from error


class UrlsForm(forms.Form):
    urls = forms.CharField(
        label=_("Web pages or PDFs, one address a line"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_urls(self) -> list[str]:
        lines = [ln.strip() for ln in self.cleaned_data["urls"].splitlines() if ln.strip()]
        if not lines:
            raise forms.ValidationError(_("give at least one address"))
        if len(lines) > MAX_URLS_PER_RUN:
            raise forms.ValidationError(
                _("at most %(n)d addresses at a time") % {"n": MAX_URLS_PER_RUN}
            )
        clean, errors = [], []
        for line in lines:
            try:
                clean.append(clean_url(line))
            except BadFeed as error:
                errors.append(f"{line}: {error}")
        if errors:
            raise forms.ValidationError(errors)
        return clean


class WatchForm(forms.Form):
    kind = forms.ChoiceField(label=_("Follow"), choices=WatchKind.choices)
    # By name (any language) or id: the registry is too large for a drop-down list.
    site = forms.CharField(label=_("Site (name)"), max_length=300, required=False)
    organisation = forms.CharField(label=_("Organisation (name)"), max_length=300, required=False)
    countries = forms.CharField(
        label=_("Two countries (ISO codes, e.g. BY CN)"), max_length=20, required=False
    )
    keyword = forms.CharField(label=_("Keyword"), max_length=100, required=False)


def find_by_name(model, text: str):
    """A site or organisation by its id, slug or exact name in any language or alias."""
    from django.db.models import Q

    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit():
        return model.objects.filter(pk=int(text)).first()
    query = Q(name_en__iexact=text) | Q(name_ru__iexact=text) | Q(name_zh__iexact=text)
    query |= Q(aliases__icontains=text)
    if model is Site:
        query |= Q(slug=text)
    found = list(model.objects.filter(query)[:2])
    return found[0] if len(found) == 1 else None
