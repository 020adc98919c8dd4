"""The rights matrix (parkbridge/accounts/rights_matrix.py) holds: every operation of the
OpenAPI schema and every page, walked with each role, answers as the matrix says. Each
request runs inside a savepoint that is rolled back, so one role's write doesn't change what
the next one sees."""

from __future__ import annotations

import re

import pytest
from django.db import transaction
from django.test import Client

from parkbridge.accounts.rights_matrix import (
    ANY,
    API,
    AUTH,
    DENY,
    HIDDEN,
    LOGIN,
    OK,
    PAGES,
    ROLES,
    expected,
)


def _classify(status: int, is_page: bool = False, location: str = "") -> str:
    if status == 401:
        return AUTH
    if status == 403:
        return DENY
    if is_page and status in (301, 302):
        return LOGIN if "login" in location else DENY
    assert status < 500, f"server error {status}"
    return OK


def _operations():
    from parkbridge.api import api

    schema = api.get_openapi_schema()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if isinstance(operation, dict):
                yield method.upper(), path, operation


@pytest.fixture
def clients(world, user_for, make_token):
    """One API client per role (members of the world's "own" organisation)."""
    from parkbridge.conftest import ApiClient

    made = {}
    for role in ROLES:
        if role == "anonymous":
            made[role] = (ApiClient(), None)
        elif role == "read-only token":
            user = user_for("no role")
            made[role] = (ApiClient(make_token(user=user, scopes=("read",))), user)
        else:
            user = user_for("no role" if role == "no-role user" else role, world.own_org)
            made[role] = (ApiClient(make_token(user=user)), user)
    return made


def _path_for(path: str, world, programme_id: int) -> str:
    resource = path.split("/")[2]
    ids = world.records.get(resource, {})
    values = {
        "record_id": ids.get("other", 999_999_999),
        "programme_id": programme_id,
        "label": "sites.site",
    }
    if resource == "history":
        values["record_id"] = world.records["sites"]["other"]
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), 999_999_999)), path)


def test_every_api_operation_answers_each_role_as_the_matrix_says(world, clients):
    from parkbridge.b2b.models import B2BProgramme
    from parkbridge.events.models import Event

    programme = B2BProgramme.objects.create(
        event=Event.objects.get(pk=world.records["events"]["other"])
    )
    mismatches, walked = [], 0
    for method, path, operation in _operations():
        url = _path_for(path, world, programme.pk)
        creates = method in ("POST", "PUT") and "requestBody" in operation
        for role in ROLES:
            want, rule = expected(API, method, path, role)
            client, _ = clients[role]
            sid = transaction.savepoint()
            try:
                body = {} if method in ("POST", "PATCH", "PUT") else None
                if method == "GET":
                    answer = client.get(url)
                elif method == "DELETE":
                    answer = client.delete(url)
                else:
                    answer = (
                        getattr(client, method.lower() if method != "PUT" else "patch")(url, body)
                        if method != "PUT"
                        else client.client.put(
                            url, body, content_type="application/json", headers=client._headers()
                        )
                    )
            finally:
                transaction.savepoint_rollback(sid)
            got = _classify(answer.status_code)
            walked += 1
            if got == want or (want == HIDDEN and got == OK and answer.status_code == 404):
                continue
            if want == DENY and got == OK and creates and answer.status_code == 422:
                continue  # validation comes before rights on a create with an empty body
            if want == DENY and answer.status_code == 404 and "999999999" in url:
                continue  # no such record: nothing to refuse
            mismatches.append(f"{method} {path} as {role}: {answer.status_code}, matrix: {want}")
    assert walked >= 180 * len(ROLES) // 2
    assert mismatches == [], "\n".join(mismatches)


@pytest.fixture
def page_clients(world, user_for):
    made = {"anonymous": Client()}
    for role in ROLES[1:]:
        client = Client()
        name = "no role" if role in ("read-only token", "no-role user") else role
        client.force_login(user_for(name, world.own_org))
        made[role] = client
    return made


def _pages():
    from django.urls import URLPattern, URLResolver, get_resolver

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if str(pattern.pattern) in ("admin/", "api/"):
                    continue
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern)

    return list(walk(get_resolver().url_patterns))


def test_every_page_answers_each_role_as_the_matrix_says(world, page_clients):
    from parkbridge.sites.models import Site

    slug = Site.objects.get(pk=world.records["sites"]["other"]).slug
    values = {"slug": slug, "pk": world.records["sites"]["other"]}
    mismatches = []
    for pattern in _pages():
        url = "/" + re.sub(
            r"<(?:\w+:)?(\w+)>", lambda m: str(values.get(m.group(1), 999_999_999)), pattern
        )
        if "sites/<int:pk>" not in pattern:
            resource = pattern.split("/")[0]
            pk = world.records.get(resource, {}).get("other")
            if pk:
                url = re.sub(r"/\d{9}/", f"/{pk}/", url)
        for role in ROLES:
            want, _rule = expected(PAGES, "GET", pattern, role)
            answer = page_clients[role].get(url)
            got = _classify(answer.status_code, True, answer.get("Location", ""))
            if want != ANY and got != want:
                mismatches.append(f"{url} as {role}: {answer.status_code}, matrix: {want}")
    assert mismatches == [], "\n".join(mismatches)
