"""Typed results of article extraction, serialisable to the SCHEMA.md JSON shape.

Every entity carries ``evidence`` (the sentence it came from) so a reviewer can see why a fact
was proposed; it is kept out of the SCHEMA JSON unless asked for, because the contract has no
such key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, Literal

SiteKind = Literal[
    "technopark",
    "industrial_park",
    "science_park",
    "sez",
    "fez",
    "tad",
    "free_port",
    "cluster",
    "other",
]
EventKind = Literal["forum", "expo", "business_mission", "conference", "other"]
Qualifier = Literal["exact", "more_than", "at_least", "about", "up_to", "less_than"]
AgreementStatus = Literal["signed", "planned"]

CATEGORIES: tuple[str, ...] = (
    "sites",
    "events",
    "organizations",
    "people",
    "figures",
    "agreements",
    "targets",
)


def _plain(obj: Any, evidence: bool) -> dict[str, Any]:
    """Dataclass to dict in field order, dropping ``evidence`` unless it is wanted."""
    out: dict[str, Any] = {}
    for f in fields(obj):
        if f.name == "evidence" and not evidence:
            continue
        value = getattr(obj, f.name)
        out[f.name] = list(value) if isinstance(value, tuple | list) else value
    return out


@dataclass
class Site:
    name: str
    kind: SiteKind = "other"
    country: str | None = None
    city: str | None = None
    evidence: str = ""


@dataclass
class Event:
    name: str
    kind: EventKind = "other"
    edition: int | None = None
    city: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    evidence: str = ""


@dataclass
class Organization:
    name: str
    country: str | None = None
    evidence: str = ""


@dataclass
class Person:
    name: str
    role: str | None = None
    evidence: str = ""


@dataclass
class Figure:
    value: float | int
    unit: str
    qualifier: Qualifier = "exact"
    measure: str | None = None
    scope: str | None = None
    evidence: str = ""


@dataclass
class Agreement:
    count: int | None
    qualifier: Qualifier | None
    status: AgreementStatus
    parties: list[str] = field(default_factory=list)
    event: str | None = None
    evidence: str = ""


@dataclass
class Target:
    value: float | int
    unit: str
    qualifier: Qualifier
    measure: str | None
    scope: str | None
    deadline: str
    evidence: str = ""


@dataclass
class ArticleFacts:
    published: str | None = None
    language: str = "en"
    sites: list[Site] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)

    def to_json(self, evidence: bool = False) -> dict[str, Any]:
        """The SCHEMA.md object; ``evidence=True`` adds each fact's source sentence."""
        out: dict[str, Any] = {"published": self.published, "language": self.language}
        for cat in CATEGORIES:
            out[cat] = [_plain(item, evidence) for item in getattr(self, cat)]
        return out

    def dumps(self, evidence: bool = False) -> str:
        return json.dumps(self.to_json(evidence=evidence), ensure_ascii=False, indent=2)
