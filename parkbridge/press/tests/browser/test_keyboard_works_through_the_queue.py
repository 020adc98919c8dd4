"""The queue is worked with the keyboard: j / k move between proposals (the sentence of the
current one is marked in the article), a accepts, r rejects, in place."""

from __future__ import annotations

import pytest

from parkbridge.press.models import Proposal

pytestmark = pytest.mark.django_db(transaction=True)


def test_j_a_and_r_decide_proposals_without_the_mouse(reviewer_page, live_server, make_proposal):
    first = make_proposal("person", {"name": "Alexander Yaroshenko"},
                          evidence="More than 120 companies are residents of the park, said "
                          "Alexander Yaroshenko, head of the park administration.")  # fmt: skip
    second = make_proposal("person", {"name": "Noise Word"},
                           evidence="During the visit, the sides signed 5 cooperation agreements.")  # fmt: skip
    page = reviewer_page
    page.goto(live_server.url + "/press/")
    page.keyboard.press("j")
    assert page.locator("article.proposal.current").get_attribute("data-proposal") == str(first.pk)
    assert page.locator("mark.evidence.current").inner_text().startswith("More than 120")
    page.keyboard.press("a")
    page.locator(f"#proposal-{first.pk}.proposal-accepted").wait_for()
    page.keyboard.press("j")
    page.keyboard.press("r")
    page.locator(f"#proposal-{second.pk}.proposal-rejected").wait_for()
    statuses = dict(Proposal.objects.values_list("pk", "status"))
    assert (statuses[first.pk], statuses[second.pk]) == ("accepted", "rejected")
    assert page.script_errors == []
