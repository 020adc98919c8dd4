"""The review queue: the article beside its proposals with the sentence marked, corrections in
a form checked field by field with messages in words, bulk decisions and filters."""

from __future__ import annotations

import pytest

from parkbridge.press.models import Proposal

pytestmark = pytest.mark.django_db


def test_the_article_text_is_shown_beside_its_proposal_with_the_sentence_marked(
    client, reviewer, make_proposal
):
    make_proposal("figure", {"value": 120, "unit": "count", "qualifier": "more_than",
                             "measure": "companies"},
                  evidence="More than 120 companies are residents of the park, said Alexander "
                  "Yaroshenko, head of the park administration.")  # fmt: skip
    client.force_login(reviewer)
    page = client.get("/press/").content.decode()
    assert '<mark class="evidence"' in page
    assert "MINSK, May 14." in page  # the article itself, beside the proposal
    assert 'name="p' in page and "-value" in page  # a field per value, not a JSON box
    assert "{&#x27;" not in page and "{'" not in page  # no Python dicts


def test_an_edit_that_is_not_valid_is_explained_in_words_on_its_field(
    client, reviewer, make_proposal
):
    figure = make_proposal("figure", {"value": 5, "unit": "count", "qualifier": "exact",
                                      "measure": "agreements"})  # fmt: skip
    client.force_login(reviewer)
    response = client.post(
        f"/press/proposals/{figure.pk}/accept/",
        {f"p{figure.pk}-value": "five", f"p{figure.pk}-date": "2024-02-30"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter a number." in page
    figure.refresh_from_db()
    assert figure.status == "pending"

    response = client.post(
        f"/press/proposals/{figure.pk}/accept/", {f"p{figure.pk}-date": "2024-02-30"},
        HTTP_HX_REQUEST="true",
    )  # fmt: skip
    assert response.status_code == 400
    assert "must be an ISO date" in response.content.decode() or "not a valid date" in (
        response.content.decode()
    )
    assert "{" not in response.content.decode().split('id="proposal-')[1].split("</article>")[0]


def test_a_corrected_figure_is_accepted_with_the_new_value(client, reviewer, make_proposal):
    figure = make_proposal("figure", {"value": 5, "unit": "count", "qualifier": "exact",
                                      "measure": "agreements"})  # fmt: skip
    client.force_login(reviewer)
    response = client.post(
        f"/press/proposals/{figure.pk}/accept/",
        {f"p{figure.pk}-value": "7", f"p{figure.pk}-measure": "agreements",
         f"p{figure.pk}-unit": "count", f"p{figure.pk}-qualifier": "exact"},
        HTTP_HX_REQUEST="true",
    )  # fmt: skip
    assert response.status_code == 200
    figure.refresh_from_db()
    assert figure.status == "accepted" and figure.edited == {"value": 7}
    assert figure.result.value == 7


def test_bulk_accept_and_reject(client, reviewer, make_proposal):
    people = [make_proposal("person", {"name": f"Person {n}"}) for n in range(3)]
    client.force_login(reviewer)
    client.post("/press/bulk/", {"action": "accept", "ids": [people[0].pk, people[1].pk]})
    client.post("/press/bulk/", {"action": "reject", "ids": [people[2].pk]})
    statuses = dict(Proposal.objects.values_list("pk", "status"))
    assert [statuses[p.pk] for p in people] == ["accepted", "accepted", "rejected"]


def test_the_queue_filters_by_category_and_confidence(client, reviewer, make_proposal):
    make_proposal("person", {"name": "Sure Person"}, confidence=0.9)
    make_proposal("person", {"name": "Unsure Person"}, confidence=0.2)
    make_proposal("organisation", {"name": "Some Company"}, confidence=0.9)
    client.force_login(reviewer)
    page = client.get("/press/?category=person&min_confidence=0.5").content.decode()
    assert "Sure Person" in page
    assert "Unsure Person" not in page and "Some Company" not in page


def test_the_queue_filters_by_outlet_and_language(client, reviewer, registry):
    from parkbridge.press.articles import take_in
    from parkbridge.press.documents import Document
    from parkbridge.press.tests.conftest import ARTICLE_RU
    from parkbridge.press.tests.stories import ZONE_STORY

    take_in(Document(text=ZONE_STORY, outlet="Tashkent Herald", language="en"), key="url:1")
    take_in(Document(text=ARTICLE_RU, outlet="БелТА", language="ru"), key="url:2")
    client.force_login(reviewer)
    herald = client.get("/press/?outlet=Tashkent+Herald").content.decode()
    assert "410 million dollars" in herald and "Великий камень" not in herald
    russian = client.get("/press/?language=ru").content.decode()
    assert "Великий камень" in russian and "410 million dollars" not in russian
