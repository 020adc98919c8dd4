"""A sector word that maps to nothing is a 422 (API, filters, site selection) or a row error
(imports) naming the word and the closest sectors; known words in any language are accepted."""

from __future__ import annotations

import pytest

from parkbridge.core.imports import ImportRejected
from parkbridge.sites.imports import SiteImporter
from parkbridge.sites.models import Site

NEW_SITE = {"slug": "by-ip-new", "name_en": "New Park", "kind": "industrial_park", "country": "BY"}


def test_a_site_written_with_an_unknown_sector_is_a_422_naming_it(writer_api):
    response = writer_api.post("/api/sites", NEW_SITE | {"sectors": ["machinry"]})
    assert response.status_code == 422
    assert "machinry" in str(response.json()) and "machinery" in str(response.json())


def test_a_site_written_with_sector_words_in_any_language_stores_their_codes(writer_api):
    response = writer_api.post("/api/sites", NEW_SITE | {"sectors": ["машиностроение", "物流"]})
    assert response.status_code in (200, 201), response.json()
    assert sorted(response.json()["sectors"]) == ["logistics", "machinery"]


def test_a_sector_filter_covers_sub_sectors_and_refuses_unknown_words(api, make_site):
    make_site(slug="a", sectors=["agricultural_machinery"])
    make_site(slug="b", sectors=["logistics"])
    found = api.get("/api/sites", {"sector": "mechanical engineering"}).json()
    assert [s["slug"] for s in found["items"]] == ["a"]
    refused = api.get("/api/sites", {"sector": "widgets galore"})
    assert refused.status_code == 422 and "widgets galore" in str(refused.json())


def test_a_site_selection_project_with_an_unknown_sector_is_a_422(api):
    response = api.post("/api/site-selection", {"sectors": ["machinery", "zzz-unknown"]})
    assert response.status_code == 422
    assert "zzz-unknown" in str(response.json())


def test_an_import_row_with_an_unknown_sector_is_refused_with_its_line(db, tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text(
        "id,name_en,kind,country,sectors\n"
        "by-a,A,industrial_park,BY,logistics;машиностроение\n"
        "by-b,B,industrial_park,BY,logistics;teleportation\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as refused:
        SiteImporter().run(path)
    assert [(e.line, e.field) for e in refused.value.errors] == [(3, "sectors")]
    assert "teleportation" in str(refused.value)
    assert not Site.objects.exists()


def test_the_sites_page_filters_by_a_sector_word_and_refuses_an_unknown_one(client, make_site):
    make_site(slug="by-ip-machines", name_en="Machine Park", sectors=["machinery"])
    make_site(slug="by-ip-ports", name_en="Port Park", sectors=["logistics"])
    page = client.get("/sites/", {"sector": "машиностроение"})
    assert "Machine Park" in page.content.decode() and "Port Park" not in page.content.decode()
    refused = client.get("/sites/", {"sector": "teleportation"})
    assert refused.status_code == 400 and "teleportation" in refused.content.decode()


def test_the_organisations_page_filters_by_sector_and_refuses_an_unknown_one(client, db):
    from parkbridge.core.imports import ensure_sectors
    from parkbridge.organisations.models import Organisation

    maker = Organisation.objects.create(name_en="Tractor Works", country="BY", kind="company")
    maker.sectors.set(ensure_sectors({"agricultural_machinery"}).values())
    Organisation.objects.create(name_en="Freight Co", country="BY", kind="company")
    page = client.get("/organisations/", {"sector": "机械制造"}).content.decode()
    assert "Tractor Works" in page and "Freight Co" not in page
    assert client.get("/organisations/", {"sector": "warp drives"}).status_code == 400


def test_a_profile_search_with_an_unknown_sector_is_a_422(api):
    response = api.post("/api/marketplace/profiles/search", {"sectors": ["warp drives"]})
    if response.status_code == 405:  # the search is a GET with query parameters
        response = api.get("/api/marketplace/profiles/search", {"sectors": "warp drives"})
    assert response.status_code == 422 and "warp drives" in str(response.json())
