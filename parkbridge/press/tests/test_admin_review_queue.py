from parkbridge.press.models import Proposal


def test_the_admin_accepts_and_rejects_selected_proposals_through_the_review_service(
    client, make_user, make_proposal
):
    admin_user = make_user(is_staff=True, is_superuser=True)
    keep = make_proposal("person", {"name": "Ivan Petrov"})
    drop = make_proposal("person", {"name": "Noise"})
    client.force_login(admin_user)

    url = "/admin/press/proposal/"
    assert client.get(url).status_code == 200
    client.post(url, {"action": "accept_selected", "_selected_action": [keep.pk]})
    client.post(url, {"action": "reject_selected", "_selected_action": [drop.pk]})

    assert Proposal.objects.get(pk=keep.pk).status == "accepted"
    assert Proposal.objects.get(pk=keep.pk).reviewer == admin_user
    assert Proposal.objects.get(pk=drop.pk).status == "rejected"


def test_an_invalid_edit_in_the_admin_form_is_refused(client, make_user, make_proposal):
    proposal = make_proposal("site", {"name": "X Park", "country": "BY"})
    client.force_login(make_user(is_staff=True, is_superuser=True))

    response = client.post(
        f"/admin/press/proposal/{proposal.pk}/change/", {"edited": '{"country": "XX"}', "note": ""}
    )

    assert response.status_code == 200  # the form again, with the error
    assert "not an ISO 3166-1" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.edited is None


def test_the_api_schema_documents_the_press_endpoints(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/press/proposals/{proposal_id}/accept" in paths
    assert "/api/press/articles/file" in paths
