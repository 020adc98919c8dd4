from datetime import date

import pytest

from parkbridge.core.models import Provenance, sources_of
from parkbridge.press.review import AlreadyReviewed, ReviewError, accept
from parkbridge.sites.models import Site


def _quote(record, source):
    return Provenance.objects.get(object_id=record.pk, source=source).quote


def test_accepting_a_new_site_creates_it_and_cites_the_sentence(make_proposal, reviewer):
    sentence = "The Orsha Technopark opened in Orsha on Monday."
    proposal = make_proposal(
        "site", {"name": "Orsha Technopark", "kind": "technopark", "country": "BY", "city": "Orsha"},
        evidence=sentence, action="create",
    )  # fmt: skip

    site = accept(proposal, reviewer)

    assert isinstance(site, Site)
    assert (site.name_en, site.kind, site.country, site.city) == (
        "Orsha Technopark", "technopark", "BY", "Orsha",
    )  # fmt: skip
    assert list(sources_of(site)) == [proposal.source]
    assert _quote(site, proposal.source) == sentence
    proposal.refresh_from_db()
    assert proposal.status == "accepted"
    assert proposal.reviewer == reviewer and proposal.reviewed_at
    assert proposal.result == site


def test_accepting_a_link_adds_the_articles_spelling_and_cites_it(
    make_proposal, reviewer, great_stone
):
    proposal = make_proposal(
        "site", {"name": "Veliky Kamen", "country": "BY"}, action="link",
        target=great_stone, confidence=0.9,
    )  # fmt: skip

    site = accept(proposal, reviewer)

    assert site == great_stone
    assert Site.objects.count() == 1
    assert "Veliky Kamen" in Site.objects.get(pk=great_stone.pk).aliases
    assert _quote(site, proposal.source) == proposal.evidence


def test_a_russian_name_fills_the_russian_slot_and_a_transliteration_the_english(
    make_proposal, reviewer
):
    proposal = make_proposal("organisation", {"name": "Белорусская ассоциация", "country": "BY"})
    organisation = accept(proposal, reviewer)
    assert organisation.name_ru == "Белорусская ассоциация"
    assert organisation.name_en == "Belorusskaia assotsiatsiia"


def test_a_figure_becomes_an_indicator_value_dated_by_the_article(make_proposal, reviewer):
    proposal = make_proposal(
        "figure", {"value": 120, "unit": "count", "qualifier": "more_than", "measure": "residents",
                   "scope": "BY"},
    )  # fmt: skip
    proposal.source.published = date(2024, 5, 14)
    proposal.source.save()

    value = accept(proposal, reviewer)

    assert (value.indicator.measure, value.indicator.scope, value.value) == ("residents", "BY", 120)
    assert value.date == date(2024, 5, 14) and value.source == proposal.source
    assert _quote(value, proposal.source) == proposal.evidence


def test_a_target_gets_its_deadline_at_the_end_of_the_year(make_proposal, reviewer):
    proposal = make_proposal(
        "target", {"value": 200, "unit": "count", "qualifier": "at_least", "measure": "residents",
                   "scope": None, "deadline": "2030"},
    )  # fmt: skip
    target = accept(proposal, reviewer)
    assert target.deadline == date(2030, 12, 31)
    assert target.source == proposal.source


def test_an_agreement_and_an_event_statistic_are_applied_to_the_accepted_event(
    make_proposal, reviewer
):
    event = accept(make_proposal("event", {"name": "Minsk Park Forum", "kind": "forum",
                                           "start": "2024-05-14", "country": "BY"}), reviewer)  # fmt: skip
    stat = accept(make_proposal("event_statistic", {"value": 32, "unit": "count",
                  "qualifier": "exact", "measure": "countries", "event": "Minsk Park Forum"}),
                  reviewer)  # fmt: skip
    agreement = accept(make_proposal("agreement", {"count": 5, "qualifier": "more_than",
                       "status": "signed", "parties": [], "event": "Minsk Park Forum"}), reviewer)  # fmt: skip

    assert stat.event == event and stat.value == 32
    assert agreement.event == event and agreement.count == 5
    assert agreement.count_qualifier == "more_than"


def test_a_new_site_without_a_country_is_refused_and_nothing_is_written(make_proposal, reviewer):
    proposal = make_proposal("site", {"name": "Somewhere Park", "country": None})

    with pytest.raises(ReviewError) as error:
        accept(proposal, reviewer)

    assert "country" in error.value.detail
    assert not Site.objects.exists()
    proposal.refresh_from_db()
    assert proposal.status == "pending"


def test_a_proposal_is_decided_once(make_proposal, reviewer):
    proposal = make_proposal("person", {"name": "Ivan Petrov", "role": "director"})
    accept(proposal, reviewer)
    with pytest.raises(AlreadyReviewed):
        accept(proposal, reviewer)
