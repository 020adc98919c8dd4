"""Who may see and who may edit which record.

Seeing: a confidential record is seen by administrators and by the people it belongs to (the
members of an agreement's parties, of a project's investor, of an organisation itself, of a
site's operator, of an event's organisers, and users assigned to a site or event). A record
that is part of a confidential one (deleted with it: an agreement's milestones, a site's
incentives) is as confidential as its parent. One function builds the filter, so pages, API,
exports, search results and counts all hide the same rows.

Editing: administrators edit everything; analysts every registry record they can see; site
operators, company members and event organisers only their own records and the parts of them.
Other apps add rules for their own models with :func:`register_edit_rule` and
:func:`register_owner_filter`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from django.conf import settings
from django.db import connection, models
from django.db.models import Q

from parkbridge.accounts.roles import Role, is_administrator, roles_of

EditRule = Callable[[object, models.Model], bool]
OwnerFilter = Callable[[object], Q]

# Models only administrators change, whatever other rules say.
ADMIN_ONLY_APPS = frozenset({"accounts", "auth", "contenttypes", "sessions", "admin"})
ADMIN_ONLY_MODELS = frozenset({"core.apitoken"})


# ---- who the user acts for ----------------------------------------------------------------


def load_rights(user) -> None:
    """Read the user's roles, organisations and assigned sites and events in one query and
    cache them on the user object for the request (each is needed by most checks)."""
    from django.contrib.auth import get_user_model

    from parkbridge.accounts.models import EventAssignment, SiteAssignment
    from parkbridge.accounts.roles import ROLE_NAMES, Role
    from parkbridge.marketplace.models import OrganisationMember

    user_groups = get_user_model().groups.through
    group_table = user_groups._meta.get_field("group").related_model._meta.db_table
    parts = [
        ("role", user_groups, "group", f"(SELECT name FROM {group_table} WHERE id = group_id)"),
        ("organisation", OrganisationMember, "organisation", None),
        ("site", SiteAssignment, "site", None),
        ("event", EventAssignment, "event", None),
    ]
    selects = []
    for kind, model, field, value in parts:
        column = model._meta.get_field(field).column
        user_column = model._meta.get_field("user").column
        selects.append(
            f"SELECT '{kind}', {value or f'CAST({column} AS TEXT)'} "
            f"FROM {model._meta.db_table} WHERE {user_column} = %s"
        )
    found: dict[str, set] = {kind: set() for kind, *_ in parts}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), [user.pk] * len(selects))
        for kind, value in cursor.fetchall():
            found[kind].add(value if kind == "role" else int(value))
    roles = found["role"] & set(ROLE_NAMES)
    if user.is_superuser or user.is_staff:
        roles.add(Role.ADMINISTRATOR.value)
    user._parkbridge_roles = frozenset(roles)
    user._parkbridge_orgs = frozenset(found["organisation"])
    user._parkbridge_sites = frozenset(found["site"])
    user._parkbridge_events = frozenset(found["event"])


def _cached_right(user, name: str) -> frozenset:
    if user is None or not user.is_authenticated:
        return frozenset()
    if getattr(user, name, None) is None:
        load_rights(user)
    return getattr(user, name)


def organisation_ids(user) -> frozenset[int]:
    return _cached_right(user, "_parkbridge_orgs")


def assigned_site_ids(user) -> frozenset[int]:
    return _cached_right(user, "_parkbridge_sites")


def assigned_event_ids(user) -> frozenset[int]:
    return _cached_right(user, "_parkbridge_events")


def forget_cached_rights(user) -> None:
    """Drop what was cached on the user object (after its roles or memberships change)."""
    for name in (
        "_parkbridge_roles",
        "_parkbridge_orgs",
        "_parkbridge_sites",
        "_parkbridge_events",
    ):
        if hasattr(user, name):
            delattr(user, name)


# ---- seeing ---------------------------------------------------------------------------------


def _through_ids(model_label: str, m2m_field: str, owner_column: str, orgs: frozenset[int]) -> Q:
    """Records linked to one of ``orgs`` through a many-to-many table, as a sub-query (a join
    would repeat rows)."""
    from django.apps import apps

    model = apps.get_model(model_label)
    through = model._meta.get_field(m2m_field).remote_field.through
    own_column = f"{model._meta.model_name}_id"
    ids = through.objects.filter(**{f"{owner_column}__in": orgs}).values(own_column)
    return Q(pk__in=ids)


def _agreement_owner(user) -> Q:
    orgs = organisation_ids(user)
    return (
        _through_ids("agreements.Agreement", "parties", "organisation_id", orgs)
        if orgs
        else Q(pk__in=[])
    )


def _organisation_owner(user) -> Q:
    return Q(pk__in=organisation_ids(user))


def _site_owner(user) -> Q:
    return Q(operator_id__in=organisation_ids(user)) | Q(pk__in=assigned_site_ids(user))


def _event_owner(user) -> Q:
    orgs = organisation_ids(user)
    condition = Q(pk__in=assigned_event_ids(user))
    if orgs:
        condition |= _through_ids("events.Event", "organisers", "organisation_id", orgs)
    return condition


def _project_owner(user) -> Q:
    return Q(investor_id__in=organisation_ids(user))


OWNER_FILTERS: dict[str, OwnerFilter] = {
    "agreements.agreement": _agreement_owner,
    "organisations.organisation": _organisation_owner,
    "sites.site": _site_owner,
    "events.event": _event_owner,
    "agreements.investmentproject": _project_owner,
}


def register_owner_filter(model_label: str, owner: OwnerFilter) -> None:
    """Say who, besides administrators, sees a confidential record of ``model_label``
    (``app_label.modelname``, lower case): ``owner(user)`` returns the filter of their rows."""
    OWNER_FILTERS[model_label.lower()] = owner


@cache
def _has_confidential_flag(model: type[models.Model]) -> bool:
    return any(f.name == "confidential" for f in model._meta.concrete_fields)


@cache
def _confidential_parents(model: type[models.Model]) -> tuple[tuple[str, bool], ...]:
    """Foreign keys to a record that this one is part of (deleted with it) and that can be
    confidential itself or through its own parents: (field name, nullable)."""
    parents = []
    for field in model._meta.concrete_fields:
        if not field.many_to_one or field.remote_field.on_delete is not models.CASCADE:
            continue
        related = field.related_model
        if related is model:
            continue
        if _has_confidential_flag(related) or _confidential_parents(related):
            parents.append((field.name, field.null))
    return tuple(parents)


@cache
def confidential_models() -> tuple[type[models.Model], ...]:
    """Every model whose records can be hidden from someone: confidential itself, or part of
    a confidential record."""
    from django.apps import apps

    return tuple(
        m for m in apps.get_models() if _has_confidential_flag(m) or _confidential_parents(m)
    )


@cache
def _generic_references(model: type[models.Model]) -> tuple[tuple[str, str], ...]:
    """Generic foreign keys of ``model`` (provenance, proposals, notifications are about a
    record): (content type field name, object id field name)."""
    from django.contrib.contenttypes.fields import GenericForeignKey

    return tuple(
        (f.ct_field, f.fk_field)
        for f in model._meta.private_fields
        if isinstance(f, GenericForeignKey)
    )


@cache
def _references(model: type[models.Model]) -> tuple[models.ForeignKey, ...]:
    """Foreign keys that merely point at a record that can be hidden (not part of it: the
    link is cleared when the record goes). Such a reference is blanked for whoever may not
    see its record (:func:`hide_references`); the referring record stays visible."""
    hideable = set(confidential_models())
    return tuple(
        f
        for f in model._meta.concrete_fields
        if f.many_to_one
        and f.remote_field.on_delete is not models.CASCADE
        and f.related_model in hideable
    )


def _content_type_id(model: type[models.Model]) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model, for_concrete_model=False).pk


def visibility_filter(model: type[models.Model], user) -> Q:
    """The rows of ``model`` that ``user`` may see (administrators aside); ``Q()`` is all.

    One rule for every query path: a confidential record is seen by its owners; a record that
    is part of one (a CASCADE foreign key) or is about one (a generic foreign key: provenance,
    proposals, notifications) is seen by whoever sees that record."""
    condition = Q()
    if _has_confidential_flag(model):
        owner = OWNER_FILTERS.get(model._meta.label_lower)
        public = Q(confidential=False)
        if owner is not None and user is not None and user.is_authenticated:
            public |= owner(user)
        condition &= public
    for name, nullable in _confidential_parents(model):
        related = model._meta.get_field(name).related_model
        parent_condition = visibility_filter(related, user)
        if not parent_condition:
            continue
        inside = Q(**{f"{name}__in": related._base_manager.filter(parent_condition).values("pk")})
        condition &= (Q(**{f"{name}__isnull": True}) | inside) if nullable else inside
    for ct_field, fk_field in _generic_references(model):
        for related in confidential_models():
            related_condition = visibility_filter(related, user)
            if not related_condition:
                continue
            seen = related._base_manager.filter(related_condition).values("pk")
            condition &= ~Q(**{f"{ct_field}_id": _content_type_id(related)}) | Q(
                **{f"{fk_field}__in": seen}
            )
    return condition


def visible(queryset: models.QuerySet, user) -> models.QuerySet:
    if is_administrator(user):
        return queryset
    condition = visibility_filter(queryset.model, user)
    return queryset.filter(condition) if condition else queryset


def hide_references(objs, user) -> None:
    """Blank, on loaded records, each reference to a record ``user`` may not see (one query
    per referenced model and page, never one per row)."""
    objs = [o for o in objs if isinstance(o, models.Model)]
    if not objs or is_administrator(user):
        return
    by_model: dict[type[models.Model], list[models.Model]] = {}
    for obj in objs:
        by_model.setdefault(type(obj), []).append(obj)
    for model, records in by_model.items():
        for field in _references(model):
            ids = {getattr(o, field.attname) for o in records} - {None}
            if not ids:
                continue
            seen = _visible_ids(field.related_model, ids, user)
            for obj in records:
                if (
                    getattr(obj, field.attname) is not None
                    and getattr(obj, field.attname) not in seen
                ):
                    setattr(obj, field.attname, None)
                    obj._state.fields_cache.pop(field.name, None)
                    name_field = getattr(model, "reference_names", {}).get(field.name)
                    if name_field:
                        setattr(obj, name_field, "")
        for field in _many_references(model):
            _hide_many(records, field, user)


def _visible_ids(model: type[models.Model], ids: set, user) -> set:
    return set(visible(model._base_manager.filter(pk__in=ids), user).values_list("pk", flat=True))


def _many_references(model: type[models.Model]) -> tuple[models.ManyToManyField, ...]:
    """Many-to-many links to records that can be hidden (an agreement's parties, an event's
    organisers): a hidden one is left out of the list, the rest stay."""
    hideable = set(confidential_models())
    return tuple(f for f in model._meta.many_to_many if f.related_model in hideable)


def _hide_many(records: list[models.Model], field: models.ManyToManyField, user) -> None:
    # Loaded once for the page (or reused when the caller prefetched), then filtered in the
    # prefetch cache, so ``obj.parties.all()`` gives only what the reader may see.
    models.prefetch_related_objects(
        [o for o in records if field.name not in getattr(o, "_prefetched_objects_cache", {})],
        field.name,
    )
    linked = {r.pk for o in records for r in o._prefetched_objects_cache[field.name]}
    if not linked:
        return
    seen = _visible_ids(field.related_model, linked, user)
    for obj in records:
        cached = obj._prefetched_objects_cache[field.name]
        cached._result_cache = [r for r in cached if r.pk in seen]


def could_see(user, obj: models.Model) -> bool:
    """Would ``user`` see ``obj`` as it stands in memory (a deleted record's recorded state, a
    record about to be restored)? A confidential record that isn't stored is its
    administrators' only; a part of, or a record about, another is seen with that record."""
    if is_administrator(user):
        return True
    model = type(obj)
    if _has_confidential_flag(model) and obj.confidential:
        owner = OWNER_FILTERS.get(model._meta.label_lower)
        if owner is None or user is None or not user.is_authenticated or obj.pk is None:
            return False
        if not model._base_manager.filter(owner(user), pk=obj.pk).exists():
            return False
    for name, _nullable in _confidential_parents(model):
        field = model._meta.get_field(name)
        parent_id = getattr(obj, field.attname)
        if parent_id is None:
            continue
        parent = field.related_model._base_manager.filter(pk=parent_id)
        if not visible(parent, user).exists():
            return False
    for ct_field, fk_field in _generic_references(model):
        content_type_id, object_id = getattr(obj, f"{ct_field}_id"), getattr(obj, fk_field)
        if content_type_id is None or object_id is None:
            continue
        from django.contrib.contenttypes.models import ContentType

        related = ContentType.objects.get_for_id(content_type_id).model_class()
        if (
            related in confidential_models()
            and not visible(related._base_manager.filter(pk=object_id), user).exists()
        ):
            return False
    return True


# ---- editing --------------------------------------------------------------------------------


def _owns_site(user, site) -> bool:
    if site is None:
        return False
    return site.operator_id in organisation_ids(user) or site.pk in assigned_site_ids(user)


def _owns_event(user, event) -> bool:
    if event is None:
        return False
    if event.pk in assigned_event_ids(user):
        return True
    orgs = organisation_ids(user)
    return bool(event.pk and orgs and event.organisers.filter(pk__in=orgs).exists())


def _in_own_organisation(user, organisation_id) -> bool:
    return organisation_id is not None and organisation_id in organisation_ids(user)


# (role, model label) → rule; a user may edit a record when any of its roles' rules allows it.
EDIT_RULES: dict[tuple[str, str], EditRule] = {
    (Role.SITE_OPERATOR, "sites.site"): _owns_site,
    (Role.SITE_OPERATOR, "sites.incentive"): lambda u, o: _owns_site(u, o.site),
    (Role.SITE_OPERATOR, "sites.residency"): lambda u, o: _owns_site(u, o.site),
    (Role.COMPANY_MEMBER, "organisations.organisation"): lambda u, o: _in_own_organisation(u, o.pk),
    (Role.COMPANY_MEMBER, "organisations.person"): lambda u, o: _in_own_organisation(
        u, o.organisation_id
    ),
    (Role.COMPANY_MEMBER, "organisations.organisationlink"): lambda u, o: _in_own_organisation(
        u, o.source_id
    ),
    (Role.EVENT_ORGANISER, "events.event"): _owns_event,
    (Role.EVENT_ORGANISER, "events.programmesession"): lambda u, o: _owns_event(u, o.event),
    (Role.EVENT_ORGANISER, "events.participant"): lambda u, o: _owns_event(u, o.event),
    (Role.EVENT_ORGANISER, "events.sitevisit"): lambda u, o: _owns_event(u, o.event),
    (Role.EVENT_ORGANISER, "events.eventstatistic"): lambda u, o: _owns_event(u, o.event),
}


def acts_for(user, organisation_id: int | None) -> bool:
    """Administrators act for every organisation; other users for those they are members of."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if organisation_id is None:
        return False
    if is_administrator(user) or organisation_id in organisation_ids(user):
        return True
    # Not in what was cached for this request: a membership may have been granted since.
    from parkbridge.marketplace.models import OrganisationMember

    return OrganisationMember.objects.filter(user=user, organisation_id=organisation_id).exists()


# model label → rule deciding alone (administrators aside) who may write a record of it:
# records that belong to an organisation or a user rather than to the registry, so neither
# roles nor the embedded set-up's role-less writers widen them.
OWNERSHIP_RULES: dict[str, EditRule] = {
    "marketplace.profile": lambda u, o: acts_for(u, o.organisation_id),
    "marketplace.interest": lambda u, o: acts_for(u, o.from_organisation_id),
    "marketplace.savedsearch": lambda u, o: o.user_id == u.pk,
    "marketplace.notification": lambda u, o: o.user_id == u.pk,
    "marketplace.organisationmember": lambda u, o: False,
}


def register_ownership_rule(model_label: str, rule: EditRule) -> None:
    """Let ``rule(user, obj)`` alone decide (administrators aside) who writes records of
    ``model_label`` (e.g. B2B: the event's organisers; a participant: who acts for it)."""
    OWNERSHIP_RULES[model_label.lower()] = rule


def register_edit_rule(role: Role | str, model_label: str, rule: EditRule) -> None:
    """Let ``role`` edit records of ``model_label`` for which ``rule(user, obj)`` is true."""
    EDIT_RULES[(str(role), model_label.lower())] = rule


def roleless_users_write() -> bool:
    """Whether a user without any role may edit registry records with a write token. On for the
    single-user embedded set-up (whoever holds a token there owns the instance); production
    settings turn it off, so a user must be given a role first."""
    return bool(getattr(settings, "PARKBRIDGE_ROLELESS_WRITERS", True))


def can_edit(user, obj: models.Model) -> bool:
    """May ``user`` create, change or delete ``obj`` (checked on the record as it is before the
    change and as it would be after it)?"""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if is_administrator(user):
        return True
    label = obj._meta.label_lower
    if obj._meta.app_label in ADMIN_ONLY_APPS or label in ADMIN_ONLY_MODELS:
        return False
    if label in OWNERSHIP_RULES:
        return bool(OWNERSHIP_RULES[label](user, obj))
    roles = roles_of(user)
    if Role.ANALYST in roles:
        return True
    if not roles and roleless_users_write():
        return True
    return any(
        rule(user, obj)
        for (role, model), rule in EDIT_RULES.items()
        if model == label and role in roles
    )
