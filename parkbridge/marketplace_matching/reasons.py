"""Plain-word reasons for one match: shared codes (labelled in the request's language), shared
words, and the structured fields that agree or disagree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parkbridge.marketplace_matching.models import COMPATIBILITY, Profile
from parkbridge.marketplace_matching.text import language_of

if TYPE_CHECKING:
    from parkbridge.marketplace_matching.index import ProfileIndex


def explain(
    index: ProfileIndex,
    request: Profile,
    request_tokens: list[str],
    request_codes: set[str],
    doc: int,
) -> list[str]:
    other = index.profiles[doc]
    language = language_of(f"{request.title} {request.description}")
    reasons: list[str] = []
    fit = COMPATIBILITY.get((request.kind, other.kind), 0.0)
    reasons.append(
        f"{other.direction} of {other.kind}"
        + ("" if fit == 1.0 else f" (partly answers a {request.kind} request)")
    )
    other_tokens = index.analyzer.tokens(f"{other.title} {other.description}")
    other_codes = index._codes_of(other, other_tokens)
    shared = request_codes & other_codes
    hs = sorted((c for c in shared if c.startswith("hs:")), key=len, reverse=True)
    if hs:
        reasons.append(f"same {index.taxonomy.label(hs[0], language)}")
    sectors = sorted(c for c in shared if c.startswith("sec:"))
    if sectors:
        reasons.append("same " + ", ".join(index.taxonomy.label(c, language) for c in sectors))
    words = sorted(set(request_tokens) & set(other_tokens))
    if words:
        reasons.append("shared words: " + ", ".join(words[:8]))
    if request.target_countries:
        if other.country.upper() in {c.upper() for c in request.target_countries}:
            reasons.append(f"based in {other.country}, a wanted country")
        else:
            reasons.append(f"based in {other.country or 'an unknown country'}, not a wanted one")
    if request.country and request.country.upper() in {c.upper() for c in other.target_countries}:
        reasons.append(f"they look for partners in {request.country}")
    if request.quantity and other.quantity is not None:
        reasons.append(f"quantity {other.quantity:g} against {request.quantity:g} wanted")
    if request.amount_usd and other.amount_usd is not None:
        reasons.append(f"amount USD {other.amount_usd:,.0f} against {request.amount_usd:,.0f}")
    if request.condition and other.condition:
        same = "as wanted" if other.condition == request.condition else "not as wanted"
        reasons.append(f"condition {other.condition} ({same})")
    if request.deal and other.deal:
        same = "as wanted" if other.deal == request.deal else "not as wanted"
        reasons.append(f"for {other.deal} ({same})")
    return reasons
