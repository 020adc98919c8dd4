"""Issue 13, finding 5: a proposal linking an article to a confidential organisation is
hidden with that organisation, and candidates the reader can't see are left out."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType


def test_an_anonymous_reader_gets_no_proposal_about_a_confidential_organisation(
    make_organisation, make_proposal, api
):
    hidden = make_organisation(name_en="Secret Holding", confidential=True)
    proposal = make_proposal(
        "organisation",
        {"name": "Secret Holding"},
        action="link",
        target_type=ContentType.objects.get_for_model(hidden),
        target_id=hidden.pk,
    )
    assert api.get(f"/api/press/proposals/{proposal.pk}").status_code == 404
    listed = api.get("/api/press/proposals").json()["items"]
    assert proposal.pk not in [p["id"] for p in listed]


def test_hidden_candidates_are_left_out_of_a_visible_proposal(
    make_organisation, make_proposal, api
):
    hidden = make_organisation(name_en="Secret Holding", confidential=True)
    public = make_organisation(name_en="Open Holding")
    proposal = make_proposal(
        "organisation",
        {"name": "Holding"},
        candidates=[
            {"id": hidden.pk, "label": "Secret Holding", "confidence": 0.6},
            {"id": public.pk, "label": "Open Holding", "confidence": 0.5},
        ],
    )
    body = api.get(f"/api/press/proposals/{proposal.pk}").json()
    assert [c["id"] for c in body["candidates"]] == [public.pk]
