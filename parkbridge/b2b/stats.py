"""Figures about a programme's matchmaking: requests, acceptance, meetings per participant and
per country pair. Computed from one schedule version (the published one by default)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from parkbridge.b2b.models import B2BProgramme, RequestStatus, ScheduleRun
from parkbridge.b2b.runs import last_published

# Requests that reached a final answer (or ran out of time waiting for one): the denominator of
# the acceptance rate. Pending and cancelled requests say nothing about the recipient's choice.
DECIDED = (RequestStatus.ACCEPTED, RequestStatus.DECLINED, RequestStatus.EXPIRED)


def _pair(a: str, b: str) -> str:
    return "-".join(sorted((a or "??", b or "??")))


def programme_statistics(programme: B2BProgramme, run: ScheduleRun | None = None) -> dict[str, Any]:
    run = run or last_published(programme)
    people = {p.pk: p for p in programme.participants.all()}
    requests = list(programme.requests.values("requester_id", "recipient_id", "status"))
    by_status = Counter(r["status"] for r in requests)
    decided = sum(by_status[s] for s in DECIDED)

    sent: Counter[int] = Counter()
    received: Counter[int] = Counter()
    pair_requests: Counter[str] = Counter()
    pair_accepted: Counter[str] = Counter()
    for r in requests:
        sent[r["requester_id"]] += 1
        received[r["recipient_id"]] += 1
        key = _pair(people[r["requester_id"]].country, people[r["recipient_id"]].country)
        pair_requests[key] += 1
        if r["status"] == RequestStatus.ACCEPTED:
            pair_accepted[key] += 1

    meetings: Counter[int] = Counter()
    pair_meetings: Counter[str] = Counter()
    if run is not None:
        for a, b in run.meetings.values_list("a_id", "b_id"):
            meetings[a] += 1
            meetings[b] += 1
            pair_meetings[_pair(people[a].country, people[b].country)] += 1

    counts = [meetings[pk] for pk in people]
    distribution = Counter(counts)
    return {
        "version": run.number if run else None,
        "requests": {
            "total": len(requests),
            "by_status": {s.value: by_status[s.value] for s in RequestStatus},
            "acceptance_rate": round(by_status[RequestStatus.ACCEPTED] / decided, 4)
            if decided
            else None,
        },
        "meetings": {
            "total": sum(counts) // 2,
            "participants": len(people),
            "with_meetings": sum(1 for c in counts if c),
            "mean_per_participant": round(sum(counts) / len(counts), 3) if counts else 0.0,
            "max_per_participant": max(counts, default=0),
            "distribution": {str(k): distribution[k] for k in sorted(distribution)},
        },
        "per_participant": [
            {
                "id": pk,
                "name": p.name,
                "country": p.country,
                "requests_sent": sent[pk],
                "requests_received": received[pk],
                "meetings": meetings[pk],
            }
            for pk, p in people.items()
        ],
        "country_pairs": [
            {
                "pair": key,
                "requests": pair_requests[key],
                "accepted": pair_accepted[key],
                "meetings": pair_meetings[key],
            }
            for key in sorted(set(pair_requests) | set(pair_meetings))
        ],
    }
