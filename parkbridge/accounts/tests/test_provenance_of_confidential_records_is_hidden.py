"""Issue 13, finding 4: provenance is about a record; that of a confidential record is
hidden with it, in the provenance API and in the history of core.provenance."""

from __future__ import annotations

import pytest


@pytest.fixture
def citation(make_site):
    from parkbridge.core.models import Source, cite

    source = Source.objects.create(key="leak", title="A leak")
    return cite(make_site(name_en="Hidden Park", confidential=True), source, quote="a secret")


def test_anonymous_readers_get_no_provenance_of_a_confidential_record(citation, api):
    assert api.get(f"/api/provenance/{citation.pk}").status_code == 404
    listed = api.get("/api/provenance").json()["items"]
    assert citation.pk not in [p["id"] for p in listed]


def test_its_history_is_hidden_too(citation, make_token):
    from parkbridge.conftest import ApiClient

    reader = ApiClient(make_token(scopes=("read",)))
    assert reader.get(f"/api/history/core.provenance/{citation.pk}").status_code == 404


def test_provenance_of_a_public_record_stays_public(make_site, api):
    from parkbridge.core.models import Source, cite

    source = Source.objects.create(key="public", title="News")
    public = cite(make_site(), source, quote="opened in May")
    assert api.get(f"/api/provenance/{public.pk}").json()["quote"] == "opened in May"


def test_an_administrator_sees_it(citation, staff_api):
    assert staff_api.get(f"/api/provenance/{citation.pk}").status_code == 200
