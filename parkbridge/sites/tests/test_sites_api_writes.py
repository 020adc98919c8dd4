import pytest

from parkbridge.sites.models import Site

NEW_SITE = {
    "slug": "kg-tp-bishkek",
    "name_en": "Bishkek Technopark",
    "kind": "technopark",
    "country": "KG",
    "city": "Bishkek",
    "sectors": ["it"],
}


def test_writes_without_a_token_are_refused_with_401(api, make_site):
    site = make_site()
    assert api.post("/api/sites", NEW_SITE).status_code == 401
    assert api.patch(f"/api/sites/{site.pk}", {"city": "Brest"}).status_code == 401
    assert api.delete(f"/api/sites/{site.pk}").status_code == 401
    assert Site.objects.count() == 1


def test_a_bad_token_is_refused_with_401(api, db):
    api.token = "pb_not-a-real-token"
    assert api.post("/api/sites", NEW_SITE).status_code == 401


def test_an_expired_token_is_refused(api, make_token):
    from datetime import timedelta

    from django.utils import timezone

    api.token = make_token(expires=timezone.now() - timedelta(minutes=1))
    assert api.post("/api/sites", NEW_SITE).status_code == 401


def test_a_read_only_token_cannot_write(api, make_token):
    api.token = make_token(scopes=["read"])
    assert api.post("/api/sites", NEW_SITE).status_code == 401


@pytest.fixture(autouse=True)
def it_sector(db):
    from parkbridge.core.models import Sector

    return Sector.objects.create(code="it", name_en="Information technology")


def test_a_token_holder_creates_updates_and_deletes_a_site(writer_api, db):
    created = writer_api.post("/api/sites", NEW_SITE)
    assert created.status_code == 201, created.content
    site_id = created.json()["id"]
    assert created.json()["sectors"] == ["it"]
    updated = writer_api.patch(f"/api/sites/{site_id}", {"area_total_ha": 25.5})
    assert updated.status_code == 200
    assert Site.objects.get(pk=site_id).area_total_ha == 25.5
    assert Site.objects.get(pk=site_id).city == "Bishkek"
    assert writer_api.delete(f"/api/sites/{site_id}").status_code == 204
    assert not Site.objects.filter(pk=site_id).exists()


def test_a_created_site_is_searchable_by_its_names(writer_api, api, db):
    writer_api.post("/api/sites", NEW_SITE | {"name_ru": "Бишкекский технопарк"})
    assert api.get("/api/sites", {"q": "бишкекский"}).json()["count"] == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"country": "XX"}, "country"),
        ({"kind": "spaceport"}, "kind"),
        ({"area_total_ha": -1}, "area_total_ha"),
        ({"latitude": 123}, "latitude"),
        ({"operator": 987654}, "operator"),
    ],
)
def test_invalid_bodies_get_422_naming_the_field_and_change_nothing(writer_api, db, change, field):
    response = writer_api.post("/api/sites", NEW_SITE | change)
    assert response.status_code == 422
    assert field in str(response.json()["detail"])
    assert Site.objects.count() == 0


def test_an_unknown_sector_code_is_refused(writer_api, db):
    response = writer_api.post("/api/sites", NEW_SITE | {"sectors": ["no-such-sector"]})
    assert response.status_code == 422
    assert "no-such-sector" in str(response.json())


def test_a_duplicate_slug_is_a_validation_error(writer_api, make_site):
    make_site(slug="kg-tp-bishkek")
    response = writer_api.post("/api/sites", NEW_SITE)
    assert response.status_code == 422
    assert "slug" in response.json()["detail"]


def test_malformed_json_is_a_client_error(writer_api, db):
    response = writer_api.client.post(
        "/api/sites",
        "{not json",
        content_type="application/json",
        headers=writer_api._headers(),
    )
    assert 400 <= response.status_code < 500


def test_an_unknown_key_in_a_body_is_refused(writer_api, db):
    response = writer_api.post("/api/sites", NEW_SITE | {"colour": "red"})
    assert response.status_code == 422
    assert "colour" in response.content.decode()
    assert Site.objects.count() == 0


def test_a_foreign_key_may_be_given_with_or_without_the_id_suffix(writer_api, make_organisation):
    operator = make_organisation()
    created = writer_api.post("/api/sites", NEW_SITE | {"operator": operator.pk}).json()
    assert Site.objects.get(pk=created["id"]).operator == operator
    writer_api.patch(f"/api/sites/{created['id']}", {"operator_id": None})
    assert Site.objects.get(pk=created["id"]).operator is None
