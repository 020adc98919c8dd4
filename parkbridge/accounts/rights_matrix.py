"""The rights matrix: per role, what each API operation and page answers. This table is the
source; docs/security.md and the README point here, and
``accounts/tests/test_rights_matrix.py`` walks every operation of the OpenAPI schema and every
page with each role and checks the answer against it.

An answer is one of:

- ``OK``: let through (2xx, or 404/409/422 about the record or the body — not a refusal);
- ``AUTH``: 401, not signed in or the token lacks the scope;
- ``DENY``: 403, signed in but not allowed (for pages also a redirect of a signed-in user);
- ``LOGIN``: a page sends the visitor to the sign-in form (302);
- ``HIDDEN``: 404, the record is confidential to this role (same as missing).

Write operations are probed on the "other" organisation's records (the member roles are
members of "own"). Two answers come before rights and are read as consistent with a
``DENY`` row: an operation with a body sent an empty one is refused for its body (422), and
an id that names no record is 404 (rights on creation and on those records are tested by
their apps, e.g. ``test_creation_rights.py``, the B2B and press tests).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROLES: tuple[str, ...] = (
    "anonymous",
    "read-only token",
    "no-role user",
    "company member",
    "site operator",
    "reviewer",
    "analyst",
    "event organiser",
    "administrator",
)
OK, AUTH, DENY, LOGIN, HIDDEN = "ok", "401", "403", "login", "404"


def row(anonymous: str, read_only: str, default: str, **by_role: str) -> dict[str, str]:
    """Expected answers: anonymous, a read-only token, and every signed-in writer role
    (``default``), with exceptions by role (``site_operator="403"``)."""
    answers = {"anonymous": anonymous, "read-only token": read_only}
    for role in ROLES[2:]:
        answers[role] = by_role.get(role.replace(" ", "_").replace("-", "_"), default)
    return answers


PUBLIC = row(OK, OK, OK)
SIGNED_IN = row(AUTH, OK, OK)
WRITE_SIGNED_IN = row(AUTH, AUTH, OK)
ADMIN_ONLY = row(AUTH, AUTH, DENY, administrator=OK)
# Registry records of the "other" organisation: analysts and administrators edit them; the
# member roles edit their own only; reviewers never; a role-less user only in the embedded
# single-user set-up (development settings; production: 403).
REGISTRY_WRITE = row(AUTH, AUTH, DENY, no_role_user=OK, analyst=OK, administrator=OK)
REVIEWER_WRITE = row(AUTH, AUTH, DENY, reviewer=OK, administrator=OK)
ORGANISER_WRITE = row(AUTH, AUTH, DENY, analyst=DENY, administrator=OK)


@dataclass(frozen=True)
class Rule:
    method: str  # GET, POST, PATCH, PUT, DELETE; "*" any
    path: str  # a regular expression over the OpenAPI path or the page's URL
    answers: dict[str, str]
    why: str = ""


REGISTRY = (
    r"/api/(sites|incentives|residencies|organisations|organisation-links|people|events|"
    r"event-series|event-sessions|participants|site-visits|event-statistics|agreements|"
    r"milestones|investment-projects|targets|indicators|indicator-values|sources|provenance|"
    r"sectors)"
)

API: tuple[Rule, ...] = (
    Rule("GET", r"/api/sectors/(vocabulary|resolve)$", PUBLIC, "the sector vocabulary"),
    Rule(
        "GET",
        REGISTRY + r"(/\{record_id\})?$",
        PUBLIC,
        "reads are public (confidential rows hidden)",
    ),
    Rule(
        "POST", REGISTRY + r"$", WRITE_SIGNED_IN, "create: a write token; rights on the new record"
    ),
    Rule("PATCH", REGISTRY + r"/\{record_id\}$", REGISTRY_WRITE),
    Rule("DELETE", REGISTRY + r"/\{record_id\}$", REGISTRY_WRITE),
    Rule("POST", r"/api/accounts/(login|logout)$", PUBLIC, "JSON only, same-site only"),
    Rule("GET", r"/api/accounts/(me|tokens)$", SIGNED_IN),
    Rule("POST", r"/api/accounts/tokens$", WRITE_SIGNED_IN),
    Rule("DELETE", r"/api/accounts/tokens/\{token_id\}$", WRITE_SIGNED_IN, "own tokens only"),
    Rule("PUT", r"/api/accounts/users/\{user_id\}/roles$", ADMIN_ONLY),
    Rule(
        "GET",
        r"/api/history/",
        SIGNED_IN,
        "registry records the reader can see; private records' history is administrators' only",
    ),  # fmt: skip
    Rule("POST", r"/api/history/.*/restore$", REGISTRY_WRITE),
    Rule("POST", r"/api/site-selection", PUBLIC),
    Rule("GET", r"/api/marketplace/profiles", PUBLIC),
    Rule(
        "POST",
        r"/api/marketplace/profiles$",
        WRITE_SIGNED_IN,
        "for an organisation one is a member of (403 otherwise)",
    ),  # fmt: skip
    Rule(
        "*",
        r"/api/marketplace/profiles/\{profile_id\}$",
        row(AUTH, AUTH, DENY, administrator=OK),
        "members of the profile's organisation",
    ),  # fmt: skip
    Rule(
        "GET", r"/api/marketplace/(interests|saved-searches|notifications|memberships)", SIGNED_IN
    ),
    Rule("*", r"/api/marketplace/", WRITE_SIGNED_IN, "own interests, searches, notifications"),
    Rule("GET", r"/api/press/(articles|runs|proposals|feeds)", PUBLIC),
    Rule("*", r"/api/press/watches", WRITE_SIGNED_IN, "one's own watches (a write token)"),
    Rule("POST", r"/api/press/articles(/file)?$", WRITE_SIGNED_IN),
    Rule("*", r"/api/press/", REVIEWER_WRITE, "reviewers (and staff) review and manage sources"),
    Rule("GET", r"/api/b2b/programmes(/\{programme_id\}(/participants)?)?$", PUBLIC),
    Rule(
        "POST",
        r"/api/b2b/programmes$",
        WRITE_SIGNED_IN,
        "administrators, analysts and the event's organisers (403 otherwise)",
    ),  # fmt: skip
    Rule(
        "GET",
        r"/api/b2b/programmes/\{programme_id\}/(instance|runs|statistics)$",
        row(AUTH, DENY, DENY, administrator=OK),
        "the programme's organisers",
    ),  # fmt: skip
    Rule("GET", r"/api/b2b/", SIGNED_IN, "organisers, or the participants concerned"),
    Rule(
        "*",
        r"/api/b2b/programmes/\{programme_id\}/(participants|requests)$",
        WRITE_SIGNED_IN,
        "registering needs membership of the organisation; requests act for a participant",
    ),  # fmt: skip
    Rule(
        "*", r"/api/b2b/(participants|requests)/", WRITE_SIGNED_IN, "who acts for the participant"
    ),
    Rule("*", r"/api/b2b/", ORGANISER_WRITE, "the programme's organisers and administrators"),
)


def expected(rules: tuple[Rule, ...], method: str, path: str, role: str) -> tuple[str, Rule]:
    for rule in rules:
        if rule.method in ("*", method) and re.search(rule.path, path):
            return rule.answers[role], rule
    raise LookupError(f"no rule of the rights matrix for {method} {path}")


def as_markdown(rules: tuple[Rule, ...] = API) -> str:
    """The table for the docs: one row per rule, one column per role."""
    head = "| operation | " + " | ".join(ROLES) + " |\n|---|" + "---|" * len(ROLES)
    lines = [head]
    for rule in rules:
        cells = " | ".join(rule.answers[r] for r in ROLES)
        lines.append(f"| `{rule.method} {rule.path}` | {cells} |")
    return "\n".join(lines)


ANY = "any"  # the walk checks only that the page answers without a server error
PAGE_LOGIN = row(LOGIN, OK, OK)
REVIEWER_PAGE = row(LOGIN, DENY, DENY, reviewer=OK, administrator=OK)

PAGES: tuple[Rule, ...] = (
    Rule(
        "GET",
        r"^(|sites/|sites/map\.json|sites/<int:pk>/popup/|sites/<slug:slug>/|"
        r"organisations/|organisations/<int:pk>/|events/|events/<int:pk>/|agreements/|"
        r"agreements/<int:pk>/|targets/|targets/<int:pk>/|bilateral/|api/redoc)$",
        PUBLIC,
        "the registry is public; confidential records are 404 to whoever can't see them",
    ),  # fmt: skip
    Rule("GET", r"^marketplace/(|profiles/<int:pk>/|site-selection/)$", PUBLIC),
    Rule(
        "GET",
        r"^(my/|marketplace/profiles/new/|marketplace/notifications/|press/watches/)$",
        PAGE_LOGIN,
    ),  # fmt: skip
    Rule(
        "GET",
        r"^press/(|sources/|articles/|articles/<int:source_id>/|runs/<int:run_id>/|"
        r"watches/)$",
        REVIEWER_PAGE,
        "the press review is for reviewers",
    ),  # fmt: skip
    Rule("GET", r"^b2b/$", PUBLIC),
    Rule(
        "GET",
        r".*",
        {role: ANY for role in ROLES},
        "actions (POST) and pages of one "
        "programme, participant, invitation or membership: rights tested by their apps",
    ),  # fmt: skip
)
