"""Raw mentions produced by the language grammars, before merging into article facts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """One occurrence of a named entity in one sentence."""

    category: str  # sites | events | organizations | people
    name: str
    sentence: str
    kind: str | None = None
    edition: int | None = None
    city: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    canonical: str | None = None  # gazetteer name, when the mention was found there
