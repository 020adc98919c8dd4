"""Reading and writing the JSON formats, with errors that name the offending entry.

Everything arriving from outside (files, the web app) passes through here, so the solver can
trust its input: ids are unique, every reference resolves, numbers are in range.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from parkbridge.scheduling.model import Instance, Meeting, Participant, Request, Schedule, Slot

# Generous limits that still stop a hostile file from exhausting memory or time.
MAX_SLOTS = 1_000
MAX_PARTICIPANTS = 1_000_000
MAX_REQUESTS = 10_000_000
MAX_TABLES = 10_000_000
MAX_FILE_BYTES = 1_000_000_000
MAX_ID_LENGTH = 200
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")


class InstanceError(ValueError):
    """The instance (or a schedule given with it) breaks the format; the message says where."""


def _is_int(value: Any) -> bool:
    # JSON booleans arrive as Python bools, which are ints: refuse them explicitly.
    return isinstance(value, int) and not isinstance(value, bool)


def _field(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise InstanceError(f"{where}: missing field '{key}'")
    return obj[key]


def _int(obj: dict[str, Any], key: str, where: str, lo: int, hi: int) -> int:
    value = _field(obj, key, where)
    if not _is_int(value):
        raise InstanceError(f"{where}: '{key}' must be an integer, got {value!r}")
    if not lo <= value <= hi:
        raise InstanceError(f"{where}: '{key}' = {value} is out of range {lo}..{hi}")
    return int(value)


def _str(obj: dict[str, Any], key: str, where: str, optional: bool = False) -> str | None:
    if optional and obj.get(key) is None:
        return None
    value = _field(obj, key, where)
    if not isinstance(value, str):
        raise InstanceError(f"{where}: '{key}' must be a string, got {value!r}")
    return value


def _list(obj: dict[str, Any], key: str, where: str, limit: int) -> list[Any]:
    value = _field(obj, key, where)
    if not isinstance(value, list):
        raise InstanceError(f"{where}: '{key}' must be an array")
    if len(value) > limit:
        raise InstanceError(f"{where}: '{key}' has {len(value)} entries, more than {limit}")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InstanceError(f"{where}: expected a JSON object, got {type(value).__name__}")
    return value


def _parse_slots(raw: list[Any]) -> tuple[Slot, ...]:
    slots: list[Slot] = []
    seen_sessions: set[str] = set()
    for i, item in enumerate(raw):
        where = f"slot #{i}"
        obj = _object(item, where)
        sid = _int(obj, "id", where, -(2**31), 2**31)
        if sid != i:
            raise InstanceError(
                f"{where}: id {sid} must equal its position {i} (duplicate or out of order)"
            )
        session = _str(obj, "session", where)
        assert session is not None
        start = _str(obj, "start", where)
        end = _str(obj, "end", where, optional=True)
        for key, value in (("start", start), ("end", end)):
            if value is not None and not _TIME.match(value):
                raise InstanceError(f"{where}: '{key}' = {value!r} is not YYYY-MM-DDTHH:MM")
        # Idle gaps are counted inside sessions, so a session must be one run of slots.
        if slots and session != slots[-1].session and session in seen_sessions:
            raise InstanceError(f"{where}: session {session!r} resumes after another session")
        seen_sessions.add(session)
        slots.append(Slot(id=sid, session=session, start=start or "", end=end))
    return tuple(slots)


def _parse_preferred(obj: dict[str, Any], where: str, n_slots: int) -> tuple[int, ...]:
    """Optional ``preferred`` slot ids (a ParkBridge extension of the format; missing or null
    means no preference). A preferred slot outside ``available`` is allowed and simply unmet."""
    if obj.get("preferred") is None:
        return ()
    return _slot_ids(obj, "preferred", where, n_slots)


def _slot_ids(obj: dict[str, Any], key: str, where: str, n_slots: int) -> tuple[int, ...]:
    """A list of slot ids under ``key``: integers in range, strictly increasing."""
    ids = _list(obj, key, where, n_slots)
    prev = -1
    for s in ids:
        if not _is_int(s):
            raise InstanceError(f"{where}: {key} slot {s!r} is not an integer")
        if not 0 <= s < n_slots:
            raise InstanceError(f"{where}: {key} slot {s} is out of range 0..{n_slots - 1}")
        if s <= prev:
            raise InstanceError(f"{where}: {key} slots must increase without repeats ({s})")
        prev = s
    return tuple(ids)


def _parse_participants(raw: list[Any], n_slots: int) -> tuple[Participant, ...]:
    people: list[Participant] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        obj = _object(item, f"participant #{i}")
        pid = _str(obj, "id", f"participant #{i}")
        assert pid is not None
        if not pid or len(pid) > MAX_ID_LENGTH:
            raise InstanceError(f"participant #{i}: id must have 1..{MAX_ID_LENGTH} characters")
        where = f"participant {pid!r}"
        if pid in seen:
            raise InstanceError(f"{where}: duplicate participant id")
        seen.add(pid)
        available = _slot_ids(obj, "available", where, n_slots)
        preferred = _parse_preferred(obj, where, n_slots)
        cap = _field(obj, "max_meetings", where)
        if not _is_int(cap):
            raise InstanceError(f"{where}: 'max_meetings' must be an integer, got {cap!r}")
        if cap < 0:
            raise InstanceError(f"{where}: negative max_meetings {cap}")
        booth = obj.get("booth", False)
        if booth is None:
            booth = False
        if not isinstance(booth, bool):
            raise InstanceError(f"{where}: 'booth' must be true or false, got {booth!r}")
        people.append(
            Participant(
                id=pid,
                available=available,
                max_meetings=int(cap),
                booth=booth,
                country=obj.get("country") if isinstance(obj.get("country"), str) else None,
                role=obj.get("role") if isinstance(obj.get("role"), str) else None,
                preferred=preferred,
            )
        )
    return tuple(people)


def _parse_requests(raw: list[Any], ids: set[str]) -> tuple[Request, ...]:
    requests: list[Request] = []
    pairs: dict[frozenset[str], int] = {}
    for i, item in enumerate(raw):
        where = f"request #{i}"
        obj = _object(item, where)
        a = _str(obj, "a", where)
        b = _str(obj, "b", where)
        assert a is not None and b is not None
        where = f"request #{i} ({a!r}-{b!r})"
        for pid in (a, b):
            if pid not in ids:
                raise InstanceError(f"{where}: unknown participant {pid!r}")
        if a == b:
            raise InstanceError(f"{where}: a participant cannot meet themself")
        weight = _int(obj, "weight", where, 1, 3)
        pair = frozenset((a, b))
        if pair in pairs:
            raise InstanceError(f"{where}: duplicate of request #{pairs[pair]} for the same pair")
        pairs[pair] = i
        requests.append(Request(a=a, b=b, weight=weight))
    return tuple(requests)


def parse_instance(data: Any) -> Instance:
    """Check a decoded instance object against FORMAT.md and build an :class:`Instance`."""
    obj = _object(data, "instance")
    name = _str(obj, "name", "instance")
    assert name is not None
    slots = _parse_slots(_list(obj, "slots", "instance", MAX_SLOTS))
    tables = _field(obj, "tables", "instance")
    if not _is_int(tables):
        raise InstanceError(f"instance: 'tables' must be an integer, got {tables!r}")
    if not 0 <= tables <= MAX_TABLES:
        raise InstanceError(f"instance: 'tables' = {tables} is out of range 0..{MAX_TABLES}")
    people = _parse_participants(
        _list(obj, "participants", "instance", MAX_PARTICIPANTS), len(slots)
    )
    requests = _parse_requests(
        _list(obj, "requests", "instance", MAX_REQUESTS), {p.id for p in people}
    )
    return Instance(
        name=name, slots=slots, tables=int(tables), participants=people, requests=requests
    )


def _load_json(path: str | Path, what: str) -> Any:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InstanceError(f"{what} {str(path)!r}: cannot read ({exc.strerror})") from exc
    if size > MAX_FILE_BYTES:
        raise InstanceError(f"{what} {str(path)!r}: file is larger than {MAX_FILE_BYTES} bytes")
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except UnicodeDecodeError as exc:
        raise InstanceError(f"{what} {str(path)!r}: not UTF-8 ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise InstanceError(
            f"{what} {str(path)!r}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError as exc:
        raise InstanceError(f"{what} {str(path)!r}: JSON nested too deeply") from exc


def load_instance(path: str | Path) -> Instance:
    return parse_instance(_load_json(path, "instance"))


def parse_schedule(data: Any) -> Schedule:
    """Decode a schedule object; checking it against an instance is :func:`validate_schedule`."""
    obj = _object(data, "schedule")
    name = _str(obj, "instance", "schedule")
    assert name is not None
    meetings: list[Meeting] = []
    for i, item in enumerate(_list(obj, "meetings", "schedule", MAX_REQUESTS)):
        where = f"schedule meeting #{i}"
        m = _object(item, where)
        a, b = _str(m, "a", where), _str(m, "b", where)
        assert a is not None and b is not None
        slot = _int(m, "slot", where, -(2**31), 2**31)
        table = m.get("table")
        if table is not None and not _is_int(table):
            raise InstanceError(f"{where}: 'table' must be an integer or null, got {table!r}")
        booth = _str(m, "booth", where, optional=True)
        meetings.append(Meeting(a=a, b=b, slot=slot, table=table, booth=booth))
    return Schedule(instance=name, meetings=tuple(meetings))


def load_schedule(path: str | Path) -> Schedule:
    return parse_schedule(_load_json(path, "schedule"))


def schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    """The schedule file object of FORMAT.md section 3, meetings ordered by slot then place."""
    ordered = sorted(
        schedule.meetings,
        key=lambda m: (m.slot, m.table is None, m.table or 0, m.booth or "", m.a, m.b),
    )
    return {
        "instance": schedule.instance,
        "meetings": [
            {"a": m.a, "b": m.b, "slot": m.slot, "table": m.table, "booth": m.booth}
            for m in ordered
        ],
    }


def instance_to_dict(instance: Instance) -> dict[str, Any]:
    """Inverse of :func:`parse_instance` (used by tests and the benchmark)."""
    return {
        "name": instance.name,
        "slots": [
            {"id": s.id, "session": s.session, "start": s.start} | ({"end": s.end} if s.end else {})
            for s in instance.slots
        ],
        "tables": instance.tables,
        "participants": [
            {
                "id": p.id,
                "available": list(p.available),
                "max_meetings": p.max_meetings,
                "booth": p.booth,
            }
            | ({"preferred": list(p.preferred)} if p.preferred else {})
            for p in instance.participants
        ],
        "requests": [{"a": r.a, "b": r.b, "weight": r.weight} for r in instance.requests],
    }
