"""Typed marketplace profiles and matches."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

DIRECTIONS = ("offer", "seek")
KINDS = ("business", "technology", "equipment", "investment", "site")
CONDITIONS = ("new", "used")
DEALS = ("sale", "lease")

# How well an offer of one kind answers a request of another (rows: request, cols: offer).
# Same kind is a full match; a technology offer partly answers a business-partnership request
# (and vice versa), and an investor may also look at sites. Everything else does not match.
COMPATIBILITY: dict[tuple[str, str], float] = {
    **{(kind, kind): 1.0 for kind in KINDS},
    ("business", "technology"): 0.6,
    ("technology", "business"): 0.6,
    ("business", "equipment"): 0.4,
    ("equipment", "business"): 0.4,
    ("business", "investment"): 0.4,
    ("investment", "business"): 0.4,
    ("investment", "site"): 0.3,
    ("site", "investment"): 0.3,
}

MAX_TEXT = 20_000
_HS = re.compile(r"^\d{2}(?:\d{2}(?:\d{2})?)?$")


class ProfileError(ValueError):
    """A profile is malformed; the message names the profile and the field."""


@dataclass(slots=True)
class Profile:
    id: str
    direction: str  # offer | seek
    kind: str  # business | technology | equipment | investment | site
    title: str = ""
    description: str = ""
    organisation: str = ""
    country: str = ""  # ISO alpha-2 of the profile's owner
    target_countries: tuple[str, ...] = ()  # where the counterpart should be
    sectors: tuple[str, ...] = ()  # taxonomy sector codes, e.g. "automotive"
    hs_codes: tuple[str, ...] = ()  # 2, 4 or 6 digits (longer national codes are cut to 6)
    quantity: float | None = None  # units of equipment
    condition: str | None = None  # new | used (equipment)
    deal: str | None = None  # sale | lease (equipment)
    amount_usd: float | None = None  # investment sought or offered


@dataclass(slots=True)
class Match:
    profile_id: str
    score: float
    breakdown: dict[str, float] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "profile_id": self.profile_id,
            "score": round(self.score, 4),
            "breakdown": {k: round(v, 4) for k, v in self.breakdown.items()},
            "reasons": self.reasons,
        }


def normalise_hs(code: str) -> str:
    digits = "".join(ch for ch in str(code) if ch.isdigit())
    if len(digits) > 6:
        digits = digits[:6]
    if len(digits) % 2:
        raise ProfileError(f"HS code {code!r} must have 2, 4 or 6 digits")
    if not _HS.match(digits):
        raise ProfileError(f"HS code {code!r} must have 2, 4 or 6 digits")
    return digits


def validate(profile: Profile) -> Profile:
    """Check one profile at the index's edge; returns it with HS codes normalised."""
    where = f"profile {profile.id!r}"
    if not isinstance(profile.id, str) or not profile.id:
        raise ProfileError("profile without an id")
    if profile.direction not in DIRECTIONS:
        raise ProfileError(f"{where}: direction must be one of {DIRECTIONS}")
    if profile.kind not in KINDS:
        raise ProfileError(f"{where}: kind must be one of {KINDS}")
    if len(profile.title) + len(profile.description) > MAX_TEXT:
        raise ProfileError(f"{where}: title and description longer than {MAX_TEXT} characters")
    if profile.condition is not None and profile.condition not in CONDITIONS:
        raise ProfileError(f"{where}: condition must be one of {CONDITIONS}")
    if profile.deal is not None and profile.deal not in DEALS:
        raise ProfileError(f"{where}: deal must be one of {DEALS}")
    for name in ("quantity", "amount_usd"):
        value = getattr(profile, name)
        if value is not None and (not math.isfinite(value) or value < 0):
            raise ProfileError(f"{where}: {name} must be a non-negative number")
    try:
        profile.hs_codes = tuple(normalise_hs(c) for c in profile.hs_codes)
    except ProfileError as exc:
        raise ProfileError(f"{where}: {exc}") from None
    return profile
