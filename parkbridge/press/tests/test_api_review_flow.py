from parkbridge.core.models import Provenance
from parkbridge.press.tests.conftest import ARTICLE_RU


def test_upload_list_inspect_and_accept_through_the_api(reviewer_api, registry):
    upload = reviewer_api.post("/api/press/articles", {"text": ARTICLE_RU, "filename": "ru.txt"})
    assert upload.status_code == 202
    run = upload.json()
    assert run["status"] == "done" and run["processed"] == 1 and run["failed"] == 0
    assert run["counts"].get("site") == 1

    listed = reviewer_api.get("/api/press/proposals", {"category": "site", "status": "pending"})
    assert listed.json()["count"] == 1
    site = listed.json()["items"][0]
    assert site["action"] == "link" and site["target"]["id"] == registry.pk

    detail = reviewer_api.get(f"/api/press/proposals/{site['id']}").json()
    assert "Великий камень" in detail["evidence"]
    assert detail["candidates"][0]["id"] == registry.pk

    accepted = reviewer_api.post(
        f"/api/press/proposals/{site['id']}/accept", {"edited": {"city": "Smolevichi"}}
    )
    assert accepted.status_code == 200
    body = accepted.json()
    assert body["edited"] == {"city": "Smolevichi"} and body["result"]["id"] == registry.pk
    assert Provenance.objects.get(object_id=registry.pk).quote == detail["evidence"]


def test_an_invalid_edit_is_a_422_naming_the_field(reviewer_api, make_proposal):
    proposal = make_proposal("site", {"name": "X Park", "country": "BY"})
    response = reviewer_api.post(
        f"/api/press/proposals/{proposal.pk}/accept", {"edited": {"country": "XX"}}
    )
    assert response.status_code == 422
    assert "country" in response.json()["detail"]


def test_the_same_article_uploaded_twice_adds_no_proposals(reviewer_api, registry):
    reviewer_api.post("/api/press/articles", {"text": ARTICLE_RU})
    first = reviewer_api.get("/api/press/proposals").json()["count"]
    again = reviewer_api.post("/api/press/articles", {"text": ARTICLE_RU}).json()
    assert reviewer_api.get("/api/press/proposals").json()["count"] == first
    assert again["counts"].get("existing") == first
    assert len(reviewer_api.get("/api/press/runs").json()["items"]) == 2
