"""Fixtures shared by every app's tests: factories for registry records, API tokens and an
API client. Factories take keyword overrides so each test states only what matters to it."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in the site's language: a page requested earlier in the same thread
    (LocaleMiddleware activates the visitor's language and leaves it active) must not turn
    the next test's messages Russian or Chinese."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def _role_groups_outlive_flushes(request, django_db_blocker):
    """A transactional or live-server test empties every table when it ends, taking the role
    groups a migration created with it; put them back so the next test in this process finds
    the database as migrations left it."""
    yield
    marker = request.node.get_closest_marker("django_db")
    by_marker = marker is not None and bool(
        marker.kwargs.get("transaction") or (marker.args and marker.args[0])
    )
    if not by_marker and not {"transactional_db", "live_server"} & set(request.fixturenames):
        return
    from django.contrib.auth.models import Group

    from parkbridge.accounts.roles import ROLE_NAMES

    with django_db_blocker.unblock():
        for name in ROLE_NAMES:
            Group.objects.get_or_create(name=name)


@pytest.fixture
def make_site(db) -> Callable:
    from parkbridge.sites.models import Site

    def make(**fields) -> Site:
        number = next(_counter)
        sectors = fields.pop("sectors", [])
        values = {
            "slug": f"test-site-{number}",
            "name_en": f"Test Park {number}",
            "kind": "industrial_park",
            "country": "BY",
            "city": "Minsk",
            "latitude": 53.9,
            "longitude": 27.56,
        } | fields
        if values.get("latitude") is not None:
            values.setdefault("geo_precision", "exact")
        site = Site.objects.create(**values)
        if sectors:
            from parkbridge.core.imports import ensure_sectors

            site.sectors.set(ensure_sectors(set(sectors)).values())
        return site

    return make


@pytest.fixture
def make_organisation(db) -> Callable:
    from parkbridge.organisations.models import Organisation

    def make(**fields) -> Organisation:
        number = next(_counter)
        values = {"name_en": f"Test Company {number}", "country": "RU", "kind": "company"} | fields
        return Organisation.objects.create(**values)

    return make


@pytest.fixture
def make_user(db) -> Callable:
    from django.contrib.auth import get_user_model

    def make(**fields):
        number = next(_counter)
        values = {"username": f"user{number}"} | fields
        return get_user_model().objects.create_user(**values)

    return make


@pytest.fixture
def make_token(make_user) -> Callable:
    from parkbridge.core.models import ApiToken

    def make(user=None, scopes=("read", "write"), **kwargs) -> str:
        _, raw = ApiToken.issue(user or make_user(), scopes=list(scopes), **kwargs)
        return raw

    return make


class ApiClient:
    """JSON in, JSON out, with an optional bearer token."""

    def __init__(self, token: str | None = None) -> None:
        self.client = Client()
        self.token = token

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def get(self, path: str, params: dict | None = None):
        return self.client.get(path, params or {}, headers=self._headers())

    def post(self, path: str, body: object):
        return self.client.post(
            path, body, content_type="application/json", headers=self._headers()
        )

    def patch(self, path: str, body: object):
        return self.client.patch(
            path, body, content_type="application/json", headers=self._headers()
        )

    def delete(self, path: str):
        return self.client.delete(path, headers=self._headers())


@pytest.fixture
def api(db) -> ApiClient:
    return ApiClient()


@pytest.fixture
def writer_api(db, make_token) -> ApiClient:
    return ApiClient(make_token())


@pytest.fixture
def staff_api(db, make_token, make_user) -> ApiClient:
    return ApiClient(make_token(user=make_user(is_staff=True)))


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    """Pages are checked in Russian and Chinese, so the catalogues must be compiled; set-up
    does it, and this keeps tests right after a .po edit without rerunning set-up."""
    from parkbridge.web.i18n_compile import parse_po, write_mo

    locale = Path(__file__).resolve().parent / "locale"
    for po in locale.glob("*/LC_MESSAGES/django.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            # Written aside then renamed, so a parallel test worker never reads half a file.
            partial = mo.with_suffix(f".mo.{id(po)}.tmp")
            write_mo(parse_po(po), partial)
            partial.replace(mo)
    from django.utils import translation

    translation.trans_real._translations = {}


@pytest.fixture(scope="module")
def bundled_registry(django_db_setup, django_db_blocker):
    """The bundled starting registry (parkbridge/data) loaded once for a test module inside a
    transaction rolled back after it, so later modules see the database as migrations left it.
    Tests that read it also ask for ``db`` (their own transactions nest as savepoints)."""
    from django.db import transaction

    from parkbridge.bundled import load_bundled_registry
    from parkbridge.marketplace.selection import clear_cache

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            load_bundled_registry()
            clear_cache()
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            clear_cache()
