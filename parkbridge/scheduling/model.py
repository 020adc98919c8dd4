"""Typed inputs and outputs of the B2B meeting scheduler (see FORMAT.md of the benchmark).

Plain frozen dataclasses: the Django app builds an :class:`Instance` from its own tables, and
reads a :class:`Schedule` back, without this package knowing anything about Django.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Slot:
    """A time window; ``id`` equals its position in :attr:`Instance.slots`."""

    id: int
    session: str
    start: str
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    available: tuple[int, ...]
    max_meetings: int
    booth: bool = False
    country: str | None = None
    role: str | None = None
    # Slots the participant would rather meet in (a soft wish, unlike ``available``); empty
    # means no preference.
    preferred: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Request:
    """An accepted meeting request; ``a`` hosts the meeting when both parties have a booth."""

    a: str
    b: str
    weight: int


@dataclass(frozen=True, slots=True)
class Instance:
    name: str
    slots: tuple[Slot, ...]
    tables: int
    participants: tuple[Participant, ...]
    requests: tuple[Request, ...]


@dataclass(frozen=True, slots=True)
class Meeting:
    """One request placed in one slot, at a table (``table``) or at a booth (``booth``)."""

    a: str
    b: str
    slot: int
    table: int | None
    booth: str | None


@dataclass(frozen=True, slots=True)
class Changes:
    """What re-scheduling did to a previously published schedule."""

    added: tuple[Meeting, ...] = ()
    removed: tuple[Meeting, ...] = ()
    # (old, new) pairs of the same request placed differently.
    moved: tuple[tuple[Meeting, Meeting], ...] = ()


@dataclass(frozen=True, slots=True)
class Scores:
    weight: int
    meetings: int
    gaps: float  # idle gaps per participant (FORMAT.md section 5)
    idle_slots: int  # the numerator of ``gaps``
    fairness: float  # share of participants with a request who got at least one meeting


# Which relaxation gave the reported bound (the tightest one computed).
BOUND_SLOT_FREE_LP = "slot-free LP"
# The slot-free LP tightened by slot-set (Hall) cuts: a person's meetings that can only happen
# inside a set of slots number at most its size.
BOUND_CUT_LP = "cut LP"
BOUND_FULL_LP = "full LP"
BOUND_CP_SAT = "CP-SAT"


@dataclass(frozen=True, slots=True)
class SolveStats:
    bound: int  # a proven upper bound on the weight of any schedule obeying the same fixings
    seconds: float
    proven_optimal: bool  # the bound is tight: W == bound, so W is the optimum
    phases: tuple[tuple[str, float], ...] = ()  # (phase name, seconds) for diagnostics
    bound_source: str = BOUND_SLOT_FREE_LP
    # W is proven best and no schedule of that W (meeting at least as many soft preferences)
    # has fewer idle slots (e.g. none at all).
    gaps_proven_minimal: bool = False
    # Soft time preferences: a meeting meets one preference for each side that has preferred
    # slots and holds it in one of them; total counts every such side of a scheduled meeting.
    preferences_met: int = 0
    preferences_total: int = 0


@dataclass(frozen=True, slots=True)
class Schedule:
    instance: str
    meetings: tuple[Meeting, ...]
    stats: SolveStats | None = None
    changes: Changes | None = None
    scores: Scores | None = field(default=None)


# progress(phase, done, total): ``total`` is 0 when the amount of work is unknown.
ProgressCallback = Callable[[str, float, float], None]
