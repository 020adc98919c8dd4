"""A person who follows a site, an organisation, a country pair or a keyword is told when a
newly accepted fact touches it, once, and not for facts about other things."""

from __future__ import annotations

import pytest

from parkbridge.accounts.models import Notification
from parkbridge.press import review, watches
from parkbridge.press.models import Action

pytestmark = pytest.mark.django_db


@pytest.fixture
def follower(make_user):
    return make_user(email="analyst@example.org")


def _accept(proposal, reviewer, capture):
    with capture(execute=True):
        review.accept(proposal, reviewer)


def test_a_figure_of_an_article_about_a_followed_site_notifies(
    follower, reviewer, registry, make_proposal, django_capture_on_commit_callbacks
):
    from django.contrib.contenttypes.models import ContentType

    from parkbridge.sites.models import Site

    watches.follow(follower, kind="site", site=registry.pk)
    make_proposal("site", {"name": "Great Stone"}, action=Action.LINK,
                  target_type=ContentType.objects.get_for_model(Site), target_id=registry.pk)  # fmt: skip
    figure = make_proposal("figure", {"value": 120, "unit": "count", "qualifier": "more_than",
                                      "measure": "companies"},
                           evidence="More than 120 companies are residents of the park.")  # fmt: skip
    _accept(figure, reviewer, django_capture_on_commit_callbacks)
    note = Notification.objects.get(user=follower)
    assert "More than 120 companies are residents of the park." in note.message
    assert note.kind == "press_watch" and note.url == f"/sites/{registry.slug}/"
    assert not Notification.objects.exclude(user=follower).exists()


def test_a_keyword_watch_and_an_unrelated_fact(
    follower, reviewer, make_proposal, django_capture_on_commit_callbacks
):
    watches.follow(follower, kind="keyword", keyword="Technopark")
    other = make_proposal("person", {"name": "Ivan Petrov"}, evidence="Ivan Petrov spoke.")
    _accept(other, reviewer, django_capture_on_commit_callbacks)
    assert not Notification.objects.exists()
    about = make_proposal("person", {"name": "Olga Sidorova"},
                          evidence="Olga Sidorova heads the technopark.")  # fmt: skip
    _accept(about, reviewer, django_capture_on_commit_callbacks)
    assert Notification.objects.filter(user=follower).count() == 1


def test_a_country_pair_watch_follows_agreements_between_the_two(
    follower, reviewer, make_proposal, make_organisation, django_capture_on_commit_callbacks
):
    make_organisation(name_en="Minsk Tractor Works", country="BY")
    make_organisation(name_en="Sinotruk Group", country="CN")
    watches.follow(follower, kind="country_pair", countries="CN BY")
    agreement = make_proposal("agreement", {"count": 1, "status": "signed",
                                            "parties": ["Minsk Tractor Works", "Sinotruk Group"]})  # fmt: skip
    _accept(agreement, reviewer, django_capture_on_commit_callbacks)
    assert Notification.objects.filter(user=follower).count() == 1


@pytest.mark.parametrize(
    ("fields", "key"),
    [({"kind": "site", "site": 999999}, "site"), ({"kind": "country_pair", "countries": "BY"},
     "countries"), ({"kind": "country_pair", "countries": "BY XX"}, "countries"),
     ({"kind": "keyword", "keyword": " "}, "keyword"), ({"kind": "colour"}, "kind")],
)  # fmt: skip
def test_a_bad_watch_is_refused_on_its_field(follower, fields, key):
    with pytest.raises(watches.BadWatch) as error:
        watches.follow(follower, **fields)
    assert key in error.value.detail


def test_following_from_the_site_card(client, follower, registry):
    client.force_login(follower)
    response = client.post("/press/watches/", {"kind": "site", "site": str(registry.pk),
                                               "next": f"/sites/{registry.slug}/"})  # fmt: skip
    assert response.status_code == 302
    assert follower.press_watches.get().site == registry
