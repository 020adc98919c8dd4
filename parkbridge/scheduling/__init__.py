"""B2B meeting scheduler: one-to-one meetings of a business forum placed into slots and tables.

Public API (no Django import anywhere in this package)::

    instance = parse_instance(json.load(f))      # raises InstanceError naming the bad entry
    schedule = solve(instance, time_limit=60.0)  # Schedule with stats, scores
    assert validate_schedule(instance, schedule) == []
    later = solve(new_instance, fixed=schedule)  # late requests: published meetings stay
    later.changes                                # added / removed / moved meetings
"""

from parkbridge.scheduling.model import (
    Changes,
    Instance,
    Meeting,
    Participant,
    ProgressCallback,
    Request,
    Schedule,
    Scores,
    Slot,
    SolveStats,
)
from parkbridge.scheduling.parse import (
    InstanceError,
    instance_to_dict,
    load_instance,
    load_schedule,
    parse_instance,
    parse_schedule,
    schedule_to_dict,
)
from parkbridge.scheduling.scores import score
from parkbridge.scheduling.solver import diff, solve
from parkbridge.scheduling.validate import validate_schedule

__all__ = [
    "Changes",
    "Instance",
    "InstanceError",
    "Meeting",
    "Participant",
    "ProgressCallback",
    "Request",
    "Schedule",
    "Scores",
    "Slot",
    "SolveStats",
    "diff",
    "instance_to_dict",
    "load_instance",
    "load_schedule",
    "parse_instance",
    "parse_schedule",
    "schedule_to_dict",
    "score",
    "solve",
    "validate_schedule",
]
