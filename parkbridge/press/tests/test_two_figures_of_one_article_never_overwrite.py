"""Two figures of one article for the same indicator and date: the second never overwrites
the first. The same figure again is the same fact; a different one is refused, with nothing
written, until the reviewer tells them apart."""

from __future__ import annotations

from datetime import date

import pytest

from parkbridge.press.models import ProposalStatus
from parkbridge.press.review import ReviewError, accept
from parkbridge.targets.models import IndicatorValue


def _figure(make_proposal, value: float, **extra):  # noqa: ANN202
    proposal = make_proposal(
        "figure", {"value": value, "unit": "count", "qualifier": "exact", "measure": "residents",
                   "scope": "BY", **extra},
    )  # fmt: skip
    proposal.source.published = date(2024, 5, 14)
    proposal.source.save()
    return proposal


def test_a_different_figure_for_the_same_indicator_and_date_is_refused(make_proposal, reviewer):
    accept(_figure(make_proposal, 120), reviewer)
    second = _figure(make_proposal, 95)
    with pytest.raises(ReviewError) as refused:
        accept(second, reviewer)
    assert "already gives" in str(refused.value.detail["value"])
    assert list(IndicatorValue.objects.values_list("value", flat=True)) == [120]
    second.refresh_from_db()
    assert second.status == ProposalStatus.PENDING


def test_told_apart_by_scope_both_figures_are_kept(make_proposal, reviewer):
    accept(_figure(make_proposal, 120), reviewer)
    accept(_figure(make_proposal, 95), reviewer, {"scope": "Minsk region"})
    kept = {
        (v.indicator.scope, v.value) for v in IndicatorValue.objects.select_related("indicator")
    }
    assert kept == {("BY", 120), ("Minsk region", 95)}


def test_the_same_figure_twice_is_one_value(make_proposal, reviewer):
    first = accept(_figure(make_proposal, 120), reviewer)
    again = accept(_figure(make_proposal, 120), reviewer)
    assert again.pk == first.pk and IndicatorValue.objects.count() == 1
