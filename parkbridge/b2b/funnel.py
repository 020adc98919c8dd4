"""After the event: how requests became meetings, meetings were held, and held meetings led to
negotiations and agreements, overall and by country pair (exportable)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from parkbridge.b2b.models import B2BProgramme, OutcomeStatus
from parkbridge.b2b.runs import last_published

STAGES = ("requests", "meetings", "held", "negotiations", "agreements")


def _pair(a: str, b: str) -> str:
    return "-".join(sorted((a or "??", b or "??")))


def funnel(programme: B2BProgramme) -> dict[str, Any]:
    """Stages: every request; meetings in the published version; held (neither side marked as a
    no-show, or either side gave feedback); negotiations (outcome negotiation or agreement);
    agreements (outcome agreement reached)."""
    people = {p.pk: p for p in programme.participants.all()}
    pairs: dict[str, Counter[str]] = {}

    def count(stage: str, a: int, b: int) -> None:
        key = _pair(people[a].country, people[b].country)
        pairs.setdefault(key, Counter())[stage] += 1

    for a, b in programme.requests.values_list("requester_id", "recipient_id"):
        count("requests", a, b)
    run = last_published(programme)
    meetings = list(run.meetings.values_list("request_id", "a_id", "b_id")) if run else []
    rated = set(programme.requests.filter(feedback__isnull=False).values_list("pk", flat=True))
    outcomes = dict(
        programme.requests.filter(outcome__isnull=False).values_list("pk", "outcome__status")
    )
    for request_id, a, b in meetings:
        count("meetings", a, b)
        held = request_id in rated or not (people[a].no_show or people[b].no_show)
        if not held:
            continue
        count("held", a, b)
        status = outcomes.get(request_id)
        if status in (OutcomeStatus.NEGOTIATION, OutcomeStatus.AGREEMENT_REACHED):
            count("negotiations", a, b)
        if status == OutcomeStatus.AGREEMENT_REACHED:
            count("agreements", a, b)
    total = Counter()
    for counter in pairs.values():
        total.update(counter)
    return {
        "version": run.number if run else None,
        "total": {stage: total[stage] for stage in STAGES},
        "by_country_pair": [
            {"pair": key} | {stage: pairs[key][stage] for stage in STAGES} for key in sorted(pairs)
        ],
    }
