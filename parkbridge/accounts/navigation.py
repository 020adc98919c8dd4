"""Which parts of the interface a person may use, so the navigation and "My ParkBridge" show
what they can do and nothing they cannot. The rules are the ones the pages enforce."""

from __future__ import annotations

from django.apps import apps

from parkbridge.accounts.roles import Role, is_administrator, roles_of

# Section names: "my" (signed in), "press_review" (reviewers), "b2b_console" (organisers of a
# B2B programme), "admin" (Django's admin: staff), "administrator" (the administrator role:
# invitations to roles, every organisation).


def sections_for(user) -> frozenset[str]:
    """The sections ``user`` may use (cached on the user object for the request)."""
    if user is None or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_parkbridge_sections", None)
    if cached is not None:
        return cached
    found = {"my"}
    roles = roles_of(user)
    administrator = is_administrator(user)
    if administrator:
        found.add("administrator")
    if user.is_staff:
        found.add("admin")
    if user.is_staff or user.is_superuser or Role.REVIEWER in roles:
        found.add("press_review")  # as press.models.is_reviewer
    programmes = apps.get_model("b2b", "B2BProgramme").objects
    if (
        administrator
        or Role.EVENT_ORGANISER in roles
        or programmes.filter(organisers=user).exists()
    ):
        found.add("b2b_console")
    user._parkbridge_sections = frozenset(found)
    return user._parkbridge_sections


def may_use(user, section: str | None) -> bool:
    return section is None or section in sections_for(user)


def sections(request) -> dict[str, object]:
    """Context processor: ``pb_sections``, the set above, for templates."""
    return {"pb_sections": sections_for(getattr(request, "user", None))}
