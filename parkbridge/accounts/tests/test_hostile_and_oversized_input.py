"""Oversized bodies are refused before a view reads them; SQL-, HTML- and path-injection
strings are stored as plain text and shown escaped."""

from __future__ import annotations

import pytest
from django.test import override_settings

HOSTILE = [
    "'; DROP TABLE sites_site; --",
    '" OR 1=1 --',
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "%00%2e%2e%2f",
    "{{ settings.SECRET_KEY }}",
]


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=2048)
def test_an_oversized_api_body_is_refused_and_nothing_is_stored(writer_api, db):
    from parkbridge.core.models import Source

    body = {"key": "big", "title": "x" * 5000, "kind": "url"}
    response = writer_api.post("/api/sources", body)
    assert response.status_code in (400, 413)
    assert not Source.objects.filter(key="big").exists()


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=2048)
def test_an_oversized_login_body_is_refused(db, client):
    response = client.post(
        "/api/accounts/login",
        {"username": "a", "password": "p" * 5000},
        content_type="application/json",
    )
    assert response.status_code in (400, 413)


@pytest.mark.parametrize("text", HOSTILE)
def test_injection_strings_are_stored_verbatim_and_returned_as_data(text, staff_api, db):
    from parkbridge.sites.models import Site

    body = {"slug": "hostile", "name_en": text, "kind": "technopark", "country": "BY", "city": text,
            "description": text}  # fmt: skip
    created = staff_api.post("/api/sites", body)
    assert created.status_code == 201, created.content
    site = Site.objects.get(slug="hostile")
    assert (site.name_en, site.city, site.description) == (text, text, text)
    assert staff_api.get(f"/api/sites/{site.pk}").json()["name_en"] == text
    assert staff_api.get("/api/sites", {"q": text}).status_code == 200
    assert Site.objects.count() >= 1  # the table is still there


@pytest.mark.parametrize("text", [t for t in HOSTILE if "<" in t or "{{" in t])
def test_injection_strings_are_escaped_in_pages(text, make_site, client):
    site = make_site(name_en=text, description=text, slug="hostile-page")
    page = client.get(f"/sites/{site.slug}/").content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "SECRET_KEY }}" not in page or "{{ settings.SECRET_KEY }}" in page
    from django.conf import settings

    assert settings.SECRET_KEY not in page


@pytest.mark.parametrize("path", ["/api/sites/..%2f..%2fetc%2fpasswd", "/api/history/../../etc/passwd/1",
                                  "/api/history/sites.site%00/1"])  # fmt: skip
def test_path_injection_in_addresses_is_a_clean_404(path, staff_api):
    response = staff_api.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
