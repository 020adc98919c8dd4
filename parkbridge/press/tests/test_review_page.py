from django.core.files.uploadedfile import SimpleUploadedFile

from parkbridge.press.models import Proposal
from parkbridge.press.tests.conftest import ARTICLE_EN


def test_the_page_needs_a_reviewer(client, make_user):
    assert client.get("/press/").status_code == 302  # to the login page
    client.force_login(make_user())
    assert client.get("/press/").status_code == 403


def test_a_reviewer_sees_pending_proposals_with_their_evidence(client, reviewer, make_proposal):
    make_proposal("person", {"name": "Ivan Petrov"}, evidence="Ivan Petrov opened the forum.")
    client.force_login(reviewer)
    page = client.get("/press/").content.decode()
    assert "Ivan Petrov opened the forum." in page
    assert "csrfmiddlewaretoken" in page


def test_accept_and_reject_buttons_decide_proposals(client, reviewer, make_proposal):
    keep = make_proposal("person", {"name": "Ivan Petrov"})
    drop = make_proposal("person", {"name": "Noise Word"})
    client.force_login(reviewer)

    client.post(f"/press/proposals/{keep.pk}/accept/", {f"p{keep.pk}-role": "director"})
    client.post(f"/press/proposals/{drop.pk}/reject/")

    keep.refresh_from_db()
    drop.refresh_from_db()
    assert (keep.status, keep.result.role) == ("accepted", "director")
    assert drop.status == "rejected"


def test_uploading_an_article_on_the_page_queues_its_proposals(client, reviewer, registry):
    client.force_login(reviewer)
    response = client.post(
        "/press/upload/",
        {"file": SimpleUploadedFile("gs.txt", ARTICLE_EN.encode(), content_type="text/plain")},
        follow=True,
    )
    assert response.status_code == 200
    assert Proposal.objects.filter(category="site", status="pending").exists()


def test_forms_need_the_csrf_token(reviewer, make_proposal):
    from django.test import Client

    proposal = make_proposal("person", {"name": "Ivan Petrov"})
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.post(f"/press/proposals/{proposal.pk}/accept/").status_code == 403
