"""Reviewing proposals: the only code that writes press facts into the registry.

Accepting a proposal (as extracted, or after the reviewer's edits) creates or updates the
registry record and cites the article with the sentence the fact came from; rejecting records
the decision and touches nothing else. The admin, the API, the review page and auto-acceptance
all call these functions, so every path validates and cites the same way.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import slugify
from unidecode import unidecode

from parkbridge.agreements.models import Agreement
from parkbridge.core.models import Source, cite
from parkbridge.core.search import fold, has_cjk, has_cyrillic
from parkbridge.core.validators import validate_country
from parkbridge.events.models import Event, EventKind, EventStatistic, Qualifier
from parkbridge.organisations.models import Organisation, OrganisationKind, Person
from parkbridge.press.candidates import CATEGORY_MODELS, resolve
from parkbridge.press.models import Action, Category, Proposal, ProposalStatus, is_reviewer
from parkbridge.sites.facts import figure_reaches_site
from parkbridge.sites.models import Site, SiteKind
from parkbridge.targets.models import Indicator, IndicatorValue, Target

DEFAULT_AUTO_ACCEPT = 1.01  # above any confidence: nothing is accepted without a reviewer


class ReviewError(ValueError):
    """A proposal cannot be accepted or rejected; ``detail`` says why (str or field → msgs)."""

    status = 422

    def __init__(self, detail: Any) -> None:
        super().__init__(str(detail))
        self.detail = detail


class AlreadyReviewed(ReviewError):
    status = 409


class NotAllowed(ReviewError):
    status = 403


def auto_accept_threshold() -> float:
    """``PARKBRIDGE_AUTO_ACCEPT_CONFIDENCE`` from settings, else the environment, else never."""
    value = getattr(settings, "PARKBRIDGE_AUTO_ACCEPT_CONFIDENCE", None)
    if value is None:
        value = os.environ.get("PARKBRIDGE_AUTO_ACCEPT_CONFIDENCE", DEFAULT_AUTO_ACCEPT)
    try:
        return float(value)
    except (TypeError, ValueError):
        return DEFAULT_AUTO_ACCEPT


# ----------------------------------------------------------------------------- edit validation

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value.strip()


def _number(value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


def _integer(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be an integer")
    return value


def _choice(choices: type[models.TextChoices], allow_none: bool = True) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value is None and allow_none:
            return None
        if value not in choices.values:
            raise ValueError(f"must be one of {', '.join(choices.values)}")
        return value

    return check


def _country(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError("must be an ISO 3166-1 alpha-2 code")
    try:
        validate_country(value.upper())
    except ValidationError as error:
        raise ValueError("; ".join(error.messages)) from error
    return value.upper()


def _iso_date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise ValueError("must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    _to_date(value)  # raises on 2024-02-30
    return value


def _names(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a list of names")
    return [v.strip() for v in value if v.strip()]


_AGREEMENT_STATUS = ("planned", "signed")


def _agreement_status(value: Any) -> str:
    if value not in _AGREEMENT_STATUS:
        raise ValueError("must be planned or signed")
    return value


_NAMES = {"name": _text, "name_en": _text, "name_ru": _text, "name_zh": _text}
EDITABLE: dict[str, dict[str, Callable[[Any], Any]]] = {
    Category.SITE: {
        **_NAMES, "kind": _choice(SiteKind), "country": _country, "city": _text,
    },
    Category.ORGANISATION: {**_NAMES, "kind": _choice(OrganisationKind), "country": _country},
    Category.PERSON: {"name": _text, "name_latin": _text, "role": _text, "country": _country},
    Category.EVENT: {
        **_NAMES, "kind": _choice(EventKind), "edition": _integer, "city": _text,
        "country": _country, "start": _iso_date, "end": _iso_date,
    },
    Category.FIGURE: {
        "value": _number, "unit": _text, "qualifier": _choice(Qualifier, False),
        "measure": _text, "scope": _text, "date": _iso_date,
    },
    Category.EVENT_STATISTIC: {
        "event": _text, "event_id": _integer, "value": _number, "unit": _text,
        "qualifier": _choice(Qualifier, False), "measure": _text,
    },
    Category.AGREEMENT: {
        "title": _text, "count": _integer, "qualifier": _choice(Qualifier),
        "status": _agreement_status, "parties": _names, "event": _text, "signed_on": _iso_date,
    },
    Category.TARGET: {
        "title": _text, "value": _number, "unit": _text, "qualifier": _choice(Qualifier, False),
        "measure": _text, "scope": _text, "deadline": _iso_date,
    },
}  # fmt: skip


def validate_edit(category: str, edited: Any) -> dict[str, Any]:
    """The reviewer's corrections, checked field by field; unknown keys are refused."""
    if edited is None:
        return {}
    if not isinstance(edited, dict):
        raise ReviewError("edited must be an object of field: value")
    allowed = EDITABLE[category]
    errors: dict[str, list[str]] = {}
    clean: dict[str, Any] = {}
    for key, value in edited.items():
        if key not in allowed:
            errors[key] = [f"not an editable field of a {category}; allowed: {', '.join(allowed)}"]
            continue
        try:
            clean[key] = allowed[key](value)
        except ValueError as error:
            errors[key] = [str(error)]
    if errors:
        raise ReviewError(errors)
    return clean


# ----------------------------------------------------------------------------- helpers


def _to_date(value: str | None, end_of_period: bool = False) -> date | None:
    """ISO year / month / day to a date; a bare year or month means its last day if asked."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            if end_of_period:
                nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
                return date.fromordinal(nxt.toordinal() - 1)
            return date(parts[0], parts[1], 1)
        return date(parts[0], 12, 31) if end_of_period else date(parts[0], 1, 1)
    except ValueError as error:
        raise ValueError(f"{value!r} is not a valid date") from error


def _date_field(values: dict, key: str, end_of_period: bool = False) -> date | None:
    try:
        return _to_date(values.get(key), end_of_period)
    except ValueError as error:
        raise ReviewError({key: [str(error)]}) from error


def _script_names(values: dict) -> dict[str, str]:
    """name_en / name_ru / name_zh for a new record: explicit edits win, else the article's name
    goes in the slot of its script (and a transliteration stands in for the English name, which
    the registry requires)."""
    name = (values.get("name") or "").strip()
    names = {k: (values.get(k) or "").strip() for k in ("name_en", "name_ru", "name_zh")}
    if name:
        if has_cjk(name):
            names["name_zh"] = names["name_zh"] or name
        elif has_cyrillic(name):
            names["name_ru"] = names["name_ru"] or name
        else:
            names["name_en"] = names["name_en"] or name
    if not names["name_en"]:
        source_name = names["name_ru"] or names["name_zh"]
        names["name_en"] = unidecode(source_name).strip()
    if not names["name_en"]:
        raise ReviewError({"name": ["a name is required"]})
    return names


def _add_name(record: Any, name: str) -> bool:
    """Remember the article's spelling as an alias, so the next article resolves at once."""
    name = (name or "").strip()
    if not name or any(fold(n) == fold(name) for n in record.all_names() if n):
        return False
    record.aliases = [*(record.aliases or []), name]
    return True


def _fill_blank(record: Any, values: dict, fields: dict[str, Any]) -> None:
    """Fill the record's empty fields from the article; never overwrite what is there."""
    for attr, value in fields.items():
        if value not in (None, "") and getattr(record, attr) in (None, ""):
            setattr(record, attr, value)


def _save(record: models.Model, exclude: list[str] | None = None) -> None:
    try:
        record.full_clean(exclude=exclude, validate_unique=False)
        record.save()
    except ValidationError as error:
        raise ReviewError(getattr(error, "message_dict", None) or error.messages) from error
    except IntegrityError as error:
        raise ReviewError(f"conflicts with an existing record: {error}") from error


def _unique_slug(name: str) -> str:
    base = slugify(unidecode(name))[:100] or "site"
    slug, n = base, 2
    while Site.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _linked(proposal: Proposal, model: type[models.Model]) -> Any:
    record = model._default_manager.filter(pk=proposal.target_id).first()
    if record is None:
        raise ReviewError("the record this proposal links to no longer exists; choose another")
    return record


def _event_for(proposal: Proposal, values: dict) -> Event | None:
    """The event a statistic or agreement belongs to: the one named in an edit by id, or the
    one an accepted proposal of the same article produced, or a confident registry match."""
    if values.get("event_id"):
        event = Event.objects.filter(pk=values["event_id"]).first()
        if event is None:
            raise ReviewError({"event_id": [f"no event with id {values['event_id']}"]})
        return event
    name = (values.get("event") or "").strip()
    if not name:
        return None
    event_type = ContentType.objects.get_for_model(Event)
    for sibling in Proposal.objects.filter(
        source=proposal.source,
        category=Category.EVENT,
        status__in=[ProposalStatus.ACCEPTED, ProposalStatus.AUTO_ACCEPTED],
        result_type=event_type,
    ):
        if fold(sibling.values.get("name") or "") == fold(name):
            return Event.objects.filter(pk=sibling.result_id).first()
    found = resolve(Category.EVENT, {"name": name})
    if found.links and found.match is not None:
        return Event.objects.get(pk=found.match.candidate.id)
    return None


def _required(values: dict, *keys: str) -> None:
    missing = {k: ["required; edit the proposal to add it"] for k in keys if not values.get(k)}
    if missing:
        raise ReviewError(missing)


# ----------------------------------------------------------------------------- appliers


def _apply_site(p: Proposal, v: dict) -> Site:
    if p.action == Action.LINK:
        site = _linked(p, Site)
        _add_name(site, v.get("name") or "")
        _fill_blank(site, v, {"city": v.get("city")})
        _save(site)
        return site
    _required(v, "name", "country")
    site = Site(
        **_script_names(v),
        slug=_unique_slug(v.get("name_en") or v["name"]),
        kind=v.get("kind") or SiteKind.OTHER,
        country=v["country"].upper(),
        city=v.get("city") or "",
    )
    _save(site)
    return site


def _apply_organisation(p: Proposal, v: dict) -> Organisation:
    if p.action == Action.LINK:
        org = _linked(p, Organisation)
        _add_name(org, v.get("name") or "")
        _fill_blank(org, v, {"country": (v.get("country") or "").upper()})
        _save(org)
        return org
    _required(v, "name")
    org = Organisation(
        **_script_names(v),
        kind=v.get("kind") or OrganisationKind.OTHER,
        country=(v.get("country") or "").upper(),
    )
    _save(org)
    return org


def _apply_person(p: Proposal, v: dict) -> Person:
    if p.action == Action.LINK:
        person = _linked(p, Person)
        _fill_blank(person, v, {"role": v.get("role"), "country": v.get("country")})
        _save(person)
        return person
    _required(v, "name")
    name = v["name"]
    latin = v.get("name_latin") or ("" if name.isascii() else unidecode(name).strip())
    person = Person(
        name=name, name_latin=latin, role=v.get("role") or "", country=v.get("country") or ""
    )
    _save(person)
    return person


def _apply_event(p: Proposal, v: dict) -> Event:
    start = _date_field(v, "start")
    end = _date_field(v, "end", end_of_period=True)
    if p.action == Action.LINK:
        event = _linked(p, Event)
        _add_name(event, v.get("name") or "")
        _fill_blank(
            event,
            v,
            {"start": start, "end": end, "city": v.get("city"), "country": v.get("country"),
             "edition": v.get("edition")},
        )  # fmt: skip
        _save(event)
        return event
    _required(v, "name")
    event = Event(
        **_script_names(v),
        kind=v.get("kind") or EventKind.OTHER,
        edition=v.get("edition"),
        start=start,
        end=end,
        city=v.get("city") or "",
        country=(v.get("country") or "").upper(),
    )
    _save(event)
    return event


def _apply_event_statistic(p: Proposal, v: dict) -> EventStatistic:
    _required(v, "measure")
    event = _event_for(p, v)
    if event is None:
        raise ReviewError(
            {"event": [f"the event {v.get('event')!r} is not in the registry yet: accept its "
                       "event proposal first, or edit event_id"]}
        )  # fmt: skip
    stat, _ = EventStatistic.objects.update_or_create(
        event=event,
        measure=v["measure"][:200],
        unit=(v.get("unit") or "count")[:20],
        defaults={"value": float(v["value"]), "qualifier": v.get("qualifier") or "exact"},
    )
    return stat


def _apply_figure(p: Proposal, v: dict) -> IndicatorValue:
    _required(v, "measure", "unit")
    indicator, _ = Indicator.objects.get_or_create(
        measure=v["measure"][:200], unit=v["unit"][:20], scope=(v.get("scope") or "")[:100]
    )
    # The figure's own date, else its article's; never the day of the review.
    when = _date_field(v, "date") or p.source.published
    number, qualifier = float(v["value"]), v.get("qualifier") or "exact"
    # A figure about one site's attribute ("48 residents" of a park) reaches the site's record
    # when it is newer than the value the site has.
    figure_reaches_site(
        v.get("scope") or "", v["measure"], v["unit"], number, when, p.source, p.evidence or ""
    )
    # One value per indicator, date and source. Another figure of the same article for the
    # same indicator and date was accepted before this one: the same figure is the same fact;
    # a different one must not overwrite it (the reviewer tells them apart by scope or date).
    existing = IndicatorValue.objects.filter(
        indicator=indicator, date=when, source=p.source
    ).first()
    if existing is None:
        return IndicatorValue.objects.create(
            indicator=indicator,
            date=when,
            source=p.source,
            value=number,
            qualifier=qualifier,
            quote=(p.evidence or "")[:2000],
        )
    if (existing.value, existing.qualifier) != (number, qualifier):
        raise ReviewError(
            {"value": [f"this article already gives {indicator} on {when or 'an unknown date'} as "
                       f"{existing.qualifier} {existing.value:g} (accepted before): edit the "
                       "scope or the date of this figure, or reject it"]}
        )  # fmt: skip
    return existing


def _agreement_title(v: dict, source: Source) -> str:
    count = v.get("count")
    what = f"{count} agreements" if count and count > 1 else "Agreement"
    title = f"{what} {v.get('status') or 'signed'}"
    if v.get("parties"):
        title += " by " + ", ".join(v["parties"])
    if v.get("event"):
        title += f" at {v['event']}"
    return f"{title} ({source.title[:120]})"[:500]


def _apply_agreement(p: Proposal, v: dict) -> Agreement:
    agreement = Agreement.objects.filter(external_id=f"press-{p.pk}").first() or Agreement(
        external_id=f"press-{p.pk}"
    )
    agreement.title = v.get("title") or _agreement_title(v, p.source)
    agreement.status = v.get("status") or "signed"
    agreement.count = max(int(v.get("count") or 1), 1)
    agreement.count_qualifier = v.get("qualifier") or "exact"
    agreement.event = _event_for(p, v)
    agreement.signed_on = _date_field(v, "signed_on")
    parties: list[Organisation] = []
    for name in v.get("parties") or []:
        org = resolve(Category.ORGANISATION, {"name": name})
        if org.links and org.match is not None:
            parties.append(Organisation.objects.get(pk=org.match.candidate.id))
            continue
        site = resolve(Category.SITE, {"name": name})
        if site.links and site.match is not None and agreement.site_id is None:
            agreement.site = Site.objects.get(pk=site.match.candidate.id)
    agreement.countries = sorted({o.country for o in parties if o.country})
    _save(agreement)
    agreement.parties.set(parties)
    return agreement


def _apply_target(p: Proposal, v: dict) -> Target:
    _required(v, "measure", "deadline")
    deadline = _date_field(v, "deadline", end_of_period=True)
    qualifier = v.get("qualifier") or "at_least"
    title = v.get("title") or (
        f"{Qualifier(qualifier).label} {v['value']:g} {v['measure']}"
        + (f" ({v['scope']})" if v.get("scope") else "")
        + f" by {v['deadline']}"
    )
    target = Target.objects.filter(title=title[:300], deadline=deadline, source=p.source).first()
    target = target or Target(title=title[:300], deadline=deadline, source=p.source)
    target.measure = v["measure"][:200]
    target.value = float(v["value"])
    target.unit = (v.get("unit") or "count")[:20]
    target.qualifier = qualifier
    target.scope = (v.get("scope") or "")[:100]
    _save(target)
    return target


APPLIERS: dict[str, Callable[[Proposal, dict], models.Model]] = {
    Category.SITE: _apply_site,
    Category.ORGANISATION: _apply_organisation,
    Category.PERSON: _apply_person,
    Category.EVENT: _apply_event,
    Category.EVENT_STATISTIC: _apply_event_statistic,
    Category.FIGURE: _apply_figure,
    Category.AGREEMENT: _apply_agreement,
    Category.TARGET: _apply_target,
}


# ----------------------------------------------------------------------------- the actions


def _locked(proposal: Proposal) -> Proposal:
    locked = Proposal.objects.select_for_update().select_related("source").get(pk=proposal.pk)
    if not locked.is_open:
        raise AlreadyReviewed(f"proposal {locked.pk} is already {locked.status}")
    return locked


def _check_reviewer(user: Any) -> None:
    if not is_reviewer(user):
        raise NotAllowed("only reviewers (staff or the 'reviewer' group) may review proposals")


def _apply(
    proposal: Proposal,
    *,
    user: Any,
    status: str,
    edited: dict | None,
    action: str | None,
    target_id: int | None,
) -> models.Model:
    with transaction.atomic():
        p = _locked(proposal)
        clean = validate_edit(p.category, edited)
        if target_id is not None:
            model = CATEGORY_MODELS.get(p.category)
            if model is None:
                raise ReviewError({"target_id": [f"a {p.category} does not link to a record"]})
            if not model._default_manager.filter(pk=target_id).exists():
                raise ReviewError({"target_id": [f"no {p.category} with id {target_id}"]})
            p.action = Action.LINK
            p.target_type = ContentType.objects.get_for_model(model)
            p.target_id = target_id
        elif action == Action.CREATE:
            p.action = Action.CREATE
        elif action == Action.LINK and p.target_id is None:
            raise ReviewError({"action": ["no record to link to; give target_id"]})
        if clean:
            p.edited = {**(p.edited or {}), **clean}
        # A savepoint, so a failed apply leaves neither a half record nor a changed proposal.
        record = APPLIERS[p.category](p, p.values)
        cite(record, p.source, "", p.evidence)
        p.status = status
        p.reviewer = user if getattr(user, "is_authenticated", False) else None
        p.reviewed_at = timezone.now()
        p.result_type = ContentType.objects.get_for_model(record)
        p.result_id = record.pk
        p.save()
        transaction.on_commit(lambda: _tell_watchers(p.pk))
    proposal.refresh_from_db()
    return record


def _tell_watchers(proposal_id: int) -> None:
    from parkbridge.press.watches import notify_watchers

    try:
        notify_watchers(proposal_id)
    except Exception:  # the decision is committed; a failed notice must not undo it
        logging.getLogger(__name__).exception("notifying watchers of %s failed", proposal_id)


def accept(
    proposal: Proposal,
    user: Any,
    edited: dict | None = None,
    *,
    action: str | None = None,
    target_id: int | None = None,
) -> models.Model:
    """Apply the proposal (with the reviewer's ``edited`` fields) and cite its sentence.

    ``target_id`` links to another record than the one proposed; ``action="create"`` makes a new
    record even though a match was found. Raises :class:`ReviewError` (nothing written)."""
    _check_reviewer(user)
    return _apply(
        proposal,
        user=user,
        status=ProposalStatus.ACCEPTED,
        edited=edited,
        action=action,
        target_id=target_id,
    )


def reject(proposal: Proposal, user: Any, note: str = "") -> Proposal:
    """Record the decision; the registry is not touched."""
    _check_reviewer(user)
    with transaction.atomic():
        p = _locked(proposal)
        p.status = ProposalStatus.REJECTED
        p.reviewer = user
        p.reviewed_at = timezone.now()
        p.note = (note or "")[:2000]
        p.save(update_fields=["status", "reviewer", "reviewed_at", "note"])
    proposal.refresh_from_db()
    return proposal


def auto_accept(proposal: Proposal) -> models.Model | None:
    """Apply a confident link without a reviewer; on failure it stays pending with a note."""
    if proposal.action != Action.LINK or proposal.confidence < auto_accept_threshold():
        return None
    try:
        return _apply(
            proposal,
            user=None,
            status=ProposalStatus.AUTO_ACCEPTED,
            edited=None,
            action=None,
            target_id=None,
        )
    except ReviewError as error:
        Proposal.objects.filter(pk=proposal.pk).update(note=f"auto-accept failed: {error}")
        return None
