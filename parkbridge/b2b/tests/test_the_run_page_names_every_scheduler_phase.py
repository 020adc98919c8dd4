"""Every phase the scheduler reports has a place on the run's progress bar and words in the
organiser's language (a new phase would otherwise leave the bar standing and show English)."""

from __future__ import annotations

from django.utils import translation
from hypothesis import HealthCheck, given, settings

from parkbridge.b2b.models import RUN_PHASES, ScheduleRun
from parkbridge.b2b.runs import PHASE_RANGES
from parkbridge.scheduling import solve
from parkbridge.scheduling.tests.factories import small_instances
from parkbridge.scheduling.tests.test_slot_set_cuts_close_the_gap_the_slot_free_lp_leaves import (
    _hub_with_two_first_slot_guests,
)


def _phases_of(instance) -> set[str]:
    phases: set[str] = set()
    solve(instance, time_limit=5, progress=lambda phase, done, total: phases.add(phase))
    return phases


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_instances())
def test_every_phase_of_generated_instances_has_a_range_and_words(instance):
    phases = _phases_of(instance)
    assert phases <= set(PHASE_RANGES) and phases <= set(RUN_PHASES), phases - set(PHASE_RANGES)


def test_the_phases_of_an_instance_that_needs_cuts_have_a_range_and_words():
    phases = _phases_of(_hub_with_two_first_slot_guests())
    assert "slot-set cuts" in phases
    assert phases <= set(PHASE_RANGES) and phases <= set(RUN_PHASES)


def test_the_bar_only_moves_forward_through_the_phases_in_the_order_they_run():
    order = ["prepare", "bound", "place", "slot-set cuts", "tighter bound", "exact search",
             "compact", "polish", "fewest gaps", "done"]  # fmt: skip
    assert [PHASE_RANGES[p] for p in order] == sorted(PHASE_RANGES[p] for p in order)


def test_a_phase_is_shown_in_the_readers_language(compiled_translations):
    run = ScheduleRun(phase="place")
    with translation.override("ru"):
        assert run.phase_label == "Размещение встреч"
    with translation.override("zh-hans"):
        assert run.phase_label == "安排会谈"
