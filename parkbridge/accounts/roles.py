"""The six roles. Each is a Django group (created by a data migration), so an administrator
assigns them in the admin, the API or the CLI like any group."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    ANALYST = "analyst"
    REVIEWER = "reviewer"
    SITE_OPERATOR = "site operator"
    COMPANY_MEMBER = "company member"
    EVENT_ORGANISER = "event organiser"


ROLE_NAMES: tuple[str, ...] = tuple(r.value for r in Role)

# What each role is for (shown by `parkbridge role list` and the API).
ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.ADMINISTRATOR: "everything, including confidential records, accounts and history",
    Role.ANALYST: "edits every registry record it can see (not confidential agreements)",
    Role.REVIEWER: "reads everything public; accepts or rejects proposed changes",
    Role.SITE_OPERATOR: "edits its own sites, their incentives and residents",
    Role.COMPANY_MEMBER: "edits its organisation's profile, people and links",
    Role.EVENT_ORGANISER: "edits its own events, their programme, participants and statistics",
}


def roles_of(user) -> frozenset[str]:
    """The user's role names, cached on the user object for the request."""
    if user is None or not user.is_authenticated:
        return frozenset()
    if getattr(user, "_parkbridge_roles", None) is None:
        from parkbridge.accounts.rights import load_rights

        load_rights(user)
    return user._parkbridge_roles


def has_role(user, role: Role | str) -> bool:
    return str(role) in roles_of(user)


def is_administrator(user) -> bool:
    return has_role(user, Role.ADMINISTRATOR)
