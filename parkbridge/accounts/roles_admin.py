"""Giving users roles and memberships (used by the API, the CLI and tests)."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import Group

from parkbridge.accounts.roles import ROLE_NAMES


def role_group(name: str) -> Group:
    if name not in ROLE_NAMES:
        raise ValueError(f"unknown role {name!r}; roles: {', '.join(ROLE_NAMES)}")
    group, _ = Group.objects.get_or_create(name=name)
    return group


def grant_role(user, name: str) -> None:
    user.groups.add(role_group(name))


def set_user_roles(user, names: Iterable[str]) -> None:
    wanted = {role_group(n) for n in names}
    current = set(user.groups.filter(name__in=ROLE_NAMES))
    user.groups.remove(*(current - wanted))
    user.groups.add(*(wanted - current))
